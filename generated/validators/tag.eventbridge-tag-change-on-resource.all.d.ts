// Generated from schemas/tag/eventbridge-tag-change-on-resource.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { TagTagChangeOnResourceEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { TagTagChangeOnResourceEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `tag.eventbridge-tag-change-on-resource` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/tag.eventbridge-tag-change-on-resource` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#tag-event-types
 */
export declare const validateAll: AllErrorsValidator<TagTagChangeOnResourceEvent>;
