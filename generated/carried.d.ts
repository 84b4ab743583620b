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
/** Where an id carries payloads and what they must be (registry.json's `carries`): registry ids (any of them) or a definition. */
export interface CarrySpec {
    at: string;
    decode: readonly DecodeStep[];
    id?: readonly string[];
    def?: string;
}
/** One schema problem of a carried payload, shaped as ajv reports it. */
export interface InnerError {
    instancePath: string;
    schemaPath?: string;
    keyword: string;
    message?: string;
    params?: Record<string, unknown>;
}
/** A carried payload that could not be decoded (`E_DECODE`) or is not what its carrier says it carries (`E_NESTED`). */
export interface CarriedProblem {
    code: 'E_DECODE' | 'E_NESTED';
    /** JSON pointer of the encoded string in the outer payload. */
    pointer: string;
    /** Index of the carry (in the carrier's `carries`) the payload was found by. */
    carry: number;
    message: string;
    /** E_DECODE: `{ steps }`; E_NESTED: `{ expected, inner }` (the ids or definition, and the first inner problem, undefined when the checker cannot say). */
    params: {
        steps: readonly DecodeStep[];
    } | {
        expected: string[];
        inner: InnerError | undefined;
    };
}
/**
 * Checks one decoded payload against the `n`th carry of a carrier: null when it is valid,
 * otherwise its first problem (undefined when the checker cannot say which).
 */
export type CarriedCheck = (n: number, value: unknown) => InnerError | null | undefined;
/** One carried payload, decoded and checked: its value when valid, otherwise the problem. */
export type CheckedPayload<T = unknown> = {
    pointer: string;
    carry: number;
    ok: true;
    value: T;
    problem?: undefined;
} | {
    pointer: string;
    carry: number;
    ok: false;
    value?: undefined;
    problem: CarriedProblem;
};
/**
 * Every payload a value carries, decoded and checked: the one implementation behind the CLI's
 * E_DECODE/E_NESTED, the validators of carrier ids and decodeNested. `firstProblem`: stop at the
 * first payload that fails (validators stop at the first problem, as ajv does).
 */
export declare function checkCarried(root: unknown, carries: readonly CarrySpec[], check: CarriedCheck, firstProblem?: boolean): CheckedPayload[];
/** The problems of every payload a value carries ([] when all decode and are valid). */
export declare function carriedProblems(root: unknown, carries: readonly CarrySpec[], check: CarriedCheck, firstOnly?: boolean): CarriedProblem[];
type Check = ((value: unknown) => boolean) & {
    errors?: InnerError[] | null | undefined;
};
/** A carried problem as a validation error of the carrier: its pointer is the encoded string's, followed by the inner problem's. */
export declare function carriedError(p: CarriedProblem): InnerError & {
    schemaPath: string;
    params: Record<string, unknown>;
};
/** What a carrier's validator knows about its payloads (`validate.carried`): where they are and how to check each. */
export interface Carried {
    readonly carries: readonly CarrySpec[];
    readonly check: CarriedCheck;
}
/**
 * A carrier's validator: its own schema first, then every payload it carries (decoded, and valid
 * against any of `checks[n]` for the `n`th carry). By default it stops at the first problem, as
 * ajv does: the precompiled validators of carrier ids (`s3.notification-in-sqs`, ...) are built
 * with it, and `validate.carried` lets decodeNested check payloads with the same validators.
 * `every`: the all-errors validator (`<id>/all`): every problem of its own schema, or when there is
 * none the first problem of each payload that does not decode or validate, as the CLI lists them.
 */
export declare function withCarried<F extends Check>(outer: F, carries: readonly CarrySpec[], checks: readonly (readonly Check[])[], every?: boolean): F;
export {};
