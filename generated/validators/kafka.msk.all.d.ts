// Generated from schemas/kafka/msk.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KafkaMskEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { KafkaMskEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kafka.msk` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/kafka.msk` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export declare const validateAll: AllErrorsValidator<KafkaMskEvent>;
