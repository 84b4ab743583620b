// Generated from schemas/emr/eventbridge-cluster-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EmrClusterStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { EmrClusterStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `emr.eventbridge-cluster-state-change` schema: Amazon EMR Cluster State Change via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/emr.eventbridge-cluster-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 */
export declare const validate: Validator<EmrClusterStateChangeEvent>;
export default validate;
