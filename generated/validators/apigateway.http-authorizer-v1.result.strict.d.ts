// Generated from schemas/apigateway/http-authorizer-v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpAuthorizerV1Result } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayHttpAuthorizerV1Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.http-authorizer-v1.result` schema: API Gateway HTTP API Lambda authorizer response (payload 1.0).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.v1
 */
export declare const validate: Validator<ApiGatewayHttpAuthorizerV1Result>;
export default validate;
