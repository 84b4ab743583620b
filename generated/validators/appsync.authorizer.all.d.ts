// Generated from schemas/appsync/authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncAuthorizerEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AppSyncAuthorizerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `appsync.authorizer` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/appsync.authorizer` stops at the first).
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 */
export declare const validateAll: AllErrorsValidator<AppSyncAuthorizerEvent>;
