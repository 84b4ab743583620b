/**
 * The changes between two versions of a registry, per id, with the semver level each needs
 * (compare.ts says why from the consumer's side). Works on any schemas/ folder of the registry's
 * vocabulary: the registry's own, or a team's event contracts.
 */
import type { JsonObject, Registry, RegistryEntry } from '../model.ts';
import { bundle } from '../refs.ts';
import { type Change, type Level, maxLevel, same, SchemaComparison } from './compare.ts';

export interface RegistryVersion {
  registry: Registry;
  /** Sample template text by id. */
  samples: Map<string, string>;
}


/** The schema the validators and types are made from, without the registry metadata. */
function payloadSchema(registry: Registry, id: string): JsonObject {
  const { 'x-lambda': _meta, $id: _id, ...rest } = bundle(registry, id);
  return rest;
}

function metadataChanges(a: RegistryEntry, b: RegistryEntry): Change[] {
  const out: Change[] = [];
  const add = (pointer: string, change: string, level: Level, reason: string) => out.push({ id: a.id, pointer, change, level, reason });
  if (a.detect && !b.detect) add('/x-lambda/detect', 'detection rule removed', 'major', 'events of this id are no longer detected (CLI, detect())');
  else if (!a.detect && b.detect) add('/x-lambda/detect', 'detection rule added', 'minor', 'events of this id are now detected');
  else if (!same(a.detect, b.detect)) add('/x-lambda/detect', 'detection rule changed', 'major', 'events detected before may no longer be');
  if (!same(a.invocation, b.invocation)) add('/x-lambda/invocation', `invocation ${a.invocation.join('|')} → ${b.invocation.join('|')}`, 'major', 'the handler result type follows the invocation type');
  if (a.result !== b.result) add('/x-lambda/result', `result ${a.result ?? '(none)'} → ${b.result ?? '(none)'}`, 'major', 'the handler result type changes');
  if (a.kind !== b.kind) add('/x-lambda/kind', `kind ${a.kind} → ${b.kind}`, 'major', 'the id is used differently');
  if (a.typeName !== b.typeName) add('', `type renamed ${a.typeName} → ${b.typeName}`, 'major', 'imports of the old type name no longer compile');
  if (a.docs !== b.docs || a.title !== b.title) add('/x-lambda/docs', 'documentation changed', 'patch', 'documentation only');
  return out;
}

export function diffRegistries(before: RegistryVersion, after: RegistryVersion): Change[] {
  const changes: Change[] = [];
  const oldIds = new Map(before.registry.entries.map((e) => [e.id, e]));
  const newIds = new Map(after.registry.entries.map((e) => [e.id, e]));
  for (const [id] of oldIds) if (!newIds.has(id)) changes.push({ id, pointer: '/', change: 'id removed', level: 'major', reason: 'imports of this id no longer resolve' });
  for (const [id] of newIds) if (!oldIds.has(id)) changes.push({ id, pointer: '/', change: 'id added', level: 'minor', reason: 'a new event source or result' });
  for (const [id, a] of oldIds) {
    const b = newIds.get(id);
    if (!b) continue;
    changes.push(...metadataChanges(a, b));
    const side = a.kind === 'result' ? 'result' : 'event';
    const comparison = new SchemaComparison(id, side, payloadSchema(before.registry, id), payloadSchema(after.registry, id));
    comparison.compare();
    changes.push(...comparison.changes);
    if (before.samples.get(id) !== after.samples.get(id)) changes.push({ id, pointer: '/', change: 'sample changed', level: 'patch', reason: 'samples are documentation' });
  }
  const order = (c: Change) => ['major', 'minor', 'patch'].indexOf(c.level);
  return changes.sort((x, y) => order(x) - order(y) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0) || (x.pointer < y.pointer ? -1 : x.pointer > y.pointer ? 1 : 0));
}

/** The level a release with these changes needs (null: nothing changed). */
export const requiredLevel = (changes: Change[]): Level | null => maxLevel(changes.map((c) => c.level));

/** Human text: grouped by level, then id. */
export function renderChanges(changes: Change[]): string {
  if (changes.length === 0) return 'no changes\n';
  const lines: string[] = [];
  for (const level of ['major', 'minor', 'patch'] as const) {
    const of = changes.filter((c) => c.level === level);
    if (of.length === 0) continue;
    lines.push(`${level} (${of.length}):`);
    let id = '';
    for (const c of of) {
      if (c.id !== id) lines.push(`  ${(id = c.id)}`);
      lines.push(`    ${c.pointer} ${c.change}: ${c.reason}`);
    }
  }
  lines.push(`required release: ${requiredLevel(changes)}`);
  return lines.join('\n') + '\n';
}
