// Generated from schemas/secretsmanager/rotation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SecretsManagerRotationEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SecretsManagerRotationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `secretsmanager.rotation` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/secretsmanager.rotation` stops at the first).
 *
 * @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda.html
 */
export declare const validateAll: AllErrorsValidator<SecretsManagerRotationEvent>;
