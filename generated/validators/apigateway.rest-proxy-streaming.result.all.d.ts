// Generated from schemas/apigateway/rest-proxy-streaming.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayRestProxyStreamingResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayRestProxyStreamingResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.rest-proxy-streaming.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.rest-proxy-streaming.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode-lambda.html
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayRestProxyStreamingResult>;
