// Generated from schemas/vpc-lattice/request-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { VpcLatticeRequestV2Event } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { VpcLatticeRequestV2Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `vpc-lattice.request-v2` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/vpc-lattice.request-v2` stops at the first).
 *
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html
 */
export declare const validateAll: AllErrorsValidator<VpcLatticeRequestV2Event>;
