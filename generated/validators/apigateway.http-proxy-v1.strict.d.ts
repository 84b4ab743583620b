// Generated from schemas/apigateway/http-proxy-v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpProxyV1Event } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayHttpProxyV1Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.http-proxy-v1` schema: API Gateway HTTP API Lambda proxy request (payload 1.0).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export declare const validate: Validator<ApiGatewayHttpProxyV1Event>;
export default validate;
