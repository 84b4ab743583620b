// Generated from schemas/glue/eventbridge-crawler-succeeded.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GlueCrawlerSucceededEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { GlueCrawlerSucceededEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `glue.eventbridge-crawler-succeeded` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/glue.eventbridge-crawler-succeeded` stops at the first).
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export declare const validateAll: AllErrorsValidator<GlueCrawlerSucceededEvent>;
