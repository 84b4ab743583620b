// Generated from schemas/ecs/eventbridge-container-instance-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EcsContainerInstanceStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { EcsContainerInstanceStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ecs.eventbridge-container-instance-state-change` schema: Amazon ECS Container Instance State Change via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/ecs.eventbridge-container-instance-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_container_instance_events.html
 */
export declare const validate: Validator<EcsContainerInstanceStateChangeEvent>;
export default validate;
