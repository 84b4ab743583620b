// Generated from schemas/connect/contact-flow.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ConnectContactFlowResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ConnectContactFlowResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `connect.contact-flow.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/connect.contact-flow.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export declare const validateAll: AllErrorsValidator<ConnectContactFlowResult>;
