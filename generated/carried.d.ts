// Generated from generator/runtime/carried.ts by `npm run generate`. Do not edit: change the schema and regenerate.
export type DecodeStep = 'base64' | 'gzip' | 'json';
export interface CarriedPayload<T = unknown> {
    /** JSON pointer of the encoded string in the outer payload. */
    pointer: string;
    /** The decoded payload, when every step succeeded. */
    value?: T;
    /** Why decoding failed, when it did. */
    error?: string;
}
/** Every value at `at` (a JSON pointer whose `*` segments match every array item), with its concrete pointer. */
export declare function valuesAt(root: unknown, at: string): {
    pointer: string;
    value: unknown;
}[];
/** Apply the decode steps to one string. Never throws: a failure is reported in `error`. */
export declare function decodeValue(input: unknown, steps: readonly DecodeStep[], maxBytes?: number): {
    value?: unknown;
    error?: string;
};
/** Every payload carried at `at`, decoded. */
export declare function carried<T = unknown>(root: unknown, at: string, steps: readonly DecodeStep[]): CarriedPayload<T>[];
