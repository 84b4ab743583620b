// Generated from schemas/apigateway/http-authorizer-v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpAuthorizerV1Event } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayHttpAuthorizerV1Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.http-authorizer-v1` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.http-authorizer-v1` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayHttpAuthorizerV1Event>;
