// Generated from schemas/glue/eventbridge-data-catalog-database-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GlueDataCatalogDatabaseStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { GlueDataCatalogDatabaseStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `glue.eventbridge-data-catalog-database-state-change` schema: AWS Glue Data Catalog Database State Change event via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export declare const validate: Validator<GlueDataCatalogDatabaseStateChangeEvent>;
export default validate;
