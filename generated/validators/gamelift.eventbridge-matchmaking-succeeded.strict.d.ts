// Generated from schemas/gamelift/eventbridge-matchmaking-succeeded.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GameLiftMatchmakingSucceededEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { GameLiftMatchmakingSucceededEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `gamelift.eventbridge-matchmaking-succeeded` schema: Amazon GameLift FlexMatch MatchmakingSucceeded event via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export declare const validate: Validator<GameLiftMatchmakingSucceededEvent>;
export default validate;
