// Generated from schemas/cloudwatch/logs-data-in-firehose.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchLogsDataInFirehoseEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudWatchLogsDataInFirehoseEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.logs-data-in-firehose` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudwatch.logs-data-in-firehose` stops at the first). What it carries is decoded and checked too, as the default export does.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export declare const validateAll: AllErrorsValidator<CloudWatchLogsDataInFirehoseEvent>;
/** Every problem of the `cloudwatch.logs-data-in-firehose` schema alone, without decoding what it carries (`validateAll` lists the first problem of each carried payload when the schema itself has none). */
export declare const validateSchema: AllErrorsValidator<CloudWatchLogsDataInFirehoseEvent>;
