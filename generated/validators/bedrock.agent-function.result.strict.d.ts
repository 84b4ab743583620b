// Generated from schemas/bedrock/agent-function.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { BedrockAgentFunctionResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { BedrockAgentFunctionResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `bedrock.agent-function.result` schema: Amazon Bedrock agent action group response (function details).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export declare const validate: Validator<BedrockAgentFunctionResult>;
export default validate;
