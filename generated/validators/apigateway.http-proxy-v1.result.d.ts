// Generated from schemas/apigateway/http-proxy-v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpProxyV1Result } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayHttpProxyV1Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.http-proxy-v1.result` schema: API Gateway HTTP API Lambda response (payload 1.0).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html#http-api-develop-integrations-lambda.v1
 */
export declare const validate: Validator<ApiGatewayHttpProxyV1Result>;
export default validate;
