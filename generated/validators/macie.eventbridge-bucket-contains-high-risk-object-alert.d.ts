// Generated from schemas/macie/eventbridge-bucket-contains-high-risk-object-alert.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { MacieBucketContainsHighRiskObjectAlertEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { MacieBucketContainsHighRiskObjectAlertEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `macie.eventbridge-bucket-contains-high-risk-object-alert` schema: Amazon Macie Classic high-risk object alert via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/macie.eventbridge-bucket-contains-high-risk-object-alert/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types
 */
export declare const validate: Validator<MacieBucketContainsHighRiskObjectAlertEvent>;
export default validate;
