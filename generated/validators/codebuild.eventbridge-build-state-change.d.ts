// Generated from schemas/codebuild/eventbridge-build-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeBuildBuildStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodeBuildBuildStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codebuild.eventbridge-build-state-change` schema: AWS CodeBuild Build State Change via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/codebuild.eventbridge-build-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html#sample-build-notifications-ref
 */
export declare const validate: Validator<CodeBuildBuildStateChangeEvent>;
export default validate;
