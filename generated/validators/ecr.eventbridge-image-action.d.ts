// Generated from schemas/ecr/eventbridge-image-action.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EcrImageActionEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { EcrImageActionEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ecr.eventbridge-image-action` schema: Amazon ECR Image Action via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/ecr.eventbridge-image-action/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html
 */
export declare const validate: Validator<EcrImageActionEvent>;
export default validate;
