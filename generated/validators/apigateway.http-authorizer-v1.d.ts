// Generated from schemas/apigateway/http-authorizer-v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpAuthorizerV1Event } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayHttpAuthorizerV1Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.http-authorizer-v1` schema: API Gateway HTTP API Lambda authorizer input (payload 1.0).
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/apigateway.http-authorizer-v1/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 */
export declare const validate: Validator<ApiGatewayHttpAuthorizerV1Event>;
export default validate;
