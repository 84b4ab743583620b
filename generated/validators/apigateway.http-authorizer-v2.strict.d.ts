// Generated from schemas/apigateway/http-authorizer-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpAuthorizerV2Event } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayHttpAuthorizerV2Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.http-authorizer-v2` schema: API Gateway HTTP API Lambda authorizer input (payload 2.0).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 */
export declare const validate: Validator<ApiGatewayHttpAuthorizerV2Event>;
export default validate;
