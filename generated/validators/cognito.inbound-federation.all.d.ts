// Generated from schemas/cognito/inbound-federation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoInboundFederationEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoInboundFederationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.inbound-federation` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.inbound-federation` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export declare const validateAll: AllErrorsValidator<CognitoInboundFederationEvent>;
