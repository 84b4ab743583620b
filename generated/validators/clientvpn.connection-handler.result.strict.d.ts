// Generated from schemas/clientvpn/connection-handler.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ClientVpnConnectionHandlerResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { ClientVpnConnectionHandlerResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `clientvpn.connection-handler.result` schema: AWS Client VPN client connect handler response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
 */
export declare const validate: Validator<ClientVpnConnectionHandlerResult>;
export default validate;
