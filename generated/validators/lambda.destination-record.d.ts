// Generated from schemas/lambda/destination-record.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LambdaDestinationRecordEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { LambdaDestinationRecordEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `lambda.destination-record` schema: Lambda asynchronous invocation record (Lambda destination).
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/lambda.destination-record/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
 */
export declare const validate: Validator<LambdaDestinationRecordEvent>;
export default validate;
