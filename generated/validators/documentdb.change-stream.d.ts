// Generated from schemas/documentdb/change-stream.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DocumentDbChangeStreamEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { DocumentDbChangeStreamEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `documentdb.change-stream` schema: Amazon DocumentDB change stream batch.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/documentdb.change-stream/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html
 */
export declare const validate: Validator<DocumentDbChangeStreamEvent>;
export default validate;
