// Generated from schemas/alexa/skill.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlexaSkillResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AlexaSkillResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `alexa.skill.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/alexa.skill.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export declare const validateAll: AllErrorsValidator<AlexaSkillResult>;
