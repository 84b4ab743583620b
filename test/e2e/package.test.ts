/**
 * The published package: publint and attw (ESM-only profile) are clean; the packed tarball
 * installs into an empty project with no network and no dependencies, and a strict TypeScript
 * consumer compiles and runs against it; a one-validator handler stays within the bundle budget.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CORPUS, GENERATED, ROOT } from '../support/paths.ts';
import { tsBlocks } from '../support/readme.ts';

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

// Every runtime entry, and each shape of per-id entry (event, result, nested, EventBridge detail type; default
// and /all): the per-id modules are written by one function, so these stand for all 470 (checking all takes 12 s).
const ATTW_ENTRYPOINTS = ['.', './detect', './handler', './invoke', './nested', './sample', './sqs.batch', './sqs.batch/strict', './sqs.batch/all', './sqs.batch.result', './sqs.batch.result/all', './s3.notification-in-sqs/all', './ec2.eventbridge-instance-state-change', './cognito.pre-signup'];

Package('@arethetypeswrong/cli (ESM-only profile) reports no problems', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'), tarball, '--profile', 'esm-only', '--format', 'json', '--entrypoints', ...ATTW_ENTRYPOINTS], { encoding: 'utf8', maxBuffer: 1 << 28 });
  // The ESM-only profile ignores the CommonJS resolutions (node10, node16-cjs); every other problem counts.
  const report = JSON.parse(r.stdout) as { analysis: { problems: { kind: string; resolutionKind?: string; entrypoint?: string }[] } };
  const counted = report.analysis.problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
  assert.equal(counted, []);
  assert.is(r.status, 0, 'attw exits non-zero on problems');
});

/** An empty project with only the packed tarball installed, offline (shared by the tests below). */
function installedApp(): string {
  const app = join(work, 'bin-app');
  if (existsSync(join(app, 'node_modules'))) return app;
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'bin-app', private: true, type: 'module' }));
  execFileSync('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--silent'], { cwd: app, encoding: 'utf8' });
  return app;
}

/**
 * One tsc run for what compiles against the installed package: the consumer (test/consumer) and every
 * code example of the package README and of the repository README, under the strictest settings a
 * user may have (exactOptionalPropertyTypes, noUncheckedIndexedAccess). skipLibCheck: the examples
 * are checked against the package's types, not the AWS SDK's 500 declaration files; the package's
 * own declarations are lib-checked by e2e/types.test.ts.
 */
let compiledOnce: { status: number | null; output: string; examples: { package: number; repository: number } } | undefined;
function compileAgainstPackage(): NonNullable<typeof compiledOnce> {
  if (compiledOnce) return compiledOnce;
  const app = installedApp();
  cpSync(join(ROOT, 'test', 'consumer'), app, { recursive: true });
  const packageBlocks = tsBlocks(join(app, 'node_modules', 'lambda-event-registry', 'README.md'));
  const repositoryBlocks = tsBlocks(join(ROOT, 'README.md'));
  const names = [...packageBlocks, ...repositoryBlocks].map((code, i) => {
    const name = `readme-${i}.ts`;
    writeFileSync(join(app, name), code.includes('export ') ? code : `${code}\nexport {};\n`);
    return name;
  });
  // What the examples use besides the package, as a user installs it beside (the optional peer
  // @aws-sdk/client-lambda, middy, @types): linked one folder above the app, so that the app's own
  // node_modules keeps only the package (and npm never sees it installed).
  const beside = join(work, 'node_modules');
  mkdirSync(beside, { recursive: true });
  for (const scope of ['@aws-sdk', '@middy', '@types']) symlinkSync(join(ROOT, 'node_modules', scope), join(beside, scope), 'dir');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    const r = spawnSync(
      process.execPath,
      [tsc, '--strict', '--exactOptionalPropertyTypes', '--noUncheckedIndexedAccess', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), '--outDir', app, join(app, 'handler.ts'), ...names],
      { cwd: app, encoding: 'utf8' },
    );
    compiledOnce = { status: r.status, output: r.stdout + r.stderr, examples: { package: packageBlocks.length, repository: repositoryBlocks.length } };
  } finally {
    rmSync(beside, { recursive: true, force: true });
  }
  return compiledOnce;
}

Package('the tarball installs offline into an empty project; a strict TypeScript consumer compiles and runs', () => {
  const app = installedApp();
  const corpusEvent = join(CORPUS, 'aws-lambda-go', 'sqs-event.json');
  writeFileSync(join(app, 'captured.json'), existsSync(corpusEvent) ? readFileSync(corpusEvent) : readFileSync(join(GENERATED, 'samples', 'sqs.batch.json')));
  const installed = readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
  assert.equal(installed, ['lambda-event-registry'], 'zero runtime dependencies');
  const compiled = compileAgainstPackage();
  assert.is(compiled.status, 0, compiled.output);
  const run = spawnSync(process.execPath, [join(app, 'run.mjs')], { cwd: app, encoding: 'utf8' });
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout.trim(), 'captured=aws:sqs detect=sqs.batch failures=1 rejected=required standard=1 status=200');
});

/** Run the CLI's source in process, as the repository does, for comparison. */
async function fromSource(argv: string[]): Promise<{ out: string; err: string; code: number }> {
  const { main } = await import('../../generator/cli/program.ts');
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t), color: false, progress: false });
  return { out, err, code };
}

