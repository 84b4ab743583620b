// Generated from schemas/gamelift/eventbridge-matchmaking-searching.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GameLiftMatchmakingSearchingEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { GameLiftMatchmakingSearchingEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `gamelift.eventbridge-matchmaking-searching` schema: Amazon GameLift FlexMatch MatchmakingSearching event via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export declare const validate: Validator<GameLiftMatchmakingSearchingEvent>;
export default validate;
