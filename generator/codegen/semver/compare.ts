/**
 * What a change to one id's schema means for the package's users, from the consumer's side.
 * Both sides are bundled schemas (every `$ref` local, shared definitions inlined), so a change in
 * `_shared/` is seen in every id that reaches it.
 *
 * - Events are data the user reads: a removed property, a widened type (may now be null, a new
 *   enum value), a required property made optional are major; a new optional property or a
 *   narrowed type is minor for the types.
 * - Results are data the user writes, so the direction flips: a new required property or a
 *   narrower type is major; anything the user may now also write is minor.
 * - Validators: anything that can reject a value accepted before (a new `required`, a tighter
 *   `pattern` or bound, an enum value removed, a narrower type) is major, even where the type
 *   is unchanged; accepting more is minor.
 * - Descriptions are patch.
 */
import type { JsonObject, JsonValue } from '../model.ts';

export type Level = 'major' | 'minor' | 'patch';
export const LEVELS: Level[] = ['patch', 'minor', 'major'];
export const maxLevel = (levels: Level[]): Level | null =>
  levels.length === 0 ? null : LEVELS[Math.max(...levels.map((l) => LEVELS.indexOf(l)))]!;

export interface Change {
  id: string;
  /** JSON pointer into the payload (`*` for every array item or map value). */
  pointer: string;
  change: string;
  level: Level;
  reason: string;
}

export type Side = 'event' | 'result';

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const types = (s: JsonObject): string[] | null => {
  if (typeof s.type === 'string') return [s.type];
  if (Array.isArray(s.type)) return (s.type as string[]).slice().sort();
  return null;
};
/** `integer` is a kind of `number`: widening integer to number accepts more. */
const covers = (wide: string[], t: string) => wide.includes(t) || (t === 'integer' && wide.includes('number'));
const constants = (s: JsonObject): JsonValue[] | null => ('const' in s ? [s.const!] : Array.isArray(s.enum) ? (s.enum as JsonValue[]) : null);
/** Equal JSON text. */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const fmt = (v: unknown) => JSON.stringify(v);

const BOUNDS: [string, 'min' | 'max'][] = [
  ['minLength', 'min'],
  ['maxLength', 'max'],
  ['minimum', 'min'],
  ['maximum', 'max'],
  ['exclusiveMinimum', 'min'],
  ['exclusiveMaximum', 'max'],
  ['minItems', 'min'],
  ['maxItems', 'max'],
  ['minProperties', 'min'],
  ['maxProperties', 'max'],
];

export class SchemaComparison {
  readonly changes: Change[] = [];

  constructor(
    private readonly id: string,
    private readonly side: Side,
    private readonly oldRoot: JsonObject,
    private readonly newRoot: JsonObject,
  ) {}

  private add(pointer: string, change: string, level: Level, reason: string): void {
    this.changes.push({ id: this.id, pointer: pointer || '/', change, level, reason });
  }

  private resolve(root: JsonObject, node: JsonValue): JsonValue {
    for (let i = 0; i < 32 && isObject(node) && typeof node.$ref === 'string'; i++) {
      const name = /^#\/\$defs\/(\w+)$/.exec(node.$ref)?.[1];
      const target = name ? (root.$defs as JsonObject | undefined)?.[name] : undefined;
      if (target === undefined) return node;
      const { $ref: _ref, ...siblings } = node;
      node = Object.keys(siblings).length > 0 ? { allOf: [siblings, target] } : target;
    }
    return node;
  }

