// Generated from schemas/mq/activemq.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { MqActiveMqEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { MqActiveMqEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `mq.activemq` schema: Amazon MQ for ActiveMQ batch.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export declare const validate: Validator<MqActiveMqEvent>;
export default validate;
