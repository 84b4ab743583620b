// Generated from schemas/apigateway/rest-proxy-streaming.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayRestProxyStreamingResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayRestProxyStreamingResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.rest-proxy-streaming.result` schema: API Gateway REST API Lambda proxy response stream (metadata prelude).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode-lambda.html
 */
export declare const validate: Validator<ApiGatewayRestProxyStreamingResult>;
export default validate;
