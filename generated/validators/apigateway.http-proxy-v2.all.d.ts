// Generated from schemas/apigateway/http-proxy-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayHttpProxyV2Event } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayHttpProxyV2Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.http-proxy-v2` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.http-proxy-v2` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayHttpProxyV2Event>;