  /**
   * One node with its `$ref`s followed and its `allOf` branches merged: properties gathered (a
   * property in several branches becomes their allOf, merged in turn when compared), required
   * united, types and constants intersected, patterns collected, bounds tightest.
   */
  private flatten(root: JsonObject, node: JsonValue, depth = 0): JsonObject | null {
    const n = this.resolve(root, node);
    if (!isObject(n)) return null;
    if (!Array.isArray(n.allOf) || depth > 16) return n;
    const { allOf, ...own } = n;
    const parts = [own, ...(allOf as JsonValue[]).map((b) => this.flatten(root, b, depth + 1)).filter((b): b is JsonObject => b !== null)];
    const out: JsonObject = {};
    const props = new Map<string, JsonValue[]>();
    const required = new Set<string>();
    const patterns = new Set<string>();
    for (const p of parts) {
      for (const [k, v] of Object.entries(p)) {
        if (v === undefined) continue;
        if (k === 'properties' && isObject(v)) for (const [name, sub] of Object.entries(v)) props.set(name, [...(props.get(name) ?? []), sub]);
        else if (k === 'required' && Array.isArray(v)) for (const r of v) required.add(String(r));
        else if (k === 'pattern' && typeof v === 'string') patterns.add(v);
        else if (k === 'type') {
          const t = types(p)!;
          const prev = out.type === undefined ? null : types(out);
          out.type = prev === null ? t : prev.filter((x) => t.includes(x));
        } else if (k === 'const' || k === 'enum') {
          const c = constants(p)!;
          const prev = constants(out);
          out.enum = prev === null ? c : prev.filter((x) => c.some((y) => same(x, y)));
          delete out.const;
        } else if (k === 'items' || k === 'additionalProperties') out[k] = out[k] === undefined ? v : { allOf: [out[k]!, v] };
        else if (!(k in out)) out[k] = v;
      }
    }
    if (props.size > 0) out.properties = Object.fromEntries([...props].map(([k, list]) => [k, list.length === 1 ? list[0]! : { allOf: list }]));
    if (required.size > 0) out.required = [...required].sort();
    if (patterns.size === 1) out.pattern = [...patterns][0]!;
    else if (patterns.size > 1) out.pattern = [...patterns].sort().join(' and ');
    return out;
  }

  /** Pairs of definitions already compared: recursive definitions (DynamoDB AttributeValue) are compared once. */
  private readonly pairs = new Set<string>();

