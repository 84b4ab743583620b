// Generated from schemas/amplify/graphql-resolver.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AmplifyGraphQlResolverEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AmplifyGraphQlResolverEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `amplify.graphql-resolver` schema: AWS Amplify GraphQL @function resolver event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html
 */
export declare const validate: Validator<AmplifyGraphQlResolverEvent>;
export default validate;
