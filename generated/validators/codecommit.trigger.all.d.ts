// Generated from schemas/codecommit/trigger.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeCommitTriggerEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CodeCommitTriggerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codecommit.trigger` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/codecommit.trigger` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-codecommit.html
 */
export declare const validateAll: AllErrorsValidator<CodeCommitTriggerEvent>;
