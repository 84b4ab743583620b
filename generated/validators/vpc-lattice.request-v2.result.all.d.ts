// Generated from schemas/vpc-lattice/request-v2.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { VpcLatticeRequestV2Result } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { VpcLatticeRequestV2Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `vpc-lattice.request-v2.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/vpc-lattice.request-v2.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#respond-to-service
 */
export declare const validateAll: AllErrorsValidator<VpcLatticeRequestV2Result>;
