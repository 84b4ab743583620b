// Generated from schemas/glue/eventbridge-data-catalog-table-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { GlueDataCatalogTableStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { GlueDataCatalogTableStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `glue.eventbridge-data-catalog-table-state-change` schema: AWS Glue Data Catalog Table State Change event via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export declare const validate: Validator<GlueDataCatalogTableStateChangeEvent>;
export default validate;
