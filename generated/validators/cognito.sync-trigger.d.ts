// Generated from schemas/cognito/sync-trigger.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoSyncTriggerEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoSyncTriggerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.sync-trigger` schema: Amazon Cognito Sync trigger (legacy Cognito Events).
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/cognito.sync-trigger/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html
 */
export declare const validate: Validator<CognitoSyncTriggerEvent>;
export default validate;
