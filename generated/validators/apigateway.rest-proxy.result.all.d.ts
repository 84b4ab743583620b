// Generated from schemas/apigateway/rest-proxy.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayRestProxyResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayRestProxyResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `apigateway.rest-proxy.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.rest-proxy.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayRestProxyResult>;
