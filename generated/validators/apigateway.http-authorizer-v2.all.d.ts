// Generated from schemas/apigateway/http-authorizer-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpAuthorizerV2Event } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayHttpAuthorizerV2Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.http-authorizer-v2` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.http-authorizer-v2` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayHttpAuthorizerV2Event>;
