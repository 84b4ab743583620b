/**
 * `lambda-event-registry/detect`: which source an event came from, from the registry's rules
 * (see detector.ts for how a rule is evaluated).
 */
import { createDetector, type DetectCondition, type FailedCondition } from './detector.ts';
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

const detector = createDetector(RULES);

/** The registry id of an event, from the registry's detection rules; null when none matches. */
export const detect: (event: unknown) => EventId | null = detector.detect;
/** The rules nearest to matching an event (at most `limit`, default 3), with the conditions that fail. */
export const explain: (event: unknown, limit?: number) => Candidate[] = detector.explain;
