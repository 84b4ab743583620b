// Generated from schemas/apigateway/rest-proxy.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayRestProxyEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ApiGatewayRestProxyEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.rest-proxy` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/apigateway.rest-proxy` stops at the first).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
export declare const validateAll: AllErrorsValidator<ApiGatewayRestProxyEvent>;
