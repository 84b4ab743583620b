// Generated from schemas/ses/receipt.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SesReceiptResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { SesReceiptResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `ses.receipt.result` schema: SES receipt rule Lambda action result.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html
 */
export declare const validate: Validator<SesReceiptResult>;
export default validate;
