// Generated from schemas/apigateway/http-authorizer-v2.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpAuthorizerV2Result } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayHttpAuthorizerV2Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.http-authorizer-v2.result` schema: API Gateway HTTP API Lambda authorizer response (payload 2.0).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.v2
 */
export declare const validate: Validator<ApiGatewayHttpAuthorizerV2Result>;
export default validate;
