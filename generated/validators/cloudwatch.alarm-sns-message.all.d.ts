// Generated from schemas/cloudwatch/alarm-sns-message.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchAlarmSnsMessageEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudWatchAlarmSnsMessageEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.alarm-sns-message` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudwatch.alarm-sns-message` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
 */
export declare const validateAll: AllErrorsValidator<CloudWatchAlarmSnsMessageEvent>;
