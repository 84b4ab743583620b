// Generated from schemas/alb/request.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlbRequestResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { AlbRequestResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `alb.request.result` schema: Application Load Balancer response from a Lambda target.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#respond-to-load-balancer
 */
export declare const validate: Validator<AlbRequestResult>;
export default validate;
