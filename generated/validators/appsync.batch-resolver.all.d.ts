// Generated from schemas/appsync/batch-resolver.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncBatchResolverEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AppSyncBatchResolverEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `appsync.batch-resolver` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/appsync.batch-resolver` stops at the first).
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 */
export declare const validateAll: AllErrorsValidator<AppSyncBatchResolverEvent>;
