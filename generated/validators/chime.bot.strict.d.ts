// Generated from schemas/chime/bot.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ChimeBotEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ChimeBotEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `chime.bot` schema: Amazon Chime chat bot event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/chime/latest/ag/events-bots.html
 */
export declare const validate: Validator<ChimeBotEvent>;
export default validate;
