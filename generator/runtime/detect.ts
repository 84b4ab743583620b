/**
 * `lambda-event-registry/detect`: which source an event came from, from the registry's rules.
 * `detect` is compiled from the rules at generation time (generator/codegen/detection.ts);
 * `explain`, which only runs for events nothing matches, interprets them (detector.ts).
 */
import { createDetector, type Detector, type DetectCondition, type FailedCondition } from './detector.ts';
import { DETECT } from './detect-data.ts';
import { RULES } from './registry-data.ts';
import type { EventId } from './registry-types.ts';

export type { DetectCondition, FailedCondition };

export interface Candidate {
  id: EventId;
  /** How many of the rule's conditions hold. */
  matched: number;
  total: number;
  /** The conditions that do not hold, each with the value the event has there (when it has one). */
  failed: FailedCondition[];
}

let interpreter: Detector | undefined;

/** The registry id of an event, from the registry's detection rules; null when none matches. */
export const detect = DETECT as (event: unknown) => EventId | null;
/** The rules nearest to matching an event (at most `limit`, default 3), with the conditions that fail. */
export const explain = (event: unknown, limit?: number): Candidate[] => (interpreter ??= createDetector(RULES)).explain(event, limit) as Candidate[];
