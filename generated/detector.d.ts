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
export interface Candidate {
    id: string;
    /** How many of the rule's conditions hold. */
    matched: number;
    total: number;
    /** The conditions that do not hold. */
    failed: DetectCondition[];
}
export interface Detector {
    /** The id whose rule matches with the most conditions, or null. */
    detect(event: unknown): string | null;
    /** Every rule, nearest first, with the conditions that fail: for explaining a miss. */
    explain(event: unknown, limit?: number): Candidate[];
}
export declare function createDetector(rules: DetectRule[]): Detector;
