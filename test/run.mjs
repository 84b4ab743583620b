// npm test: run every uvu suite (TypeScript through tsx) and fail when no test ran, which uvu
// alone reports as success. The suites run in two processes at once (this machine has two cores),
// balanced by their measured cost; each process's output is printed whole, in turn. Ends with the
// plain line "N passed, N failed[, N skipped]".
// Usage: npm test [-- <file regex>]          e.g. npm test -- corpus
//        npm run test:unit [-- <file regex>] (codegen, runtime, cli and schema suites: no build, no packing)
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const testDir = join(root, 'test');
const uvu = join(root, 'node_modules', 'uvu', 'bin.js');
const args = process.argv.slice(2);
const unit = args.includes('--unit');
const filter = args.find((a) => a !== '--unit');

/** Seconds each suite took here (2-core machine); unlisted suites count as one. Only used to balance the two processes. */
const COST = {
  'e2e/package.test.ts': 19,
  'codegen/generate.test.ts': 13.5,
  'e2e/codegen-package.test.ts': 12,
  'e2e/release.test.ts': 8,
  'slow/robustness.test.ts': 6,
  'codegen/typecheck.test.ts': 4.5, // the SDK's and middy's types for the Invoke and interop type tests (declarations themselves not checked)
  'schemas/fixtures.test.ts': 4.5,
  'slow/samples-property.test.ts': 4,
  'e2e/types.test.ts': 4,
  'codegen/check-code.test.ts': 3.5,
  'e2e/readme.test.ts': 3.5,
  'e2e/interop.test.ts': 3.5,
  'e2e/corpus.test.ts': 2.5,
  'schemas/samples.test.ts': 1.5,
  'codegen/user-check.test.ts': 1.5,
  'codegen/detection.test.ts': 1.5,
  'runtime/standard-schema.test.ts': 1.5,
};
/** Suites that need the full build, the packed package or large inputs: not part of test:unit. */
const NOT_UNIT = /^(e2e|slow)\/|^codegen\/(generate|typecheck)\.test\.ts$/;

const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const files = walk(testDir)
  .map((f) => relative(testDir, f).split('\\').join('/'))
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => !unit || !NOT_UNIT.test(f))
  .filter((f) => !filter || new RegExp(filter).test(f))
  .sort();

// Greedy balance: the costliest suite first, each to the lighter process.
const PROCESSES = 2;
const groups = Array.from({ length: PROCESSES }, () => ({ files: [], cost: 0 }));
for (const f of [...files].sort((a, b) => (COST[b] ?? 1) - (COST[a] ?? 1))) {
  const g = groups.reduce((min, x) => (x.cost < min.cost ? x : min));
  g.files.push(f);
  g.cost += COST[f] ?? 1;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
function run(group) {
  if (group.files.length === 0) return Promise.resolve({ output: '', code: 0 });
  const pattern = `^(${group.files.map(escape).join('|')})$`;
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', uvu, 'test', pattern], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => resolve({ output: `${output}\n(process of ${group.files.length} suite files, estimated ${group.cost.toFixed(0)} s: ${((Date.now() - started) / 1000).toFixed(1)} s)\n`, code }));
  });
}

const results = await Promise.all(groups.map(run));
let total = 0;
let passed = 0;
let skipped = 0;
let failedProcess = false;
for (const { output, code } of results) {
  process.stdout.write(output);
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const count = (label) => Number(new RegExp(`^\\s*${label}:\\s+(\\d+)`, 'm').exec(plain)?.[1] ?? 0);
  total += count('Total');
  passed += count('Passed');
  skipped += count('Skipped');
  if (code !== 0) failedProcess = true;
}
// uvu's Total counts the tests that ran; skipped ones are reported apart.
const failed = total - passed;
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (total === 0) {
  console.error(`no test ran (${files.length} suite files matched): failing, because a run that tests nothing proves nothing`);
  process.exitCode = 1;
} else process.exitCode = !failedProcess && failed === 0 ? 0 : 1;
