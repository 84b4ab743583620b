// Generated from schemas/cognito/sync-trigger.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoSyncTriggerEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoSyncTriggerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.sync-trigger` schema: Amazon Cognito Sync trigger (legacy Cognito Events).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html
 */
export declare const validate: Validator<CognitoSyncTriggerEvent>;
export default validate;
