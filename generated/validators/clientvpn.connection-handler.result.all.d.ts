// Generated from schemas/clientvpn/connection-handler.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ClientVpnConnectionHandlerResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ClientVpnConnectionHandlerResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `clientvpn.connection-handler.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/clientvpn.connection-handler.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
 */
export declare const validateAll: AllErrorsValidator<ClientVpnConnectionHandlerResult>;
