// Generated from generator/runtime/detector.ts by `npm run generate`. Do not edit: change the schema and regenerate.
export type DetectCondition = {
    pointer: string;
    equals: string | number | boolean;
} | {
    pointer: string;
    in: (string | number | boolean)[];
} | {
    pointer: string;
    exists: boolean;
} | {
    pointer: string;
    pattern: string;
};
export interface DetectRule {
    id: string;
    conditions: DetectCondition[];
}
/** A condition of a rule that does not hold for an event, with what the event has there. */
export type FailedCondition = DetectCondition & {
    /** The value found at the pointer (absent when the event has nothing there). */
    actual?: unknown;
};
export interface Candidate {
    id: string;
    /** How many of the rule's conditions hold. */
    matched: number;
    total: number;
    /** The conditions that do not hold, each with the value found (a near miss: `aws:sqs2` where `aws:sqs` is expected). */
    failed: FailedCondition[];
}
export interface Detector {
    /** The id whose rule matches with the most conditions, or null. */
    detect(event: unknown): string | null;
    /** Every rule, nearest first, with the conditions that fail: for explaining a miss. */
    explain(event: unknown, limit?: number): Candidate[];
}
export declare function createDetector(rules: DetectRule[]): Detector;
