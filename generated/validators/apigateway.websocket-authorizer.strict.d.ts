// Generated from schemas/apigateway/websocket-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayWebSocketAuthorizerEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayWebSocketAuthorizerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.websocket-authorizer` schema: API Gateway WebSocket API Lambda REQUEST authorizer input.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
 */
export declare const validate: Validator<ApiGatewayWebSocketAuthorizerEvent>;
export default validate;
