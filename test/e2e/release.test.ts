/**
 * npm run diff and npm run release in a temporary clone of this repository, with real changes:
 * md5OfBody made optional in the shared SQS record (major, reported for every id that carries
 * it), an optional field added to s3.notification (minor), a result property made required
 * (major); the release gate refuses a version that does not cover them and accepts one that does.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';

const Release = suite('release: semver decided by the schemas, in a clone');
const dir = mkdtempSync(join(tmpdir(), 'ler-release-'));
const clone = join(dir, 'repo');
const git = (...args: string[]) => execFileSync('git', ['-C', clone, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** `npm run <script> -- args` in the clone: the script's command from its package.json, run by the shell as npm would (without npm's own start-up). */
const npm = (script: string, ...args: string[]) => {
  const command = (JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[script]!;
  const quoted = args.filter((a) => a !== '--').map((a) => `'${a.replace(/'/g, "'\\''")}'`);
  return spawnSync('bash', ['-c', `${command} ${quoted.join(' ')}`], { cwd: clone, encoding: 'utf8', env: { ...process.env, PATH: `${join(clone, 'node_modules', '.bin')}:${process.env.PATH}` } });
};

function edit(path: string, change: (json: Record<string, any>) => void): void {
  const file = join(clone, 'schemas', path);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  change(json);
  writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
}

Release.before(() => {
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone]);
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  git('tag', 'v' + (JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { version: string }).version);
  edit('_shared/sqs.schema.json', (j) => (j.$defs.SqsRecord.required = j.$defs.SqsRecord.required.filter((r: string) => r !== 'md5OfBody')));
  edit('s3/notification.schema.json', (j) => (j.properties.note = { description: 'A field added in a later version.', type: 'string' }));
  edit('_shared/batch.schema.json', (j) => {
    const failure = j.$defs.BatchItemFailure;
    failure.properties.reason = { description: 'Why the item failed.', type: 'string' };
    failure.required = [...failure.required, 'reason'];
  });
});

Release('npm run diff -- <ref> --format json lists each change with its id, pointer and level', () => {
  const r = npm('diff', '--', 'HEAD', '--format', 'json');
  assert.is(r.status, 0, r.stderr);
  const changes = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; pointer: string; change: string; level: string; reason: string });
  const find = (id: string, pointer: string) => changes.find((c) => c.id === id && c.pointer === pointer);
  for (const id of ['sqs.batch', 's3.notification-in-sqs', 'sns.notification-in-sqs']) assert.is(find(id, '/Records/*/md5OfBody')?.level, 'major', `${id}: md5OfBody made optional`);
  assert.is(find('s3.notification', '/note')?.level, 'minor');
  assert.is(find('s3.notification', '/note')?.change, 'optional property added');
  assert.is(find('sqs.batch.result', '/batchItemFailures/*/reason')?.change, 'required property added');
  assert.is(find('sqs.batch.result', '/batchItemFailures/*/reason')?.level, 'major');
  for (const c of changes) assert.ok(c.reason.length > 0);
});

Release('npm run diff prints the changes for people, and exits 2 for a bad ref', () => {
  const human = npm('diff', '--', 'HEAD');
  assert.is(human.status, 0);
  assert.match(human.stdout, /major \(\d+\):\n  dynamodb|major \(\d+\):\n/);
  assert.match(human.stdout, 'required release: major');
  const bad = npm('diff', '--', 'no-such-ref');
  assert.is(bad.status, 2);
  assert.match(bad.stderr, 'is not a commit');
});

Release('npm run release refuses a version that does not cover the changes, naming them, and accepts one that does', () => {
  const refused = npm('release', '--', '--dry-run');
  assert.is(refused.status, 1, refused.stdout + refused.stderr);
  assert.match(refused.stderr, 'release refused');
  assert.match(refused.stderr, 'sqs.batch /Records/*/md5OfBody made optional');
  const pkg = join(clone, 'package.json');
  writeFileSync(pkg, readFileSync(pkg, 'utf8').replace(/"version": "0\.(\d+)\.\d+"/, (_m, minor: string) => `"version": "0.${Number(minor) + 1}.0"`));
  const accepted = npm('release', '--', '--dry-run');
  assert.is(accepted.status, 0, accepted.stderr);
  assert.match(accepted.stdout, /### Breaking \(major\)[\s\S]*`sqs\.batch`: \/Records\/\*\/md5OfBody made optional/);
});

Release.after(() => rmSync(dir, { recursive: true, force: true }));
Release.run();
