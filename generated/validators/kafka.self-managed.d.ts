// Generated from schemas/kafka/self-managed.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KafkaSelfManagedEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { KafkaSelfManagedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kafka.self-managed` schema: Self-managed Apache Kafka batch.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/kafka.self-managed/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export declare const validate: Validator<KafkaSelfManagedEvent>;
export default validate;
