// Generated from schemas/appsync/authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncAuthorizerResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AppSyncAuthorizerResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `appsync.authorizer.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/appsync.authorizer.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 */
export declare const validateAll: AllErrorsValidator<AppSyncAuthorizerResult>;
