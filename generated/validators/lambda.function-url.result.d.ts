// Generated from schemas/lambda/function-url.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LambdaFunctionUrlResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { LambdaFunctionUrlResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `lambda.function-url.result` schema: Lambda function URL response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-response-payload
 */
export declare const validate: Validator<LambdaFunctionUrlResult>;
export default validate;
