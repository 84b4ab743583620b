// Generated from schemas/glue/eventbridge-crawler-succeeded.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GlueCrawlerSucceededEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { GlueCrawlerSucceededEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `glue.eventbridge-crawler-succeeded` schema: AWS Glue crawler succeeded event via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export declare const validate: Validator<GlueCrawlerSucceededEvent>;
export default validate;
