// Generated from schemas/apigateway/websocket.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayWebSocketEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayWebSocketEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.websocket` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.websocket` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integrations.html
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayWebSocketEvent>;
