// Generated from schemas/glue/eventbridge-job-run-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GlueJobRunStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { GlueJobRunStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `glue.eventbridge-job-run-state-change` schema: AWS Glue Job State Change via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/glue.eventbridge-job-run-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export declare const validate: Validator<GlueJobRunStateChangeEvent>;
export default validate;
