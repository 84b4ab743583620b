// Generated from schemas/bedrock/agent-action.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { BedrockAgentActionEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { BedrockAgentActionEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `bedrock.agent-action` schema: Amazon Bedrock agent action group invocation (OpenAPI schema).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export declare const validate: Validator<BedrockAgentActionEvent>;
export default validate;
