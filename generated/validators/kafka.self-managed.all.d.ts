// Generated from schemas/kafka/self-managed.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KafkaSelfManagedEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { KafkaSelfManagedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kafka.self-managed` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/kafka.self-managed` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export declare const validateAll: AllErrorsValidator<KafkaSelfManagedEvent>;
