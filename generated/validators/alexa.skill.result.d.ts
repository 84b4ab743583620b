// Generated from schemas/alexa/skill.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlexaSkillResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { AlexaSkillResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `alexa.skill.result` schema: Alexa Skills Kit response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export declare const validate: Validator<AlexaSkillResult>;
export default validate;
