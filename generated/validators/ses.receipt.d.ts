// Generated from schemas/ses/receipt.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SesReceiptEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SesReceiptEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ses.receipt` schema: Amazon SES email receiving Lambda action.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/ses.receipt/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html
 */
export declare const validate: Validator<SesReceiptEvent>;
export default validate;
