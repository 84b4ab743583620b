/**
 * The generated types compile under `tsc --strict` together with: the type-level tests in
 * test/types/usage.ts, and one assignment per real corpus event and per valid fixture to the
 * type of its id (object literals, so literal types such as `eventSource: "aws:sqs"` are checked).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { corpusEvents, readCorpus, withCorpus } from '../support/corpus.ts';
import { FIXTURES, GENERATED, ROOT } from '../support/paths.ts';
import { loadRegistry } from '../support/registry.ts';
import { decisions } from '../corpus-decisions.ts';

const Types = suite('types: generated declarations under tsc --strict');

Types('generated/ and the type tests compile; every real event is assignable to its type', async () => {
  const { registry } = await loadRegistry();
  const typeOf = new Map(registry.entries.map((e) => [e.id, e.typeName]));
  const samples: { label: string; id: string; value: unknown }[] = [];
  for (const entry of corpusEvents(new Set(typeOf.keys()))) {
    if (decisions[entry.path]?.valid === false) continue;
    samples.push({ label: `corpus ${entry.path}`, id: entry.id, value: readCorpus(entry) });
  }
  for (const id of readdirSync(join(FIXTURES, 'valid')))
    for (const file of readdirSync(join(FIXTURES, 'valid', id)))
      samples.push({ label: `fixture ${id}/${file}`, id, value: JSON.parse(readFileSync(join(FIXTURES, 'valid', id, file), 'utf8')) });

  const dir = join(ROOT, '.tmp', 'types-test');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names = [...new Set(samples.map((s) => typeOf.get(s.id)!))].sort();
  // accept<T>()(literal) infers literal types against T without excess-property checks: an extra
  // field AWS (or a corpus file) adds is drift for --strict to report, not a type error.
  const lines = [
    `import type { ${names.join(', ')} } from '${relative(dir, join(GENERATED, 'index.js'))}';`,
    'const accept = <T,>() => <U extends T>(value: U): T => value;',
  ];
  samples.forEach((s, i) => lines.push(`// ${s.label}`, `export const e${i} = accept<${typeOf.get(s.id)}>()(${JSON.stringify(s.value, null, 2)});`));
  const assignments = join(dir, 'assignments.ts');
  writeFileSync(assignments, lines.join('\n') + '\n');

  const program = ts.createProgram([assignments, join(ROOT, 'test', 'types', 'usage.ts'), join(GENERATED, 'index.d.ts')], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    types: [],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${relative(ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  assert.equal(diagnostics, [], diagnostics.slice(0, 10).join('\n'));
  assert.ok(samples.length >= 20, `only ${samples.length} events were type-checked`);
  rmSync(dir, { recursive: true, force: true });
});

withCorpus(Types, 'the real corpus events are part of that check', async () => {
  const { registry } = await loadRegistry();
  assert.ok(corpusEvents(new Set(registry.entries.map((e) => e.id))).length >= 80);
});

Types.run();
