// Generated from schemas/lambda/function-url.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LambdaFunctionUrlEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { LambdaFunctionUrlEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `lambda.function-url` schema: Lambda function URL request.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/lambda.function-url/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
 */
export declare const validate: Validator<LambdaFunctionUrlEvent>;
export default validate;
