// Generated from schemas/kms/eventbridge-cmk-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KmsCmkEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { KmsCmkEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kms.eventbridge-cmk-event` schema: AWS KMS key lifecycle event via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-events.html
 */
export declare const validate: Validator<KmsCmkEvent>;
export default validate;
