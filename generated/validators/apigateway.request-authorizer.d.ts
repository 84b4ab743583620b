// Generated from schemas/apigateway/request-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayRequestAuthorizerEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayRequestAuthorizerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.request-authorizer` schema: API Gateway REST API Lambda REQUEST authorizer input.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/apigateway.request-authorizer/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export declare const validate: Validator<ApiGatewayRequestAuthorizerEvent>;
export default validate;
