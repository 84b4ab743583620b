// Generated from schemas/mq/rabbitmq.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { MqRabbitMqEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { MqRabbitMqEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `mq.rabbitmq` schema: Amazon MQ for RabbitMQ batch.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/mq.rabbitmq/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export declare const validate: Validator<MqRabbitMqEvent>;
export default validate;
