// Generated from schemas/documentdb/change-stream.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DocumentDbChangeStreamEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { DocumentDbChangeStreamEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `documentdb.change-stream` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/documentdb.change-stream` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html
 */
export declare const validateAll: AllErrorsValidator<DocumentDbChangeStreamEvent>;
