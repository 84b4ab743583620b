// Generated from schemas/apigateway/websocket.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayWebSocketResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayWebSocketResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.websocket.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.websocket.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayWebSocketResult>;
