/**
 * Placeholder for the registry's type maps. The package's `registry-types.d.ts` is generated from
 * schemas/ (codegen stage `package`) with one entry per id; these open maps only let the runtime
 * sources type-check on their own.
 */
/** The payload type of every registry id. */
export interface PayloadTypes {
  [id: string]: unknown;
}
/** What a handler of each event id receives. */
export interface EventTypes {
  [id: string]: unknown;
}
/** What the invoker of each event id reads back (void where it ignores the return value). */
export interface ResultTypes {
  [id: string]: unknown;
}
/** For each id that carries payloads: the outer type and the type of what it carries. */
export interface NestedTypes {
  [id: string]: { outer: unknown; inner: unknown };
}
/** Event types generic over what they carry, with `T` in the carried slot (`SqsBatchEvent<T>`...). */
export interface CarryingTypes<T> {
  [id: string]: { carried: T } | unknown;
}
/** The parameters of each id's sample, all optional. */
export interface SampleParameters {
  [id: string]: Record<string, unknown>;
}
/** Every registry id. */
export type Id = string;
/** Ids of payloads a function receives (events and nested payloads). */
export type EventId = string;
/** Ids of what a function returns. */
export type ResultId = string;
