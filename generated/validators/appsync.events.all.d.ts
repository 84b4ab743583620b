// Generated from schemas/appsync/events.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncEventsEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AppSyncEventsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `appsync.events` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/appsync.events` stops at the first).
 *
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export declare const validateAll: AllErrorsValidator<AppSyncEventsEvent>;
