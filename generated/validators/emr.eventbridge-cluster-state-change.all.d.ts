// Generated from schemas/emr/eventbridge-cluster-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EmrClusterStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { EmrClusterStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `emr.eventbridge-cluster-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/emr.eventbridge-cluster-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 */
export declare const validateAll: AllErrorsValidator<EmrClusterStateChangeEvent>;
