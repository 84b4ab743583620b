// Generated from schemas/connect/contact-flow.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ConnectContactFlowEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ConnectContactFlowEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `connect.contact-flow` schema: Amazon Connect flow Lambda invocation.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export declare const validate: Validator<ConnectContactFlowEvent>;
export default validate;
