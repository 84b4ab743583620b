// Generated from schemas/cloudwatch/dashboard-custom-widget.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchDashboardCustomWidgetResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudWatchDashboardCustomWidgetResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `cloudwatch.dashboard-custom-widget.result` schema: CloudWatch dashboard custom widget response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html
 */
export declare const validate: Validator<CloudWatchDashboardCustomWidgetResult>;
export default validate;
