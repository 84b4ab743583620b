// Generated from schemas/cloudwatch/logs-data-in-firehose.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchLogsDataInFirehoseEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudWatchLogsDataInFirehoseEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.logs-data-in-firehose` schema: CloudWatch Logs data in a Firehose transformation batch.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/cloudwatch.logs-data-in-firehose/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export declare const validate: Validator<CloudWatchLogsDataInFirehoseEvent> & { readonly id: "cloudwatch.logs-data-in-firehose" };
export default validate;
