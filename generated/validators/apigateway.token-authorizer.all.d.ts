// Generated from schemas/apigateway/token-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayTokenAuthorizerEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayTokenAuthorizerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.token-authorizer` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.token-authorizer` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayTokenAuthorizerEvent>;
