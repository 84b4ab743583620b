// Generated from schemas/gamelift/eventbridge-matchmaking-searching.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GameLiftMatchmakingSearchingEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { GameLiftMatchmakingSearchingEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `gamelift.eventbridge-matchmaking-searching` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/gamelift.eventbridge-matchmaking-searching` stops at the first).
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export declare const validateAll: AllErrorsValidator<GameLiftMatchmakingSearchingEvent>;
