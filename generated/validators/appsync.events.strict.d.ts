// Generated from schemas/appsync/events.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncEventsEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AppSyncEventsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `appsync.events` schema: AWS AppSync Events API Lambda handler event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export declare const validate: Validator<AppSyncEventsEvent>;
export default validate;
