// Generated from schemas/apigateway/http-authorizer-v2.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpAuthorizerV2Result } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayHttpAuthorizerV2Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.http-authorizer-v2.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.http-authorizer-v2.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.v2
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayHttpAuthorizerV2Result>;
