// Generated from schemas/cloudwatch/logs-data.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchLogsDataEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudWatchLogsDataEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.logs-data` schema: Decoded CloudWatch Logs subscription data.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export declare const validate: Validator<CloudWatchLogsDataEvent>;
export default validate;
