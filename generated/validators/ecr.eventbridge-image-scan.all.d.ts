// Generated from schemas/ecr/eventbridge-image-scan.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EcrImageScanEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { EcrImageScanEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ecr.eventbridge-image-scan` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/ecr.eventbridge-image-scan` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html
 */
export declare const validateAll: AllErrorsValidator<EcrImageScanEvent>;
