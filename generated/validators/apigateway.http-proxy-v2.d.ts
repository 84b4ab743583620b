// Generated from schemas/apigateway/http-proxy-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpProxyV2Event } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayHttpProxyV2Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.http-proxy-v2` schema: API Gateway HTTP API Lambda proxy request (payload 2.0).
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/apigateway.http-proxy-v2/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export declare const validate: Validator<ApiGatewayHttpProxyV2Event>;
export default validate;
