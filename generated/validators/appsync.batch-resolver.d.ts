// Generated from schemas/appsync/batch-resolver.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AppSyncBatchResolverEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AppSyncBatchResolverEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `appsync.batch-resolver` schema: AWS AppSync direct Lambda resolver batch event (BatchInvoke).
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/appsync.batch-resolver/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 */
export declare const validate: Validator<AppSyncBatchResolverEvent>;
export default validate;
