// Generated from schemas/cognito/sync-trigger.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoSyncTriggerEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoSyncTriggerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.sync-trigger` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.sync-trigger` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html
 */
export declare const validateAll: AllErrorsValidator<CognitoSyncTriggerEvent>;
