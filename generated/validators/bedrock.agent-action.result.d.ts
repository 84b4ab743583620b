// Generated from schemas/bedrock/agent-action.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { BedrockAgentActionResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { BedrockAgentActionResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `bedrock.agent-action.result` schema: Amazon Bedrock agent action group response (OpenAPI schema).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export declare const validate: Validator<BedrockAgentActionResult>;
export default validate;
