// Generated from schemas/cloudwatch/logs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchLogsEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudWatchLogsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.logs` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudwatch.logs` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html
 */
export declare const validateAll: AllErrorsValidator<CloudWatchLogsEvent>;
