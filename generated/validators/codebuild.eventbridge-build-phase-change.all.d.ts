// Generated from schemas/codebuild/eventbridge-build-phase-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeBuildBuildPhaseChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CodeBuildBuildPhaseChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codebuild.eventbridge-build-phase-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/codebuild.eventbridge-build-phase-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html#sample-build-notifications-ref
 */
export declare const validateAll: AllErrorsValidator<CodeBuildBuildPhaseChangeEvent>;
