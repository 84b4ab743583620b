// Generated from schemas/alexa/skill.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlexaSkillEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AlexaSkillEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `alexa.skill` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/alexa.skill` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export declare const validateAll: AllErrorsValidator<AlexaSkillEvent>;
