// Generated from schemas/lambda/function-url-streaming.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LambdaFunctionUrlStreamingResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { LambdaFunctionUrlStreamingResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `lambda.function-url-streaming.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/lambda.function-url-streaming.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html
 */
export declare const validateAll: AllErrorsValidator<LambdaFunctionUrlStreamingResult>;
