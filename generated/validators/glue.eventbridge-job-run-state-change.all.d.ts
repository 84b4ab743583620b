// Generated from schemas/glue/eventbridge-job-run-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GlueJobRunStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { GlueJobRunStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `glue.eventbridge-job-run-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/glue.eventbridge-job-run-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export declare const validateAll: AllErrorsValidator<GlueJobRunStateChangeEvent>;
