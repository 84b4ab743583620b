/**
 * Golden files, one per CLI invocation (test/golden/<case>.txt): the command, its stdout, its
 * stderr and its exit code, as a user sees them (no TTY, so no colour or progress).
 * UPDATE_GOLDEN=1 npm test -- cli rewrites them; review the diff before committing.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS, ROOT } from './support/paths.ts';
import { corpus } from './support/corpus.ts';
import { decisions } from './corpus-decisions.ts';
import { cleanEnv } from './support/env.ts';

interface Case {
  name: string;
  args: string[];
  stdin?: string | Buffer;
  env?: Record<string, string>;
}

const F = 'test/fixtures';
const EVENT_DIRS = ['alb.request', 'apigateway.http-proxy-v2', 'apigateway.rest-proxy', 'dynamodb.stream-batch', 'eventbridge.event', 'eventbridge.scheduled', 'kinesis.stream-batch', 'lambda.function-url', 's3.notification', 'sns.notification', 'sqs.batch'].map((d) => `${F}/valid/${d}`);

const cases: Case[] = [
  { name: 'validate-valid-folders', args: ['validate', ...EVENT_DIRS] },
  { name: 'validate-valid-folders-json', args: ['validate', '--format', 'json', `${F}/valid/sqs.batch`, `${F}/valid/apigateway.rest-proxy`] },
  { name: 'validate-invalid-event', args: ['validate', `${F}/cli/invalid-sqs.json`] },
  { name: 'validate-invalid-event-json', args: ['validate', '--format', 'json', `${F}/cli/invalid-sqs.json`] },
  { name: 'validate-malformed-ndjson', args: ['validate', `${F}/cli/mixed.ndjson`] },
  { name: 'validate-unknown-source', args: ['validate', `${F}/cli/unknown-source.json`] },
  { name: 'validate-strict-drift', args: ['validate', '--strict', `${F}/cli/drift-sqs.json`] },
  { name: 'validate-drift-tolerated', args: ['validate', `${F}/cli/drift-sqs.json`] },
  { name: 'validate-id-forced-result', args: ['validate', '--id', 'sqs.batch.result', `${F}/cli/sqs-result.json`] },
  { name: 'validate-stdin', args: ['validate', '-'], stdin: readFileSync(join(ROOT, F, 'valid/sns.notification/subject-null.json')) },
  { name: 'validate-stdin-ndjson', args: ['validate', '--format', 'json', '-'], stdin: '{"version":"0"}\n{"Records":[{"eventSource":"aws:sqs"}]}\n' },
  { name: 'validate-gzip', args: ['validate', `${F}/cli/events.ndjson.gz`] },
  { name: 'validate-missing-path', args: ['validate', `${F}/cli/does-not-exist.json`] },
  { name: 'validate-bad-format-flag', args: ['validate', '--format', 'xml', `${F}/cli`] },
  { name: 'validate-unknown-id', args: ['validate', '--id', 'sqs.batches', `${F}/cli/sqs-result.json`] },
  { name: 'validate-no-paths', args: ['validate'] },
  { name: 'validate-nested-payloads', args: ['validate', `${F}/cli/cloudwatch-logs-ok.json`, `${F}/cli/cloudwatch-logs-inner-invalid.json`, `${F}/cli/cloudwatch-logs-not-gzip.json`] },
  { name: 'detect-mixed', args: ['detect', `${F}/cli/mixed.ndjson`, `${F}/cli/unknown-source.json`] },
  { name: 'list-results', args: ['list', '--kind', 'result'] },
  { name: 'show-sqs-batch-result', args: ['show', 'sqs.batch.result'] },
];

const BIN = join(ROOT, 'bin', 'lambda-events.mjs');

function run(c: Case): string {
  const r = spawnSync(process.execPath, [BIN, ...c.args], {
    cwd: ROOT,
    input: c.stdin ?? '',
    env: cleanEnv({ NO_COLOR: '1', ...c.env }),
    encoding: 'utf8',
  });
  return `$ lambda-events ${c.args.join(' ')}\n${r.stdout}--- stderr\n${r.stderr}Exit code: ${r.status}\n`;
}

const Cli = suite('cli: golden files per invocation');

for (const c of cases) {
  Cli(c.name, () => {
    const path = join(ROOT, 'test', 'golden', `${c.name}.txt`);
    const actual = run(c);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
    assert.fixture(actual, readFileSync(path, 'utf8'));
  });
}

const CliCorpus = suite('cli: the whole shared corpus and every SAM counterpart');

CliCorpus('validate --format json over the shared corpus detects the labeled id of every event of an implemented id', () => {
  const entries = corpus();
  if (entries.length === 0) return;
  const ids = new Set(Object.keys((JSON.parse(readFileSync(join(ROOT, 'generated', 'registry.json'), 'utf8')) as { ids: object }).ids));
  const r = spawnSync(process.execPath, [BIN, 'validate', '--format', 'json', join(CORPUS, 'aws-lambda-go'), join(CORPUS, 'sam-cli', 'rendered')], { cwd: ROOT, encoding: 'utf8', env: cleanEnv(), maxBuffer: 1 << 26 });
  assert.is(r.status, 1, 'the corpus holds invalid and unimplemented events, so exit 1');
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file?: string; id?: string | null; summary?: Record<string, number> });
  const summary = lines.pop()!.summary!;
  assert.is(summary.records, lines.length);
  assert.is(summary.records, summary.valid! + summary.invalid! + summary.unparseable! + summary.undetected!);
  const label = new Map(entries.map((e) => [join(CORPUS, e.path), e]));
  const wrong: string[] = [];
  let checked = 0;
  for (const line of lines) {
    const entry = label.get(line.file!);
    if (!entry || !ids.has(entry.id) || entry.id.endsWith('.result')) continue;
    checked++;
    if (line.id !== (decisions[entry.path]?.detected ?? entry.id)) wrong.push(`${entry.path}: labeled ${entry.id}, detected ${line.id}`);
  }
  assert.equal(wrong, []);
  assert.ok(checked > 60, `${checked} events checked`);
});

CliCorpus('every SAM event with a registry id: lambda-events sample <service> <event> exits 0 and validates with validate --id <id> -', async () => {
  const { samEvents } = (await import(pathToFileURL(join(ROOT, 'generated', 'sample.js')).href)) as { samEvents: Record<string, { id: string }> };
  const failures: string[] = [];
  for (const [pair, { id }] of Object.entries(samEvents)) {
    const sample = spawnSync(process.execPath, [BIN, 'sample', ...pair.split(' ')], { cwd: ROOT, encoding: 'utf8', env: cleanEnv() });
    if (sample.status !== 0) {
      failures.push(`sample ${pair}: exit ${sample.status} ${sample.stderr}`);
      continue;
    }
    const check = spawnSync(process.execPath, [BIN, 'validate', '--id', id, '-'], { cwd: ROOT, input: sample.stdout, encoding: 'utf8', env: cleanEnv() });
    if (check.status !== 0) failures.push(`sample ${pair} | validate --id ${id}: ${check.stdout}`);
  }
  assert.equal(failures, []);
  assert.ok(Object.keys(samEvents).length >= 20);
});

Cli.run();
CliCorpus.run();
