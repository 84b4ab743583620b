// Generated from schemas/gamelift/eventbridge-matchmaking-failed.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GameLiftMatchmakingFailedEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { GameLiftMatchmakingFailedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `gamelift.eventbridge-matchmaking-failed` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/gamelift.eventbridge-matchmaking-failed` stops at the first).
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export declare const validateAll: AllErrorsValidator<GameLiftMatchmakingFailedEvent>;