Package('installed from the tarball, `npx lambda-events` runs validate, detect, list, show and sample with the repository\'s output', async () => {
  const app = installedApp();
  const folder = join(ROOT, 'test', 'fixtures', 'valid', 'sqs.batch');
  const runs: string[][] = [
    ['validate', folder, join(ROOT, 'test', 'fixtures', 'cli', 'mixed.ndjson')],
    ['detect', join(ROOT, 'test', 'fixtures', 'cli')],
    ['list'],
    ['show', 'sqs.batch'],
    ['sample', 's3', 'put', '--bucket', 'my-bucket'],
    ['--version'],
  ];
  // The bin npm linked (npx resolves this very link; one npx run below proves it).
  const linked = join(app, 'node_modules', '.bin', 'lambda-events');
  const viaNpx = spawnSync('npx', ['--offline', 'lambda-events', '--version'], { cwd: app, encoding: 'utf8' });
  assert.is(viaNpx.status, 0, viaNpx.stderr);
  assert.is(viaNpx.stdout.trim(), (JSON.parse(readFileSync(join(GENERATED, 'package.json'), 'utf8')) as { version: string }).version);
  for (const argv of runs) {
    const bin = spawnSync(linked, argv, { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const source = await fromSource(argv);
    assert.is(bin.stdout, source.out, `stdout of lambda-events ${argv.join(' ')}`);
    assert.is(bin.status, source.code, `exit code of lambda-events ${argv.join(' ')}: ${bin.stderr}`);
  }
});

Package('`npx -p lambda-event-registry lambda-events` works without a project dependency', () => {
  const empty = mkdtempSync(join(work, 'npx-'));
  // The package as npm unpacked it from the tarball (installing the tarball again into npx's cache costs seconds).
  const unpacked = join(installedApp(), 'node_modules', 'lambda-event-registry');
  const r = spawnSync('npx', ['--offline', '--yes', '-p', unpacked, 'lambda-events', 'list', '--format', 'json'], { cwd: empty, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /"id":"sqs.batch"/);
});

Package('the tarball carries the LICENSE text, the bundled CLI, and no TypeScript sources', () => {
  const root = join(installedApp(), 'node_modules', 'lambda-event-registry');
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /Apache License\s+Version 2\.0/);
  const shipped = readdirSync(root);
  assert.ok(shipped.includes('cli.js'));
  assert.equal(shipped.filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts')), []);
  assert.not.match(readFileSync(join(root, 'cli.js'), 'utf8'), /from\s*["']tsx|from\s*["']commander/, 'commander is inlined, tsx absent');
});

Package('every code example of the package README (and of the repository README) compiles under tsc --strict against the installed package', () => {
  const compiled = compileAgainstPackage();
  assert.ok(compiled.examples.package >= 5, `expected the README's examples, found ${compiled.examples.package}`);
  assert.ok(compiled.examples.repository >= 1, "expected the repository README's example");
  assert.is(compiled.status, 0, compiled.output);
});

Package('a closed stdout (`| head -1`, `| head -n 0`) ends every subcommand quietly: no stack trace', () => {
  const cli = join(GENERATED, 'cli.js');
  const commands = ['list', 'show sqs.batch', 'sample sqs.batch', `validate ${join(ROOT, 'test', 'fixtures', 'valid')}`, `detect ${join(ROOT, 'test', 'fixtures', 'valid')}`, '--help'];
  for (const command of commands) {
    for (const head of ['head -1', 'head -n 0']) {
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" ${command} 2>"${join(work, 'stderr.txt')}" | ${head} >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
      const stderr = readFileSync(join(work, 'stderr.txt'), 'utf8');
      assert.is(stderr, '', `lambda-events ${command} | ${head}: ${stderr}`);
      assert.ok(['0', '1'].includes(r.stdout.trim()), `lambda-events ${command} | ${head} exited ${r.stdout.trim()}`);
    }
  }
});

Package(`a handler with one validator bundles (esbuild, minified) under ${BUNDLE_BUDGET_GZIP} bytes gzip, for every id (a carrier: that much per validator it holds)`, async () => {
  const registry = (JSON.parse(readFileSync(join(GENERATED, 'registry.json'), 'utf8')) as { ids: Record<string, { carries?: { id?: string[] }[] }> }).ids;
  const ids = Object.keys(registry);
  // A carrier's validator checks what it carries (s3.notification-in-sqs holds the SQS, S3 notification and S3 test event validators): a budget for each.
  const budget = (id: string) => BUNDLE_BUDGET_GZIP * (1 + (registry[id]!.carries ?? []).reduce((n, c) => n + (c.id?.length ?? 0), 0));
  const over: string[] = [];
  // One esbuild run with an entry per id (each bundled on its own, no code splitting).
  const entries = join(work, 'budget');
  mkdirSync(entries, { recursive: true });
  const entryPoints = ids.map((id) => {
    const path = join(entries, `${id}.mjs`);
    writeFileSync(path, `import { validate } from ${JSON.stringify(join(GENERATED, 'validators', `${id}.js`))};
import { defineHandler } from ${JSON.stringify(join(GENERATED, 'handler.js'))};
export const handler = defineHandler(${JSON.stringify(id)}, async () => undefined, { validate });`);
    return path;
  });
  const r = await build({ entryPoints, outdir: join(work, 'budget-out'), bundle: true, minify: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  assert.is(r.outputFiles.length, ids.length);
  for (const out of r.outputFiles) {
    const size = gzipSync(out.contents, { level: 9 }).length;
    const id = out.path.split('/').pop()!.replace(/\.js$/, '');
    if (size > budget(id)) over.push(`${id}: ${size} bytes of ${budget(id)}`);
  }
  assert.equal(over, [], `over the budget: ${over.join(', ')}`);
});

Package.after(() => rmSync(work, { recursive: true, force: true }));
Package.run();
