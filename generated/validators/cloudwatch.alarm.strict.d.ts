// Generated from schemas/cloudwatch/alarm.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchAlarmEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudWatchAlarmEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.alarm` schema: Amazon CloudWatch alarm Lambda action.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-actions-Lambda.html
 */
export declare const validate: Validator<CloudWatchAlarmEvent>;
export default validate;
