// Generated from schemas/vpc-lattice/request-v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { VpcLatticeRequestV1Event } from '../types.js';
import type { Validator } from '../validator.js';

export type { VpcLatticeRequestV1Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `vpc-lattice.request-v1` schema: Amazon VPC Lattice request to a Lambda target (event structure V1).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html
 */
export declare const validate: Validator<VpcLatticeRequestV1Event>;
export default validate;
