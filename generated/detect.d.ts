// Generated from generator/runtime/detect.ts by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EventId } from './index.js';

export type DetectCondition =
  | { pointer: string; equals: string | number | boolean }
  | { pointer: string; in: (string | number | boolean)[] }
  | { pointer: string; exists: boolean }
  | { pointer: string; pattern: string };

export interface Candidate {
  id: EventId;
  /** How many of the rule's conditions hold. */
  matched: number;
  total: number;
  /** The conditions that do not hold. */
  failed: DetectCondition[];
}

/** The registry id of an event, from the registry's detection rules; null when none matches. */
export declare function detect(event: unknown): EventId | null;
/** The rules nearest to matching an event (at most `limit`, default 3), with the conditions that fail. */
export declare function explain(event: unknown, limit?: number): Candidate[];
