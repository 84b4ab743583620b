// Generated from schemas/lambda/destination-record.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LambdaDestinationRecordEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { LambdaDestinationRecordEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `lambda.destination-record` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/lambda.destination-record` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
 */
export declare const validateAll: AllErrorsValidator<LambdaDestinationRecordEvent>;
