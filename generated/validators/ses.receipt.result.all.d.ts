// Generated from schemas/ses/receipt.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SesReceiptResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SesReceiptResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `ses.receipt.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/ses.receipt.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html
 */
export declare const validateAll: AllErrorsValidator<SesReceiptResult>;
