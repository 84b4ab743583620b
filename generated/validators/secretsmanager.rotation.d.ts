// Generated from schemas/secretsmanager/rotation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SecretsManagerRotationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SecretsManagerRotationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `secretsmanager.rotation` schema: AWS Secrets Manager rotation step.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/secretsmanager.rotation/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda.html
 */
export declare const validate: Validator<SecretsManagerRotationEvent>;
export default validate;
