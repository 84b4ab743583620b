// Generated from schemas/codedeploy/lifecycle-hook.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeDeployLifecycleHookEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodeDeployLifecycleHookEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codedeploy.lifecycle-hook` schema: CodeDeploy lifecycle event hook invocation.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/codedeploy.lifecycle-hook/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
 */
export declare const validate: Validator<CodeDeployLifecycleHookEvent>;
export default validate;
