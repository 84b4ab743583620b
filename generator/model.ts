/** The registry as the stages see it once it is loaded and checked. */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type Kind = 'event' | 'result' | 'nested';
export type Invocation = 'sync' | 'async' | 'poll' | 'sync-stream' | 'nested';
export const INVOCATIONS: readonly Invocation[] = ['sync', 'async', 'poll', 'sync-stream', 'nested'];
export const KINDS: readonly Kind[] = ['event', 'result', 'nested'];

/** One condition of a detection rule; see schemas/README.md. */
export type DetectCondition =
  | { pointer: string; equals: string | number | boolean }
  | { pointer: string; in: (string | number | boolean)[] }
  | { pointer: string; exists: boolean }
  | { pointer: string; pattern: string };

export interface TypeParameter {
  name: string;
  constraint?: string;
  default?: string;
}

/** A schema file as read from disk, path relative to schemas/. */
export interface SourceFile {
  path: string;
  json: JsonObject;
}

export interface RegistryEntry {
  id: string;
  kind: Kind;
  invocation: Invocation[];
  /** The id of the result the invoker reads, for events that have one. */
  result: string | null;
  docs: string;
  detect: DetectCondition[] | null;
  title: string;
  description: string;
  typeParameters: TypeParameter[];
  /** Path of the source schema relative to schemas/. */
  sourcePath: string;
  /** The source schema, as loaded (never mutated). */
  schema: JsonObject;
  /** Derived names (generator/names.ts). */
  typeName: string;
}

export interface Definition {
  name: string;
  /** File that owns it, relative to schemas/. */
  file: string;
  schema: JsonObject;
}

export interface Registry {
  entries: RegistryEntry[];
  /** Every named definition in schemas/, by name. */
  definitions: Map<string, Definition>;
}
