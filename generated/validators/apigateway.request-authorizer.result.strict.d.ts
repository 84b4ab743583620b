// Generated from schemas/apigateway/request-authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayRequestAuthorizerResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayRequestAuthorizerResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.request-authorizer.result` schema: API Gateway REST API Lambda REQUEST authorizer response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
export declare const validate: Validator<ApiGatewayRequestAuthorizerResult>;
export default validate;
