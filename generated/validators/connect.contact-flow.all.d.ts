// Generated from schemas/connect/contact-flow.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ConnectContactFlowEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ConnectContactFlowEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `connect.contact-flow` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/connect.contact-flow` stops at the first).
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export declare const validateAll: AllErrorsValidator<ConnectContactFlowEvent>;
