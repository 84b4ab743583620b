// Generated from schemas/connect/contact-flow.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ConnectContactFlowResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { ConnectContactFlowResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `connect.contact-flow.result` schema: Amazon Connect flow Lambda result.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export declare const validate: Validator<ConnectContactFlowResult>;
export default validate;
