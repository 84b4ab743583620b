// Generated from schemas/emr/eventbridge-cluster-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EmrClusterStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { EmrClusterStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `emr.eventbridge-cluster-state-change` schema: Amazon EMR Cluster State Change via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 */
export declare const validate: Validator<EmrClusterStateChangeEvent>;
export default validate;
