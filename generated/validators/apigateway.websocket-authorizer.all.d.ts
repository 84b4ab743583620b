// Generated from schemas/apigateway/websocket-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayWebSocketAuthorizerEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayWebSocketAuthorizerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.websocket-authorizer` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.websocket-authorizer` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayWebSocketAuthorizerEvent>;
