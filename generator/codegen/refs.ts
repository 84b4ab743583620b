/**
 * `$ref` resolution and bundling. Every `$ref` in the registry names a definition
 * (`<relative file>#/$defs/<Name>` or `#/$defs/<Name>`) and resolves on the local disk image
 * loaded by stage 1, never over the network.
 */
import { posix } from 'node:path';
import type { Carry, Definition, JsonObject, JsonValue, Registry } from './model.ts';
import { schemaUri } from './names.ts';
import { escapeToken } from '../runtime/pointer.ts';

const REF = /^(?<file>[^#]*)#\/\$defs\/(?<name>[A-Za-z0-9_]+)$/;

/** Keywords whose values are data, not subschemas: a `$ref` key inside them is not a reference. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'examples', 'default', 'x-lambda', 'description', 'title', '$comment']);

export interface RefTarget {
  file: string;
  name: string;
}

/** Resolve a `$ref` written in `fromFile` (relative to schemas/); null when it is not of the registry's form. */
export function parseRef(ref: string, fromFile: string): RefTarget | null {
  const m = REF.exec(ref);
  if (!m?.groups) return null;
  const fileRef = m.groups.file!;
  if (/^[a-z]+:/i.test(fileRef) || fileRef.startsWith('/')) return null;
  const file = fileRef === '' ? fromFile : posix.normalize(posix.join(posix.dirname(fromFile), fileRef));
  return { file, name: m.groups.name! };
}

/** Visit every subschema node (objects outside data keywords), with its JSON pointer. */
export function visitSchema(node: JsonValue, visit: (obj: JsonObject, pointer: string) => void, pointer = ''): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => visitSchema(item, visit, `${pointer}/${i}`));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  visit(node, pointer);
  for (const [key, value] of Object.entries(node)) {
    if (DATA_KEYWORDS.has(key)) continue;
    visitSchema(value, visit, `${pointer}/${escapeToken(key)}`);
  }
}

/** Deep copy of a JSON value with every `$ref` rewritten by `rewrite`. Never mutates its input. */
export function mapRefs(node: JsonValue, rewrite: (ref: string) => string, inData = false): JsonValue {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, rewrite, inData));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inData && key === '$ref' && typeof value === 'string') out[key] = rewrite(value);
    else out[key] = mapRefs(value, rewrite, inData || DATA_KEYWORDS.has(key));
  }
  return out;
}

/** Rewrite the refs of a schema written in `file` to `#/$defs/<Name>` and report each target definition. */
export function localizeRefs(schema: JsonValue, file: string, registry: Registry, onTarget?: (def: Definition) => void): JsonValue {
  return mapRefs(schema, (ref) => {
    const target = parseRef(ref, file);
    const def = target && registry.definitions.get(target.name);
    if (!def || def.file !== target.file) throw new Error(`unresolved $ref ${ref} in ${file}`);
    onTarget?.(def);
    return `#/$defs/${def.name}`;
  });
}

/** Carried payloads as the generated package states them: registry ids, or a definition bundled with the carrier. */
export function carriesJson(carries: Carry[]): JsonObject[] {
  return carries.map((c): JsonObject => (c.def ? { at: c.at, decode: c.decode, def: c.def.split('#')[1]! } : { at: c.at, decode: c.decode, id: c.ids }));
}

/**
 * The self-contained schema of one id: the root schema plus every definition it reaches,
 * transitively, under `$defs`, all refs local. `$defs` are sorted by name so output is stable.
 */
export function bundle(registry: Registry, id: string): JsonObject {
  const entry = registry.entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  const { $defs: _ownDefs, ...root } = entry.schema;
  const reached = new Map<string, JsonValue>();
  const queue: Definition[] = [];
  const enqueue = (def: Definition) => {
    if (!reached.has(def.name) && !queue.includes(def)) queue.push(def);
  };
  const bundledRoot = localizeRefs(root, entry.sourcePath, registry, enqueue) as JsonObject;
  // Definitions a carried payload must satisfy travel with the bundle, and carries name them locally.
  if (entry.carries.length > 0) {
    for (const c of entry.carries) if (c.def) enqueue(registry.definitions.get(c.def.split('#')[1]!)!);
    bundledRoot['x-lambda'] = { ...(bundledRoot['x-lambda'] as JsonObject), carries: carriesJson(entry.carries) };
  }
  while (queue.length > 0) {
    const def = queue.shift()!;
    reached.set(def.name, null);
    reached.set(def.name, localizeRefs(def.schema, def.file, registry, enqueue));
  }
  const { $schema, ...rest } = bundledRoot;
  const out: JsonObject = { $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema', $id: schemaUri(id), ...rest };
  if (reached.size > 0) {
    out.$defs = Object.fromEntries([...reached.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return out;
}
