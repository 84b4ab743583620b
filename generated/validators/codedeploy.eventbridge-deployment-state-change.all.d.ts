// Generated from schemas/codedeploy/eventbridge-deployment-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeDeployDeploymentStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CodeDeployDeploymentStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codedeploy.eventbridge-deployment-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/codedeploy.eventbridge-deployment-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
 */
export declare const validateAll: AllErrorsValidator<CodeDeployDeploymentStateChangeEvent>;
