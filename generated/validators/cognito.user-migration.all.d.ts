// Generated from schemas/cognito/user-migration.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoUserMigrationEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoUserMigrationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.user-migration` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.user-migration` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
export declare const validateAll: AllErrorsValidator<CognitoUserMigrationEvent>;
