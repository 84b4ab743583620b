// Generated from schemas/secretsmanager/rotation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SecretsManagerRotationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SecretsManagerRotationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `secretsmanager.rotation` schema: AWS Secrets Manager rotation step.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda.html
 */
export declare const validate: Validator<SecretsManagerRotationEvent>;
export default validate;
