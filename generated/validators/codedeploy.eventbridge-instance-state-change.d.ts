// Generated from schemas/codedeploy/eventbridge-instance-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeDeployInstanceStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodeDeployInstanceStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codedeploy.eventbridge-instance-state-change` schema: AWS CodeDeploy Instance State-change Notification via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/codedeploy.eventbridge-instance-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
 */
export declare const validate: Validator<CodeDeployInstanceStateChangeEvent>;
export default validate;
