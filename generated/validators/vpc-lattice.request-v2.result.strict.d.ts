// Generated from schemas/vpc-lattice/request-v2.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { VpcLatticeRequestV2Result } from '../types.js';
import type { Validator } from '../validator.js';

export type { VpcLatticeRequestV2Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `vpc-lattice.request-v2.result` schema: Amazon VPC Lattice Lambda target response (event structure V2).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#respond-to-service
 */
export declare const validate: Validator<VpcLatticeRequestV2Result>;
export default validate;
