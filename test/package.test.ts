/**
 * The published package: publint and attw (ESM-only profile) are clean; the packed tarball
 * installs into an empty project with no network and no dependencies, and a strict TypeScript
 * consumer compiles and runs against it; a one-validator handler stays within the bundle budget.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CORPUS, GENERATED, ROOT } from './support/paths.ts';

/** Budget for a handler that imports defineHandler and one validator, minified and gzipped. */
export const BUNDLE_BUDGET_GZIP = 6 * 1024;

const Package = suite('package');
const work = mkdtempSync(join(tmpdir(), 'ler-package-'));
let tarball = '';

Package.before(() => {
  const out = execFileSync('npm', ['pack', GENERATED, '--pack-destination', work, '--json', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  tarball = join(work, (JSON.parse(out) as { filename: string }[])[0]!.filename);
});

Package('package.json: ESM, types first in every condition, no dependencies, side-effect free, engines stated', () => {
  const pkg = JSON.parse(readFileSync(join(GENERATED, 'package.json'), 'utf8')) as Record<string, unknown>;
  assert.is(pkg.type, 'module');
  assert.is(pkg.sideEffects, false);
  assert.ok(pkg.engines);
  assert.is(pkg.dependencies, undefined);
  for (const [path, target] of Object.entries(pkg.exports as Record<string, unknown>))
    if (typeof target === 'object' && target) assert.is(Object.keys(target)[0], 'types', `${path}: types must come first`);
});

Package('publint reports nothing', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'publint', 'src', 'cli.js'), 'run', GENERATED, '--strict'], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.not.match(r.stdout, /Suggestions|Warnings|Errors/, r.stdout);
});

Package('@arethetypeswrong/cli (ESM-only profile) reports no problems', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'), tarball, '--profile', 'esm-only', '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  // The ESM-only profile ignores the CommonJS resolutions (node10, node16-cjs); every other problem counts.
  const report = JSON.parse(r.stdout) as { analysis: { problems: { kind: string; resolutionKind?: string; entrypoint?: string }[] } };
  const counted = report.analysis.problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
  assert.equal(counted, []);
  assert.is(r.status, 0, 'attw exits non-zero on problems');
});

Package('the tarball installs offline into an empty project; a strict TypeScript consumer compiles and runs', () => {
  const app = join(work, 'app');
  cpSync(join(ROOT, 'test', 'consumer'), app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const corpusEvent = join(CORPUS, 'aws-lambda-go', 'sqs-event.json');
  writeFileSync(join(app, 'captured.json'), existsSync(corpusEvent) ? readFileSync(corpusEvent) : readFileSync(join(GENERATED, 'samples', 'sqs.batch.json')));
  execFileSync('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--silent'], { cwd: app, encoding: 'utf8' });
  const installed = readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
  assert.equal(installed, ['lambda-event-registry'], 'zero runtime dependencies');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const compiled = spawnSync(
    process.execPath,
    [tsc, '--strict', '--exactOptionalPropertyTypes', '--noUncheckedIndexedAccess', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--outDir', app, join(app, 'handler.ts')],
    { cwd: app, encoding: 'utf8' },
  );
  assert.is(compiled.status, 0, compiled.stdout + compiled.stderr);
  const run = spawnSync(process.execPath, [join(app, 'run.mjs')], { cwd: app, encoding: 'utf8' });
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout.trim(), 'captured=aws:sqs detect=sqs.batch failures=1 rejected=required standard=1 status=200');
});

Package(`a handler with one validator bundles (esbuild, minified) under ${BUNDLE_BUDGET_GZIP} bytes gzip, for every id`, async () => {
  const ids = Object.keys((JSON.parse(readFileSync(join(GENERATED, 'registry.json'), 'utf8')) as { ids: object }).ids);
  const over: string[] = [];
  for (const id of ids) {
    const entry = `import { validate } from './validators/${id}.js';
import { defineHandler } from './handler.js';
export const handler = defineHandler(${JSON.stringify(id)}, async () => undefined, { validate });`;
    const r = await build({ stdin: { contents: entry, resolveDir: GENERATED, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
    const size = gzipSync(r.outputFiles[0]!.contents, { level: 9 }).length;
    if (size > BUNDLE_BUDGET_GZIP) over.push(`${id}: ${size} bytes`);
  }
  assert.equal(over, [], `over the budget: ${over.join(', ')}`);
});

Package.after(() => rmSync(work, { recursive: true, force: true }));
Package.run();
