// Generated from schemas/clientvpn/connection-handler.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ClientVpnConnectionHandlerEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ClientVpnConnectionHandlerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `clientvpn.connection-handler` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/clientvpn.connection-handler` stops at the first).
 *
 * @see https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
 */
export declare const validateAll: AllErrorsValidator<ClientVpnConnectionHandlerEvent>;
