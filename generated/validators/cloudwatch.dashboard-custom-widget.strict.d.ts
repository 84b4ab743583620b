// Generated from schemas/cloudwatch/dashboard-custom-widget.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchDashboardCustomWidgetEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudWatchDashboardCustomWidgetEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.dashboard-custom-widget` schema: CloudWatch dashboard custom widget request.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html
 */
export declare const validate: Validator<CloudWatchDashboardCustomWidgetEvent>;
export default validate;
