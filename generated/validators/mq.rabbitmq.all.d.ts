// Generated from schemas/mq/rabbitmq.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { MqRabbitMqEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { MqRabbitMqEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `mq.rabbitmq` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/mq.rabbitmq` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export declare const validateAll: AllErrorsValidator<MqRabbitMqEvent>;
