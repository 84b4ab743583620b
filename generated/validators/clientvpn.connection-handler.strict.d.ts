// Generated from schemas/clientvpn/connection-handler.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ClientVpnConnectionHandlerEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ClientVpnConnectionHandlerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `clientvpn.connection-handler` schema: AWS Client VPN client connect handler request.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
 */
export declare const validate: Validator<ClientVpnConnectionHandlerEvent>;
export default validate;
