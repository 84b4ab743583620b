// Generated from schemas/appsync/resolver.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncResolverEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AppSyncResolverEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `appsync.resolver` schema: AWS AppSync direct Lambda resolver event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 */
export declare const validate: Validator<AppSyncResolverEvent>;
export default validate;
