// Generated from schemas/alexa/skill.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlexaSkillEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AlexaSkillEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `alexa.skill` schema: Alexa Skills Kit request.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export declare const validate: Validator<AlexaSkillEvent>;
export default validate;
