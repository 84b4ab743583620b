// Generated from schemas/apigateway/http-authorizer-v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpAuthorizerV1Result } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayHttpAuthorizerV1Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.http-authorizer-v1.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.http-authorizer-v1.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.v1
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayHttpAuthorizerV1Result>;
