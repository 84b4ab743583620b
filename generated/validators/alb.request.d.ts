// Generated from schemas/alb/request.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlbRequestEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AlbRequestEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `alb.request` schema: Application Load Balancer request to a Lambda target.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/alb.request/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
export declare const validate: Validator<AlbRequestEvent>;
export default validate;
