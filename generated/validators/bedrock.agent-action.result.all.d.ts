// Generated from schemas/bedrock/agent-action.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { BedrockAgentActionResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { BedrockAgentActionResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `bedrock.agent-action.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/bedrock.agent-action.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export declare const validateAll: AllErrorsValidator<BedrockAgentActionResult>;
