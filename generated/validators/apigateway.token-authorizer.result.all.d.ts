// Generated from schemas/apigateway/token-authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayTokenAuthorizerResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayTokenAuthorizerResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.token-authorizer.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.token-authorizer.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayTokenAuthorizerResult>;
