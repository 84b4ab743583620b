// Generated from schemas/cloudwatch/dashboard-custom-widget.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchDashboardCustomWidgetEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudWatchDashboardCustomWidgetEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.dashboard-custom-widget` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudwatch.dashboard-custom-widget` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html
 */
export declare const validateAll: AllErrorsValidator<CloudWatchDashboardCustomWidgetEvent>;
