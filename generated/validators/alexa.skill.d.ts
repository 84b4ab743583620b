// Generated from schemas/alexa/skill.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlexaSkillEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AlexaSkillEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `alexa.skill` schema: Alexa Skills Kit request.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/alexa.skill/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export declare const validate: Validator<AlexaSkillEvent>;
export default validate;
