// Generated from schemas/codedeploy/eventbridge-instance-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeDeployInstanceStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CodeDeployInstanceStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codedeploy.eventbridge-instance-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/codedeploy.eventbridge-instance-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
 */
export declare const validateAll: AllErrorsValidator<CodeDeployInstanceStateChangeEvent>;
