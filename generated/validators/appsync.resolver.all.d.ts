// Generated from schemas/appsync/resolver.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncResolverEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AppSyncResolverEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `appsync.resolver` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/appsync.resolver` stops at the first).
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 */
export declare const validateAll: AllErrorsValidator<AppSyncResolverEvent>;
