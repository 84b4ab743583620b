// Generated from schemas/gamelift/eventbridge-accept-match-completed.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GameLiftAcceptMatchCompletedEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { GameLiftAcceptMatchCompletedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `gamelift.eventbridge-accept-match-completed` schema: Amazon GameLift FlexMatch AcceptMatchCompleted event via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/gamelift.eventbridge-accept-match-completed/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export declare const validate: Validator<GameLiftAcceptMatchCompletedEvent>;
export default validate;
