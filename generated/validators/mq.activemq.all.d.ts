// Generated from schemas/mq/activemq.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { MqActiveMqEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { MqActiveMqEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `mq.activemq` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/mq.activemq` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export declare const validateAll: AllErrorsValidator<MqActiveMqEvent>;
