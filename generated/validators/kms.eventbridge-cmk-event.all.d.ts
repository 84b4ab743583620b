// Generated from schemas/kms/eventbridge-cmk-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KmsCmkEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { KmsCmkEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kms.eventbridge-cmk-event` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/kms.eventbridge-cmk-event` stops at the first).
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-events.html
 */
export declare const validateAll: AllErrorsValidator<KmsCmkEvent>;
