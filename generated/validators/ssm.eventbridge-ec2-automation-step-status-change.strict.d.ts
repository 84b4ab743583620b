// Generated from schemas/ssm/eventbridge-ec2-automation-step-status-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SsmEc2AutomationStepStatusChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SsmEc2AutomationStepStatusChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ssm.eventbridge-ec2-automation-step-status-change` schema: AWS Systems Manager Automation step status change via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export declare const validate: Validator<SsmEc2AutomationStepStatusChangeEvent>;
export default validate;
