/**
 * The registry's layout rules that a machine can restore (`npm run schemas:tidy`), and that the
 * check stage enforces: one spelling per `$ref`, shared definitions in `_shared/`, one format.
 *
 * - A `$ref` to a definition in the same file is `#/$defs/Name`; to any other file it is
 *   `../<folder>/<file>#/$defs/Name` (every schema file is one folder deep), never a bare
 *   `file.schema.json#...` that only works beside its target.
 * - A definition referenced from another file lives in `schemas/_shared/` (moved, with the
 *   definitions it reaches in its file, to `_shared/<folder>.schema.json`): no id owns a shape
 *   that other ids depend on.
 * - Every schema file is `JSON.stringify(schema, null, 2)` plus a newline.
 */
import { posix } from 'node:path';
import type { JsonObject, JsonValue, SourceFile } from './model.ts';
import { parseRef } from './refs.ts';

const DATA = new Set(['const', 'enum', 'examples', 'default', 'description', 'title', '$comment']);
const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

export const formatSchema = (json: JsonValue): string => JSON.stringify(json, null, 2) + '\n';

/** The one spelling of a reference from `fromFile` to `name` in `file` (paths relative to schemas/). */
export function canonicalRef(fromFile: string, file: string, name: string): string {
  return file === fromFile ? `#/$defs/${name}` : `../${file}#/$defs/${name}`;
}

export interface RefSite {
  /** The file the reference is written in. */
  from: string;
  /** JSON pointer of the `$ref` (or carries `ref`) value. */
  pointer: string;
  ref: string;
  target: { file: string; name: string } | null;
}

/** Every `$ref`, and every `x-lambda.carries[].ref`, of a file. */
export function refSites(f: SourceFile): RefSite[] {
  const out: RefSite[] = [];
  const walk = (node: JsonValue, pointer: string, inData: boolean) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${pointer}/${i}`, inData));
    if (!isObject(node)) return;
    for (const [k, v] of Object.entries(node)) {
      const here = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!inData && k === '$ref' && typeof v === 'string') out.push({ from: f.path, pointer: here, ref: v, target: parseRef(v, f.path) });
      else if (k === 'x-lambda' && isObject(v) && Array.isArray(v.carries))
        v.carries.forEach((c, i) => {
          if (isObject(c) && typeof c.ref === 'string') out.push({ from: f.path, pointer: `${here}/carries/${i}/ref`, ref: c.ref, target: parseRef(c.ref, f.path) });
        });
      else walk(v, here, inData || DATA.has(k) || k === 'x-lambda');
    }
  };
  walk(f.json, '', false);
  return out;
}

const isShared = (file: string) => file.startsWith('_shared/');

/** Definitions outside _shared/ that another file references: `file#name`. */
export function unsharedDefinitions(files: SourceFile[]): Map<string, RefSite[]> {
  const out = new Map<string, RefSite[]>();
  for (const f of files)
    for (const site of refSites(f)) {
      if (!site.target || site.target.file === f.path || isShared(site.target.file)) continue;
      const key = `${site.target.file}#${site.target.name}`;
      out.set(key, [...(out.get(key) ?? []), site]);
    }
  return out;
}

type Move = (target: { file: string; name: string }) => { file: string; name: string };

/** A copy of `json` with every ref resolved from `resolveFrom`, moved by `to`, and spelled from `spellFrom`. */
function rewriteRefs(json: JsonValue, resolveFrom: string, spellFrom: string, to: Move): JsonValue {
  const walk = (node: JsonValue, inData: boolean): JsonValue => {
    if (Array.isArray(node)) return node.map((n) => walk(n, inData));
    if (!isObject(node)) return node;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      if (!inData && k === '$ref' && typeof v === 'string') {
        const t = parseRef(v, resolveFrom);
        out[k] = t ? canonicalRef(spellFrom, to(t).file, t.name) : v;
      } else if (k === 'x-lambda' && isObject(v) && Array.isArray(v.carries)) {
        out[k] = {
          ...v,
          carries: v.carries.map((c) => {
            if (!isObject(c) || typeof c.ref !== 'string') return c;
            const t = parseRef(c.ref, resolveFrom);
            return t ? { ...c, ref: canonicalRef(spellFrom, to(t).file, t.name) } : c;
          }),
        };
      } else out[k] = walk(v, inData || DATA.has(k));
    }
    return out;
  };
  return walk(json, false);
}

/**
 * The registry with every rule above restored: shared definitions moved (with what they reach in
 * their file), refs respelled, files formatted. Returns path -> text for every file that changes.
 */
export function tidy(files: SourceFile[]): Map<string, string> {
  const byPath = new Map(files.map((f) => [f.path, structuredClone(f.json) as JsonObject]));
  // 1. Which definitions move: the cross-file references, closed over same-file references.
  const moving = new Set(unsharedDefinitions(files).keys());
  for (let grew = true; grew; ) {
    grew = false;
    for (const key of [...moving]) {
      const [file, name] = key.split('#') as [string, string];
      const def = (byPath.get(file)!.$defs as JsonObject)[name]!;
      for (const site of refSites({ path: file, json: def as JsonObject })) {
        if (!site.target || site.target.file !== file) continue;
        const k = `${file}#${site.target.name}`;
        if (!moving.has(k)) {
          moving.add(k);
          grew = true;
        }
      }
    }
  }
  const destination = (file: string) => `_shared/${posix.dirname(file)}.schema.json`;
  const moved = new Map<string, string>(); // old key -> new file
  for (const key of moving) moved.set(key, destination(key.split('#')[0]!));
  const to = (t: { file: string; name: string }) => ({ file: moved.get(`${t.file}#${t.name}`) ?? t.file, name: t.name });
  // 2. Respell every ref against the new layout (definitions are rewritten from their old file).
  const rewritten = new Map<string, JsonObject>();
  for (const [path, json] of byPath) rewritten.set(path, rewriteRefs(json, path, path, to) as JsonObject);
  for (const key of [...moving].sort()) {
    const [file, name] = key.split('#') as [string, string];
    const dest = moved.get(key)!;
    const def = (byPath.get(file)!.$defs as JsonObject)[name]!;
    const target =
      rewritten.get(dest) ??
      ({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: `Shared ${posix.dirname(file)} shapes`, description: `Definitions that more than one ${posix.dirname(file)} id uses.`, $defs: {} } as JsonObject);
    target.$defs ??= {};
    (target.$defs as JsonObject)[name] = rewriteRefs(def, file, dest, to);
    target.$defs = Object.fromEntries(Object.entries(target.$defs as JsonObject).sort(([a], [b]) => (a < b ? -1 : 1)));
    rewritten.set(dest, target);
    const owner = rewritten.get(file)!;
    delete (owner.$defs as JsonObject)[name];
    if (Object.keys(owner.$defs as JsonObject).length === 0) delete owner.$defs;
  }
  const out = new Map<string, string>();
  const original = new Map(files.map((f) => [f.path, f]));
  for (const [path, json] of rewritten) {
    const text = formatSchema(json);
    if (original.get(path)?.text !== text) out.set(path, text);
  }
  return out;
}
