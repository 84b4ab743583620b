// Generated from schemas/chime/bot.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ChimeBotEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ChimeBotEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `chime.bot` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/chime.bot` stops at the first).
 *
 * @see https://docs.aws.amazon.com/chime/latest/ag/events-bots.html
 */
export declare const validateAll: AllErrorsValidator<ChimeBotEvent>;
