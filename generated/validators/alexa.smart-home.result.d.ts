// Generated from schemas/alexa/smart-home.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlexaSmartHomeResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { AlexaSmartHomeResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `alexa.smart-home.result` schema: Alexa Smart Home response event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export declare const validate: Validator<AlexaSmartHomeResult>;
export default validate;
