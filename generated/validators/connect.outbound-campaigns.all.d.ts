// Generated from schemas/connect/outbound-campaigns.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ConnectOutboundCampaignsEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ConnectOutboundCampaignsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `connect.outbound-campaigns` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/connect.outbound-campaigns` stops at the first).
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/lambda-invoke-functions.html
 */
export declare const validateAll: AllErrorsValidator<ConnectOutboundCampaignsEvent>;
