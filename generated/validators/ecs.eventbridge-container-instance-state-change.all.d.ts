// Generated from schemas/ecs/eventbridge-container-instance-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EcsContainerInstanceStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { EcsContainerInstanceStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ecs.eventbridge-container-instance-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/ecs.eventbridge-container-instance-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_container_instance_events.html
 */
export declare const validateAll: AllErrorsValidator<EcsContainerInstanceStateChangeEvent>;
