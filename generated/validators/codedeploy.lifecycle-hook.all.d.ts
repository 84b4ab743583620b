// Generated from schemas/codedeploy/lifecycle-hook.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeDeployLifecycleHookEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CodeDeployLifecycleHookEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codedeploy.lifecycle-hook` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/codedeploy.lifecycle-hook` stops at the first).
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
 */
export declare const validateAll: AllErrorsValidator<CodeDeployLifecycleHookEvent>;
