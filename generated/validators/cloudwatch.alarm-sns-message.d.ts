// Generated from schemas/cloudwatch/alarm-sns-message.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchAlarmSnsMessageEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudWatchAlarmSnsMessageEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.alarm-sns-message` schema: CloudWatch alarm notification in an SNS message.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/cloudwatch.alarm-sns-message/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
 */
export declare const validate: Validator<CloudWatchAlarmSnsMessageEvent>;
export default validate;
