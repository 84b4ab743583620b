// Generated from schemas/apigateway/websocket.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayWebSocketEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayWebSocketEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.websocket` schema: API Gateway WebSocket API route event.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/apigateway.websocket/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integrations.html
 */
export declare const validate: Validator<ApiGatewayWebSocketEvent>;
export default validate;
