// Generated from schemas/cognito/inbound-federation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoInboundFederationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoInboundFederationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.inbound-federation` schema: Cognito user pool inbound federation trigger.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/cognito.inbound-federation/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export declare const validate: Validator<CognitoInboundFederationEvent>;
export default validate;
