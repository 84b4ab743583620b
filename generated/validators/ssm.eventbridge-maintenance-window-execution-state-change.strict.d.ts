// Generated from schemas/ssm/eventbridge-maintenance-window-execution-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SsmMaintenanceWindowExecutionStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SsmMaintenanceWindowExecutionStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ssm.eventbridge-maintenance-window-execution-state-change` schema: AWS Systems Manager maintenance window execution state change via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export declare const validate: Validator<SsmMaintenanceWindowExecutionStateChangeEvent>;
export default validate;
