// Generated from schemas/ssm/eventbridge-ec2-command-invocation-status-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SsmEc2CommandInvocationStatusChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SsmEc2CommandInvocationStatusChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ssm.eventbridge-ec2-command-invocation-status-change` schema: AWS Systems Manager Run Command invocation status change via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/ssm.eventbridge-ec2-command-invocation-status-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export declare const validate: Validator<SsmEc2CommandInvocationStatusChangeEvent>;
export default validate;
