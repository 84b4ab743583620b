// Generated from schemas/cloudwatch/logs-data-in-firehose.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchLogsDataInFirehoseEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudWatchLogsDataInFirehoseEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.logs-data-in-firehose` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudwatch.logs-data-in-firehose` stops at the first).
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export declare const validateAll: AllErrorsValidator<CloudWatchLogsDataInFirehoseEvent>;
