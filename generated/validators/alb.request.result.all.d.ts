// Generated from schemas/alb/request.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlbRequestResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AlbRequestResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `alb.request.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/alb.request.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#respond-to-load-balancer
 */
export declare const validateAll: AllErrorsValidator<AlbRequestResult>;
