// Generated from schemas/glue/eventbridge-crawler-failed.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GlueCrawlerFailedEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { GlueCrawlerFailedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `glue.eventbridge-crawler-failed` schema: AWS Glue crawler failed event via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/glue.eventbridge-crawler-failed/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export declare const validate: Validator<GlueCrawlerFailedEvent>;
export default validate;
