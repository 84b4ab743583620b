// Generated from schemas/appsync/events.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncEventsResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AppSyncEventsResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `appsync.events.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/appsync.events.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export declare const validateAll: AllErrorsValidator<AppSyncEventsResult>;
