// Generated from schemas/vpc-lattice/request-v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { VpcLatticeRequestV1Result } from '../types.js';
import type { Validator } from '../validator.js';

export type { VpcLatticeRequestV1Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `vpc-lattice.request-v1.result` schema: Amazon VPC Lattice Lambda target response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#respond-to-service
 */
export declare const validate: Validator<VpcLatticeRequestV1Result>;
export default validate;
