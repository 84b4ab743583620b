// Generated from schemas/apigateway/rest-proxy.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayRestProxyResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayRestProxyResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.rest-proxy.result` schema: API Gateway REST API Lambda proxy response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format
 */
export declare const validate: Validator<ApiGatewayRestProxyResult>;
export default validate;
