// Generated from schemas/codedeploy/eventbridge-deployment-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeDeployDeploymentStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodeDeployDeploymentStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codedeploy.eventbridge-deployment-state-change` schema: AWS CodeDeploy Deployment State-change Notification via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/codedeploy.eventbridge-deployment-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
 */
export declare const validate: Validator<CodeDeployDeploymentStateChangeEvent>;
export default validate;
