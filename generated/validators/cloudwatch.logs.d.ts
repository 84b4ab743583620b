// Generated from schemas/cloudwatch/logs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchLogsEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudWatchLogsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.logs` schema: Amazon CloudWatch Logs subscription event.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/cloudwatch.logs/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html
 */
export declare const validate: Validator<CloudWatchLogsEvent> & { readonly id: "cloudwatch.logs" };
export default validate;
