// Generated from schemas/apigateway/http-proxy-v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpProxyV1Result } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayHttpProxyV1Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.http-proxy-v1.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.http-proxy-v1.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html#http-api-develop-integrations-lambda.v1
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayHttpProxyV1Result>;
