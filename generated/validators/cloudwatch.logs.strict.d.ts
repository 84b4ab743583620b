// Generated from schemas/cloudwatch/logs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchLogsEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudWatchLogsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.logs` schema: Amazon CloudWatch Logs subscription event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html
 */
export declare const validate: Validator<CloudWatchLogsEvent> & { readonly id: "cloudwatch.logs" };
export default validate;
