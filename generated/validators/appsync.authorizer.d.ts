// Generated from schemas/appsync/authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncAuthorizerEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AppSyncAuthorizerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `appsync.authorizer` schema: AWS AppSync Lambda authorizer event.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/appsync.authorizer/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 */
export declare const validate: Validator<AppSyncAuthorizerEvent>;
export default validate;
