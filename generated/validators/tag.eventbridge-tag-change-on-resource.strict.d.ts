// Generated from schemas/tag/eventbridge-tag-change-on-resource.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { TagTagChangeOnResourceEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { TagTagChangeOnResourceEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `tag.eventbridge-tag-change-on-resource` schema: Tag Change on Resource event via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#tag-event-types
 */
export declare const validate: Validator<TagTagChangeOnResourceEvent>;
export default validate;
