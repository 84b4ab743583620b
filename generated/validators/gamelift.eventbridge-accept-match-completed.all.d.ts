// Generated from schemas/gamelift/eventbridge-accept-match-completed.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GameLiftAcceptMatchCompletedEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { GameLiftAcceptMatchCompletedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `gamelift.eventbridge-accept-match-completed` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/gamelift.eventbridge-accept-match-completed` stops at the first).
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export declare const validateAll: AllErrorsValidator<GameLiftAcceptMatchCompletedEvent>;
