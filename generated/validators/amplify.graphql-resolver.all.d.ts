// Generated from schemas/amplify/graphql-resolver.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AmplifyGraphQlResolverEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AmplifyGraphQlResolverEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `amplify.graphql-resolver` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/amplify.graphql-resolver` stops at the first).
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html
 */
export declare const validateAll: AllErrorsValidator<AmplifyGraphQlResolverEvent>;
