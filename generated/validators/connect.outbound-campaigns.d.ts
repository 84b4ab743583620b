// Generated from schemas/connect/outbound-campaigns.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ConnectOutboundCampaignsEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ConnectOutboundCampaignsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `connect.outbound-campaigns` schema: Amazon Connect outbound campaigns custom action.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/connect.outbound-campaigns/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/lambda-invoke-functions.html
 */
export declare const validate: Validator<ConnectOutboundCampaignsEvent>;
export default validate;
