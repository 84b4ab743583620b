// Generated from schemas/cloudwatch/logs-data-in-kinesis.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchLogsDataInKinesisEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudWatchLogsDataInKinesisEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.logs-data-in-kinesis` schema: CloudWatch Logs data in a Kinesis batch.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export declare const validate: Validator<CloudWatchLogsDataInKinesisEvent> & { readonly id: "cloudwatch.logs-data-in-kinesis" };
export default validate;
