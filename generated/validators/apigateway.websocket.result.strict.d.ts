// Generated from schemas/apigateway/websocket.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayWebSocketResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayWebSocketResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.websocket.result` schema: API Gateway WebSocket API Lambda proxy response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html
 */
export declare const validate: Validator<ApiGatewayWebSocketResult>;
export default validate;
