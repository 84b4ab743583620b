// Generated from schemas/apigateway/request-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayRequestAuthorizerEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayRequestAuthorizerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.request-authorizer` schema: API Gateway REST API Lambda REQUEST authorizer input.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export declare const validate: Validator<ApiGatewayRequestAuthorizerEvent>;
export default validate;
