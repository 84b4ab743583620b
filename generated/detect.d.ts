// Generated from generator/runtime/detect.ts by `npm run generate`. Do not edit: change the schema and regenerate.
/**
 * `lambda-event-registry/detect`: which source an event came from, from the registry's rules.
 * `detect` is compiled from the rules at generation time (generator/codegen/detection.ts);
 * `explain`, which only runs for events nothing matches, interprets them (detector.ts).
 */
import { type DetectCondition, type FailedCondition } from './detector.js';
import type { EventId } from './registry-types.js';
export type { DetectCondition, FailedCondition };
export interface Candidate {
    id: EventId;
    /** How many of the rule's conditions hold. */
    matched: number;
    total: number;
    /** The conditions that do not hold, each with the value the event has there (when it has one). */
    failed: FailedCondition[];
}
/** The registry id of an event, from the registry's detection rules; null when none matches. */
export declare const detect: (event: unknown) => EventId | null;
/** The rules nearest to matching an event (at most `limit`, default 3), with the conditions that fail. */
export declare const explain: (event: unknown, limit?: number) => Candidate[];
