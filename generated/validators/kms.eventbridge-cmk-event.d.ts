// Generated from schemas/kms/eventbridge-cmk-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KmsCmkEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { KmsCmkEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kms.eventbridge-cmk-event` schema: AWS KMS key lifecycle event via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/kms.eventbridge-cmk-event/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-events.html
 */
export declare const validate: Validator<KmsCmkEvent>;
export default validate;
