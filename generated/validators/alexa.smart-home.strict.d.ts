// Generated from schemas/alexa/smart-home.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlexaSmartHomeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AlexaSmartHomeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `alexa.smart-home` schema: Alexa Smart Home directive.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export declare const validate: Validator<AlexaSmartHomeEvent>;
export default validate;
