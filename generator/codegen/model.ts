/** The registry as the stages see it once it is loaded and checked. */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type Kind = 'event' | 'result' | 'nested';
export type Invocation = 'sync' | 'async' | 'poll' | 'sync-stream' | 'nested';
export const INVOCATIONS: readonly Invocation[] = ['sync', 'async', 'poll', 'sync-stream', 'nested'];
export const KINDS: readonly Kind[] = ['event', 'result', 'nested'];

/** One condition of a detection rule; see schemas/README.md. Owned by the runtime that evaluates it. */
import type { DetectCondition } from '../runtime/detect.ts';
export type { DetectCondition };

/** A payload nested inside this one (schemas/README.md, `carries`). */
export interface Carry {
  /** JSON pointer; `*` stands for every array item. */
  at: string;
  decode: ('base64' | 'gzip' | 'json')[];
  /** The registry ids the decoded value may be (any of them). */
  ids: string[];
  /** Or: a named definition the decoded value must satisfy. */
  def: string | null;
}

/**
 * Where a user's payload travels (`x-lambda.travels`, users' schemas only): inside a registry
 * event's body or detail, or as a direct invocation's payload (`in: "invoke"`). `at` and `decode`
 * say where the payload sits in the carrier and how to get from the string there to the JSON value,
 * as in `carries` (generator/codegen/travels.ts holds the table).
 */
export interface Travel {
  in: string;
  /** JSON pointer into the carrier (`*` for every array item); `""` for a direct invocation. */
  at: string;
  decode: Carry['decode'];
  /** EventBridge only: the event's `source` and `detail-type`. */
  source?: string;
  detailType?: string;
}

export interface TypeParameter {
  name: string;
  constraint?: string;
  default?: string;
  /**
   * The slot(s) this parameter types: JSON pointers into the payload (`*` for every array item or
   * map value) to a value an envelope decodes, such as an SQS `body`. `default` is then today's type
   * of the slot, so the generic type without arguments is unchanged.
   */
  at?: string | string[];
}

/** A schema file as read from disk, path relative to schemas/. */
export interface SourceFile {
  path: string;
  json: JsonObject;
  /** The file as written (for the format rule); absent for schemas made in memory. */
  text?: string;
}

export interface RegistryEntry {
  id: string;
  kind: Kind;
  invocation: Invocation[];
  /** The id of the result the invoker reads, for events that have one. */
  result: string | null;
  /** The documentation page (an AWS page in the registry; optional in a user's schema: then ''). */
  docs: string;
  /** Null for results and for events that cannot be detected (`detect: false`, e.g. a payload the user's IoT rule chooses). */
  detect: DetectCondition[] | null;
  carries: Carry[];
  title: string;
  description: string;
  typeParameters: TypeParameter[];
  /** Where a user's payload travels (empty in the registry). */
  travels: Travel[];
  /** Union types this id's type belongs to (`x-lambda.unions`), e.g. CognitoUserPoolTriggerEvent. */
  unions: string[];
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