  compare(oldNode: JsonValue = this.oldRoot, newNode: JsonValue = this.newRoot, pointer = ''): void {
    if (isObject(oldNode) && isObject(newNode) && typeof oldNode.$ref === 'string' && typeof newNode.$ref === 'string') {
      const pair = `${oldNode.$ref} ${newNode.$ref}`;
      if (this.pairs.has(pair)) return;
      this.pairs.add(pair);
    }
    const a = this.flatten(this.oldRoot, oldNode);
    const b = this.flatten(this.newRoot, newNode);
    if (!isObject(a) || !isObject(b)) {
      if (!same(a, b)) this.add(pointer, 'schema changed', 'major', 'the schema at this point changed in a way that cannot be compared: treated as breaking');
      return;
    }
    // Recursive definitions (DynamoDB AttributeValue) would recurse forever: stop where the pointer repeats itself.
    if (pointer.split('/').length > 24) return;
    // Equal text is equal meaning only without refs: a ref names a definition that may have changed.
    if (same(a, b) && !JSON.stringify(a).includes('"$ref"')) return;
    const reads = this.side === 'event';

    if (a.description !== b.description || a.title !== b.title) this.add(pointer, 'description changed', 'patch', 'documentation only');

    // Types.
    const ta = types(a);
    const tb = types(b);
    if (ta && tb && !same(ta, tb)) {
      const added = tb.filter((t) => !covers(ta, t));
      const removed = ta.filter((t) => !covers(tb, t));
      if (added.length > 0)
        this.add(pointer, `type widened: now also ${added.join(', ')}`, reads ? 'major' : 'minor', reads ? 'handlers that read this value must now handle the new type' : 'the result may now also be written this way');
      if (removed.length > 0) this.add(pointer, `type narrowed: no longer ${removed.join(', ')}`, 'major', 'the validator rejects values accepted before');
    } else if (!ta && tb) this.add(pointer, `type constrained to ${tb.join(', ')}`, 'major', 'the validator rejects values accepted before');
    else if (ta && !tb) this.add(pointer, 'type constraint removed', reads ? 'major' : 'minor', reads ? 'handlers that read this value must handle any type' : 'the result accepts any type here');

    // Constants and enums.
    const ca = constants(a);
    const cb = constants(b);
    if (ca && cb) {
      const added = cb.filter((v) => !ca.some((x) => same(x, v)));
      const removed = ca.filter((v) => !cb.some((x) => same(x, v)));
      if (added.length > 0)
        this.add(pointer, `value${added.length > 1 ? 's' : ''} added: ${added.map(fmt).join(', ')}`, reads ? 'major' : 'minor', reads ? 'the type widens: an exhaustive switch over this value no longer compiles' : 'the result may now take these values');
      if (removed.length > 0) this.add(pointer, `value${removed.length > 1 ? 's' : ''} removed: ${removed.map(fmt).join(', ')}`, 'major', 'the validator rejects values accepted before');
    } else if (!ca && cb) this.add(pointer, `restricted to ${cb.map(fmt).join(', ')}`, 'major', 'the validator rejects values accepted before');
    else if (ca && !cb) this.add(pointer, `no longer restricted to ${ca.map(fmt).join(', ')}`, reads ? 'major' : 'minor', reads ? 'the type widens to any value' : 'the result may take any value');

    // Value checks.
    if (a.pattern !== b.pattern) {
      if (b.pattern === undefined) this.add(pointer, `pattern removed (${fmt(a.pattern)})`, 'minor', 'the validator accepts more');
      else this.add(pointer, a.pattern === undefined ? `pattern added (${fmt(b.pattern)})` : `pattern changed: ${fmt(a.pattern)} → ${fmt(b.pattern)}`, 'major', 'the validator may reject values accepted before');
    }
    for (const [k, dir] of BOUNDS) {
      const va = a[k] as number | undefined;
      const vb = b[k] as number | undefined;
      if (va === vb) continue;
      const tighter = vb !== undefined && (va === undefined || (dir === 'min' ? vb > va : vb < va));
      this.add(pointer, `${k} ${va ?? '(none)'} → ${vb ?? '(none)'}`, tighter ? 'major' : 'minor', tighter ? 'the validator rejects values accepted before' : 'the validator accepts more');
    }

    // Object members.
    const sa = { properties: new Map(Object.entries(isObject(a.properties) ? a.properties : {})), required: new Set((a.required as string[] | undefined) ?? []) };
    const sb = { properties: new Map(Object.entries(isObject(b.properties) ? b.properties : {})), required: new Set((b.required as string[] | undefined) ?? []) };
    for (const [name, schema] of sa.properties) {
      const here = `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!sb.properties.has(name)) {
        this.add(here, 'property removed', 'major', reads ? 'handlers that read it no longer compile' : 'results that set it no longer compile (excess property)');
        continue;
      }
      this.compare(schema, sb.properties.get(name)!, here);
    }
    for (const name of sb.properties.keys()) {
      if (sa.properties.has(name)) continue;
      const here = `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (sb.required.has(name)) this.add(here, 'required property added', 'major', reads ? 'the validator rejects events without it' : 'results without it no longer compile or validate');
      else this.add(here, 'optional property added', 'minor', reads ? 'a new field handlers may read' : 'a new field results may set');
    }
    for (const name of sb.required) {
      if (sa.required.has(name) || !sa.properties.has(name)) continue;
      this.add(`${pointer}/${name}`, 'made required', 'major', reads ? 'the validator rejects events without it' : 'results without it no longer compile or validate');
    }
    for (const name of sa.required) {
      if (sb.required.has(name) || !sb.properties.has(name)) continue;
      this.add(`${pointer}/${name}`, 'made optional', reads ? 'major' : 'minor', reads ? 'under strict TypeScript, handlers that read it must now handle its absence' : 'results may now omit it');
    }

    // Arrays and maps.
    if (a.items !== undefined || b.items !== undefined) {
      if (a.items !== undefined && b.items !== undefined) this.compare(a.items, b.items, `${pointer}/*`);
      else this.add(`${pointer}/*`, b.items === undefined ? 'item schema removed' : 'item schema added', b.items === undefined ? (reads ? 'major' : 'minor') : 'major', 'the items are typed differently');
    }
    if (isObject(a.additionalProperties) && isObject(b.additionalProperties)) this.compare(a.additionalProperties, b.additionalProperties, `${pointer}/*`);

    // Alternatives: compared branch by branch when their number is unchanged.
    for (const k of ['anyOf', 'oneOf'] as const) {
      const ba = a[k];
      const bb = b[k];
      if (!Array.isArray(ba) && !Array.isArray(bb)) continue;
      if (Array.isArray(ba) && Array.isArray(bb) && ba.length === bb.length) ba.forEach((x, i) => this.compare(x, bb[i]!, pointer));
      else if (Array.isArray(ba) && Array.isArray(bb) && bb.length > ba.length && ba.every((x, i) => same(x, bb[i])))
        this.add(pointer, `${k}: ${bb.length - ba.length} alternative(s) added`, reads ? 'major' : 'minor', reads ? 'handlers must handle the new shape' : 'results may take the new shape');
      else this.add(pointer, `${k} alternatives changed`, 'major', 'the alternatives changed in a way that may reject values accepted before');
    }
  }
}
