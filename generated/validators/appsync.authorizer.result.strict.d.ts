// Generated from schemas/appsync/authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncAuthorizerResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { AppSyncAuthorizerResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `appsync.authorizer.result` schema: AWS AppSync Lambda authorizer response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 */
export declare const validate: Validator<AppSyncAuthorizerResult>;
export default validate;
