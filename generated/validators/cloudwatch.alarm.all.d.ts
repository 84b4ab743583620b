// Generated from schemas/cloudwatch/alarm.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchAlarmEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudWatchAlarmEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.alarm` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudwatch.alarm` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-actions-Lambda.html
 */
export declare const validateAll: AllErrorsValidator<CloudWatchAlarmEvent>;
