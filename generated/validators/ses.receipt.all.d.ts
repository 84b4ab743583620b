// Generated from schemas/ses/receipt.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SesReceiptEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SesReceiptEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ses.receipt` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/ses.receipt` stops at the first).
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html
 */
export declare const validateAll: AllErrorsValidator<SesReceiptEvent>;
