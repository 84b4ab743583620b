// Generated from schemas/lambda/function-url.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LambdaFunctionUrlResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { LambdaFunctionUrlResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `lambda.function-url.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/lambda.function-url.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-response-payload
 */
export declare const validateAll: AllErrorsValidator<LambdaFunctionUrlResult>;
