// Generated from schemas/cloudwatch/logs-data-in-firehose.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchLogsDataInFirehoseEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudWatchLogsDataInFirehoseEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.logs-data-in-firehose` schema: CloudWatch Logs data in a Firehose transformation batch.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export declare const validate: Validator<CloudWatchLogsDataInFirehoseEvent> & { readonly id: "cloudwatch.logs-data-in-firehose" };
export default validate;
