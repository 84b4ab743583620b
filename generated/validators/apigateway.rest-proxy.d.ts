// Generated from schemas/apigateway/rest-proxy.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ApiGatewayRestProxyEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ApiGatewayRestProxyEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `apigateway.rest-proxy` schema: API Gateway REST API Lambda proxy request (payload 1.0).
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/apigateway.rest-proxy/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
export declare const validate: Validator<ApiGatewayRestProxyEvent>;
export default validate;
