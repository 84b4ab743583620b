// Generated from schemas/alb/request.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlbRequestEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AlbRequestEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `alb.request` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/alb.request` stops at the first).
 *
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
export declare const validateAll: AllErrorsValidator<AlbRequestEvent>;
