// Generated from schemas/cognito/user-migration.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoUserMigrationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoUserMigrationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.user-migration` schema: Cognito user pool migrate user trigger.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
export declare const validate: Validator<CognitoUserMigrationEvent>;
export default validate;
