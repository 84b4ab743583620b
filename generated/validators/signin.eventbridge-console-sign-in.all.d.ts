// Generated from schemas/signin/eventbridge-console-sign-in.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SigninConsoleSignInEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SigninConsoleSignInEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `signin.eventbridge-console-sign-in` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/signin.eventbridge-console-sign-in` stops at the first).
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 */
export declare const validateAll: AllErrorsValidator<SigninConsoleSignInEvent>;
