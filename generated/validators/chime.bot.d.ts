// Generated from schemas/chime/bot.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ChimeBotEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ChimeBotEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `chime.bot` schema: Amazon Chime chat bot event.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/chime.bot/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/chime/latest/ag/events-bots.html
 */
export declare const validate: Validator<ChimeBotEvent>;
export default validate;
