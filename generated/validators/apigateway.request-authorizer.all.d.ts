// Generated from schemas/apigateway/request-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayRequestAuthorizerEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayRequestAuthorizerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.request-authorizer` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.request-authorizer` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayRequestAuthorizerEvent>;
