// Generated from schemas/appsync/events.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncEventsResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { AppSyncEventsResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `appsync.events.result` schema: AWS AppSync Events API Lambda handler response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export declare const validate: Validator<AppSyncEventsResult>;
export default validate;
