// Generated from schemas/bedrock/agent-action.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { BedrockAgentActionEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { BedrockAgentActionEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `bedrock.agent-action` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/bedrock.agent-action` stops at the first).
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export declare const validateAll: AllErrorsValidator<BedrockAgentActionEvent>;
