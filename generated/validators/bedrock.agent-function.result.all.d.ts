// Generated from schemas/bedrock/agent-function.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { BedrockAgentFunctionResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { BedrockAgentFunctionResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `bedrock.agent-function.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/bedrock.agent-function.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export declare const validateAll: AllErrorsValidator<BedrockAgentFunctionResult>;
