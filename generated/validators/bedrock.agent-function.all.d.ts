// Generated from schemas/bedrock/agent-function.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { BedrockAgentFunctionEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { BedrockAgentFunctionEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `bedrock.agent-function` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/bedrock.agent-function` stops at the first).
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export declare const validateAll: AllErrorsValidator<BedrockAgentFunctionEvent>;
