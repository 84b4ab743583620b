/**
 * Drift: the properties a payload carries that its schema does not declare, as JSON pointers.
 * Validators accept them (AWS adds fields); `--strict` reports them. The walk follows `$ref`,
 * and takes the union of what `allOf`/`anyOf`/`oneOf` branches declare, so a property any branch
 * knows is never reported. Maps (`additionalProperties` with a schema, or `true`) have data
 * keys, never drift. Iterative, so deep payloads cannot overflow the stack.
 */

type Schema = { [key: string]: unknown } | boolean;

interface Shape {
  /** Declared properties: name -> subschemas. */
  properties: Map<string, Schema[]>;
  patterns: { re: RegExp; schemas: Schema[] }[];
  /** Schemas for undeclared keys (maps); `open` when `additionalProperties: true`. */
  additional: Schema[];
  open: boolean;
  items: Schema[];
}

import { escapeToken as escape } from '../runtime/pointer.ts';

export function createDriftFinder(root: { [key: string]: unknown }) {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const cache = new Map<string, Shape>();
  const ids = new Map<Schema, number>();
  const idOf = (s: Schema) => {
    if (!ids.has(s)) ids.set(s, ids.size);
    return ids.get(s)!;
  };

  /** Every schema that applies to the same value, following $ref and combinators. */
  function expand(schemas: Schema[]): Schema[] {
    const out: Schema[] = [];
    const seen = new Set<Schema>();
    const stack = [...schemas];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      out.push(s);
      if (typeof s !== 'object') continue;
      if (typeof s.$ref === 'string') {
        const name = /^#\/\$defs\/(.+)$/.exec(s.$ref)?.[1];
        const target = name === undefined ? undefined : defs[name];
        if (target !== undefined) stack.push(target);
      }
      for (const k of ['allOf', 'anyOf', 'oneOf'] as const) if (Array.isArray(s[k])) stack.push(...(s[k] as Schema[]));
    }
    return out;
  }

  function shape(schemas: Schema[]): Shape {
    const all = expand(schemas);
    const key = all.map(idOf).sort((a, b) => a - b).join(',');
    const hit = cache.get(key);
    if (hit) return hit;
    const result: Shape = { properties: new Map(), patterns: [], additional: [], open: false, items: [] };
    let declares = false;
    for (const s of all) {
      if (s === true) result.open = true;
      if (typeof s !== 'object') continue;
      if (s.properties && typeof s.properties === 'object') {
        declares = true;
        for (const [name, sub] of Object.entries(s.properties as Record<string, Schema>)) {
          const list = result.properties.get(name) ?? [];
          list.push(sub);
          result.properties.set(name, list);
        }
      }
      if (s.patternProperties && typeof s.patternProperties === 'object')
        for (const [p, sub] of Object.entries(s.patternProperties as Record<string, Schema>)) result.patterns.push({ re: new RegExp(p, 'u'), schemas: [sub] });
      if (s.additionalProperties === true) result.open = true;
      else if (s.additionalProperties && typeof s.additionalProperties === 'object') result.additional.push(s.additionalProperties as Schema);
      if (s.items !== undefined && typeof s.items !== 'boolean') result.items.push(s.items as Schema);
      if (s.tsType !== undefined) result.open = true; // generic parameters: the user's type decides
    }
    // A schema that declares nothing about an object's keys says nothing to drift from.
    if (!declares && result.additional.length === 0 && result.patterns.length === 0) result.open = true;
    cache.set(key, result);
    return result;
  }

  return function drift(data: unknown, maxReported = 1000): string[] {
    const found: string[] = [];
    const stack: { value: unknown; schemas: Schema[]; pointer: string }[] = [{ value: data, schemas: [root], pointer: '' }];
    while (stack.length > 0 && found.length < maxReported) {
      const { value, schemas, pointer } = stack.pop()!;
      if (value === null || typeof value !== 'object' || schemas.length === 0) continue;
      const s = shape(schemas);
      if (Array.isArray(value)) {
        if (s.items.length > 0) for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], schemas: s.items, pointer: `${pointer}/${i}` });
        continue;
      }
      for (const key of Object.keys(value)) {
        const child = (value as Record<string, unknown>)[key];
        const at = `${pointer}/${escape(key)}`;
        const declared = s.properties.get(key);
        if (declared) {
          stack.push({ value: child, schemas: declared, pointer: at });
          continue;
        }
        const patterned = s.patterns.filter((p) => p.re.test(key)).flatMap((p) => p.schemas);
        if (patterned.length > 0) stack.push({ value: child, schemas: patterned, pointer: at });
        else if (s.additional.length > 0) stack.push({ value: child, schemas: s.additional, pointer: at });
        else if (!s.open) found.push(at);
      }
    }
    return found.sort();
  };
}
