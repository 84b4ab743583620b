// Generated from schemas/codebuild/eventbridge-build-phase-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeBuildBuildPhaseChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodeBuildBuildPhaseChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codebuild.eventbridge-build-phase-change` schema: AWS CodeBuild Build Phase Change via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html#sample-build-notifications-ref
 */
export declare const validate: Validator<CodeBuildBuildPhaseChangeEvent>;
export default validate;
