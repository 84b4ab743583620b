// Generated from schemas/signin/eventbridge-console-sign-in.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SigninConsoleSignInEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SigninConsoleSignInEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `signin.eventbridge-console-sign-in` schema: AWS Console Sign In via CloudTrail (EventBridge).
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/signin.eventbridge-console-sign-in/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 */
export declare const validate: Validator<SigninConsoleSignInEvent>;
export default validate;
