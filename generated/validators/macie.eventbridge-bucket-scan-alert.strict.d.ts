// Generated from schemas/macie/eventbridge-bucket-scan-alert.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { MacieBucketScanAlertEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { MacieBucketScanAlertEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `macie.eventbridge-bucket-scan-alert` schema: Amazon Macie Classic bucket scan alert via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types
 */
export declare const validate: Validator<MacieBucketScanAlertEvent>;
export default validate;
