// Generated from schemas/lambda/function-url-streaming.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LambdaFunctionUrlStreamingResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { LambdaFunctionUrlStreamingResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `lambda.function-url-streaming.result` schema: Lambda function URL response stream (metadata prelude).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html
 */
export declare const validate: Validator<LambdaFunctionUrlStreamingResult>;
export default validate;
