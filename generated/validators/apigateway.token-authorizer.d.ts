// Generated from schemas/apigateway/token-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayTokenAuthorizerEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayTokenAuthorizerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.token-authorizer` schema: API Gateway REST API Lambda TOKEN authorizer input.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/apigateway.token-authorizer/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export declare const validate: Validator<ApiGatewayTokenAuthorizerEvent>;
export default validate;
