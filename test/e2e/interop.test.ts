/**
 * Interop with @types/aws-lambda at the type level. For every id that @types covers (the names
 * in ../shared/registry-targets.json, anchors.types): every real corpus event, fixture and
 * sample of the id is checked against our type and against theirs, in both directions (fits ours
 * but not theirs, fits theirs but not ours). Every mismatch must be documented in
 * test/interop-decisions.ts with which side is wrong about AWS and why; an undocumented mismatch,
 * or a documented one that no longer happens, fails the test.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { corpusEvents, readCorpus, withCorpus } from '../support/corpus.ts';
import { FIXTURES, GENERATED, ROOT, TARGETS } from '../support/paths.ts';
import { loadRegistry } from '../support/registry.ts';
import { sampleModule } from '../support/samples.ts';
import { decisions as corpusDecisions } from '../corpus-decisions.ts';
import { interop } from '../interop-decisions.ts';

/** The @types/aws-lambda type for an anchor, or null when it has no usable counterpart. */
export function theirType(anchor: string | undefined): string | null {
  if (!anchor || anchor === 'None' || anchor.includes('†') || anchor.includes('handler signature only')) return null;
  const names = anchor.split(' (')[0]!.split(' / ').map((n) => n.trim());
  if (names.some((n) => !/^[A-Z][A-Za-z0-9]*(<[A-Za-z, ]+>)?$/.test(n))) return null;
  // Their generics without defaults get the widest argument, so the check is about the envelope.
  const GENERIC: Record<string, string> = {
    AppSyncResolverEvent: 'AppSyncResolverEvent<Record<string, unknown>>',
    AppSyncAuthorizerResult: 'AppSyncAuthorizerResult<Record<string, unknown>>',
  };
  return names.map((n) => GENERIC[n] ?? n.replace('<TDetailType, TDetail>', '<string, unknown>').replace(/<T>$/, '<unknown>')).join(' | ');
}

const Interop = suite('interop: generated types vs @types/aws-lambda');

withCorpus(Interop, 'real events fit both our type and theirs, except the documented mismatches', async () => {
  const targets = JSON.parse(readFileSync(TARGETS, 'utf8')) as { id: string; anchors: { types?: string } }[];
  const { registry } = await loadRegistry();
  const ours = new Map(registry.entries.map((e) => [e.id, e.typeName]));
  const m = await sampleModule();
  const checks: { key: string; code: string }[] = [];
  const lines = [`import type * as Ours from '${relative(join(ROOT, '.tmp', 'interop'), join(GENERATED, 'index.js'))}';`, `import type * as Theirs from 'aws-lambda';`, 'const accept = <T,>() => <U extends T>(value: U): T => value;'];
  for (const t of targets) {
    const oursName = ours.get(t.id);
    const theirs = theirType(t.anchors.types);
    if (!oursName || !theirs) continue;
    const theirsType = theirs.split(' | ').map((n) => `Theirs.${n}`).join(' | ');
    const events: { source: string; value: unknown }[] = [];
    for (const e of corpusEvents(new Set([t.id]))) if (corpusDecisions[e.path]?.valid !== false) events.push({ source: e.path, value: readCorpus(e) });
    const fixtureDir = join(FIXTURES, 'valid', t.id);
    if (existsSync(fixtureDir)) for (const f of readdirSync(fixtureDir)) events.push({ source: `fixture ${f}`, value: JSON.parse(readFileSync(join(fixtureDir, f), 'utf8')) });
    if (m.sampleIds.includes(t.id)) events.push({ source: 'sample', value: m.sample(t.id) });
    for (const e of events) {
      checks.push({ key: `${t.id} | ${e.source} | fits ours`, code: `accept<Ours.${oursName}>()(${JSON.stringify(e.value)});` });
      checks.push({ key: `${t.id} | ${e.source} | fits theirs`, code: `accept<${theirsType}>()(${JSON.stringify(e.value)});` });
    }
  }
  // One statement per line, so a diagnostic's line names its check.
  const first = lines.length + 1;
  for (const c of checks) lines.push(c.code.replace(/\n/g, ' '));
  const dir = join(ROOT, '.tmp', 'interop');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'interop.ts');
  writeFileSync(file, lines.join('\n') + '\n');
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
    skipLibCheck: true,
  });
  const failing = new Map<string, string>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (!d.file || d.file.fileName !== file) {
      failing.set(`(setup) ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`, '');
      continue;
    }
    const line = d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1;
    const check = checks[line - first];
    if (check && !failing.has(check.key)) failing.set(check.key, ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(-400));
  }
  rmSync(dir, { recursive: true, force: true });
  const undocumented = [...failing.entries()].filter(([key]) => !(key in interop)).map(([key, why]) => `${key}\n      ${why}`);
  const stale = Object.keys(interop).filter((key) => !failing.has(key) && checks.some((c) => c.key === key));
  if (process.env.INTEROP_DUMP) writeFileSync(process.env.INTEROP_DUMP, JSON.stringify(Object.fromEntries(failing), null, 1));
  assert.equal(undocumented, [], `undocumented mismatches (add them to test/interop-decisions.ts with which side is wrong and why):\n${undocumented.join('\n')}`);
  assert.equal(stale, [], `documented mismatches that no longer happen:\n${stale.join('\n')}`);
  assert.ok(checks.length > 50, `only ${checks.length} checks ran`);
});

Interop.run();
