// Generated from schemas/bedrock/agent-function.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { BedrockAgentFunctionEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { BedrockAgentFunctionEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `bedrock.agent-function` schema: Amazon Bedrock agent action group invocation (function details).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export declare const validate: Validator<BedrockAgentFunctionEvent>;
export default validate;
