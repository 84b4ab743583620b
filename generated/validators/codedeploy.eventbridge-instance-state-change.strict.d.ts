// Generated from schemas/codedeploy/eventbridge-instance-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeDeployInstanceStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodeDeployInstanceStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codedeploy.eventbridge-instance-state-change` schema: AWS CodeDeploy Instance State-change Notification via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
 */
export declare const validate: Validator<CodeDeployInstanceStateChangeEvent>;
export default validate;
