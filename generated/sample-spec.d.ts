// Generated from generator/runtime/sample-spec.ts by `npm run generate`. Do not edit: change the schema and regenerate.
/**
 * A sample template: a handlebars file whose first block is a `{{!-- … --}}` comment holding its
 * JSON header (parameters, SAM counterparts, the parameter an inner payload fills).
 */
export type ParamType = 'string' | 'number' | 'integer' | 'boolean' | 'json';
export interface ParamSpec {
    type: ParamType;
    default: unknown;
    description: string;
    /** Values of a string parameter must match (anchored). */
    pattern?: string;
    /** `date-time`: an ISO 8601 UTC time such as 2024-03-01T12:00:00.000Z (checked as a real date). */
    format?: 'date-time';
    enum?: unknown[];
    /** Bounds of a number or integer parameter. */
    minimum?: number;
    maximum?: number;
}
export interface SamCounterpart {
    service: string;
    event: string;
    /** Parameter values this SAM event fixes (e.g. `s3 delete` sets the event name). */
    set?: Record<string, unknown>;
}
export interface SampleHeader {
    parameters: Record<string, ParamSpec>;
    sam?: SamCounterpart[];
    /** The parameter that takes the JSON text of an inner sample (`--inner <id>`). */
    inner?: string;
}
export interface SampleSource {
    id: string;
    /** Path relative to schemas/. */
    path: string;
    header: SampleHeader;
    /** The template without its header. */
    body: string;
}
export declare class SampleError extends Error {
    readonly code: 'E_SAMPLE_HEADER' | 'E_SAMPLE_PARAM' | 'E_SAMPLE_RENDER' | 'E_SAMPLE_UNKNOWN';
    constructor(code: 'E_SAMPLE_HEADER' | 'E_SAMPLE_PARAM' | 'E_SAMPLE_RENDER' | 'E_SAMPLE_UNKNOWN', message: string);
}
export declare function parseSample(id: string, path: string, text: string): SampleSource;
/** Throws E_SAMPLE_PARAM when a value does not fit its parameter. */
export declare function checkValue(name: string, p: ParamSpec, value: unknown): void;
/** A parameter value given as command-line text, converted to the parameter's type. */
export declare function fromText(name: string, p: ParamSpec, text: string): unknown;
/** Defaults merged with overrides, each checked; unknown names are an error. */
export declare function resolveParams(id: string, header: SampleHeader, overrides?: Record<string, unknown>): Record<string, unknown>;
