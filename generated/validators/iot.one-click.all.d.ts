// Generated from schemas/iot/one-click.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTOneClickEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { IoTOneClickEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.one-click` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/iot.one-click` stops at the first).
 *
 * @see https://docs.aws.amazon.com/iot-1-click/latest/developerguide/1click-events.html
 */
export declare const validateAll: AllErrorsValidator<IoTOneClickEvent>;
