// Generated from schemas/lambda/function-url.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LambdaFunctionUrlEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { LambdaFunctionUrlEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `lambda.function-url` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/lambda.function-url` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
 */
export declare const validateAll: AllErrorsValidator<LambdaFunctionUrlEvent>;
