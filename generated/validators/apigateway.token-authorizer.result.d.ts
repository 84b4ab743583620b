// Generated from schemas/apigateway/token-authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayTokenAuthorizerResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayTokenAuthorizerResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.token-authorizer.result` schema: API Gateway REST API Lambda authorizer response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
export declare const validate: Validator<ApiGatewayTokenAuthorizerResult>;
export default validate;
