/**
 * Golden files, one per CLI invocation (test/golden/<case>.txt): the command, its stdout, its
 * stderr and its exit code, as a user sees them (no TTY, so no colour or progress). The CLI runs
 * in process through main(argv, io); test/package.test.ts proves the bundled bin prints the same.
 * A missing golden fails; UPDATE_GOLDEN=1 npm test -- cli writes them (review the diff).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Readable } from 'node:stream';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, ROOT } from '../support/paths.ts';
import { corpus, withCorpus } from '../support/corpus.ts';
import { main } from '../../generator/cli/program.ts';
import { SAM_NOT_EVENTS } from '../../generator/cli/sample.ts';
import { expectedDetection } from '../corpus-decisions.ts';

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
  { name: 'validate-strict-unknown-detail-type', args: ['validate', '--strict', `${F}/cli/eventbridge-unknown-detail-type.json`] },
  { name: 'validate-unknown-detail-type-tolerated', args: ['validate', `${F}/cli/eventbridge-unknown-detail-type.json`] },
  { name: 'validate-id-forced-result', args: ['validate', '--id', 'sqs.batch.result', `${F}/cli/sqs-result.json`] },
  { name: 'validate-wrong-source-http-v2-as-rest', args: ['validate', '--id', 'apigateway.rest-proxy', `${F}/valid/apigateway.http-proxy-v2/no-cookies-no-query-no-body.json`] },
  { name: 'validate-wrong-source-sns-as-sqs', args: ['validate', '--format', 'json', '--id', 'sqs.batch', `${F}/valid/sns.notification/subject-null.json`] },
  { name: 'validate-wrong-source-event-as-result', args: ['validate', '--id', 'sqs.batch.result', `${F}/valid/sqs.batch/binary-value-null.json`] },
  { name: 'detect-near-miss', args: ['detect', `${F}/cli/sqs-near-miss.json`] },
  // anyOf: the problems of the branch the value is nearest to (a simple response, an IAM policy), not of every branch.
  { name: 'validate-anyof-nearest-branch', args: ['validate', '--id', 'apigateway.http-authorizer-v2.result', `${F}/cli/authorizer-v2-result-near-simple.json`, `${F}/cli/authorizer-v2-result-near-iam.json`] },
  // Captured events as people have them (test/fixtures/inputs/): every event found, every non-event counted.
  { name: 'input-runtime-text-log', args: ['validate', '--format', 'json', `${F}/inputs/runtime-text.log`] },
  { name: 'input-runtime-json-log', args: ['validate', `${F}/inputs/runtime-json.log`] },
  { name: 'input-filter-log-events', args: ['validate', '--format', 'json', `${F}/inputs/filter-log-events.json`] },
  { name: 'input-get-log-events', args: ['validate', `${F}/inputs/get-log-events.json`] },
  { name: 'input-logs-insights-json', args: ['validate', `${F}/inputs/logs-insights.json`] },
  { name: 'input-logs-insights-csv', args: ['validate', '--format', 'json', `${F}/inputs/logs-insights.csv`] },
  { name: 'input-array-of-events', args: ['validate', `${F}/inputs/array-of-events.json`] },
  { name: 'input-concatenated-documents', args: ['validate', `${F}/inputs/concatenated.json`] },
  { name: 'input-firehose-s3-object', args: ['detect', `${F}/inputs/firehose-s3-object`] },
  { name: 'input-folder-with-logs', args: ['validate', `${F}/inputs`] },
  { name: 'input-stdin-log-lines', args: ['validate', '-'], stdin: readFileSync(join(ROOT, F, 'inputs/runtime-text.log')) },
  { name: 'input-forced-ndjson-json-log-lines', args: ['detect', '--input', 'ndjson', `${F}/inputs/runtime-json.log`] },
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

/** Run the CLI in process, as a user would see it; stdin is empty unless given. */
async function cli(args: string[], stdin?: string | Buffer): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    color: false,
    progress: false,
    stdin: Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]),
  });
  return { out, err, code };
}

async function run(c: Case): Promise<string> {
  const r = await cli(c.args, c.stdin);
  return `$ lambda-events ${c.args.join(' ')}\n${r.out}--- stderr\n${r.err}Exit code: ${r.code}\n`;
}

const Cli = suite('cli: golden files per invocation');

for (const c of cases) {
  Cli(c.name, async () => {
    const path = join(ROOT, 'test', 'golden', `${c.name}.txt`);
    const actual = await run(c);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
    assert.ok(existsSync(path), `no golden file ${path}: run UPDATE_GOLDEN=1 npm test -- cli and review it`);
    assert.fixture(actual, readFileSync(path, 'utf8'));
  });
}

const CliCorpus = suite('cli: the whole shared corpus and every SAM counterpart');

withCorpus(CliCorpus, 'validate --format json over the shared corpus detects the labeled id of every event of an implemented id', async () => {
  const entries = corpus();
  const ids = new Set(Object.keys((JSON.parse(readFileSync(join(ROOT, 'generated', 'registry.json'), 'utf8')) as { ids: object }).ids));
  const r = await cli(['validate', '--format', 'json', join(CORPUS, 'aws-lambda-go'), join(CORPUS, 'sam-cli', 'rendered')]);
  assert.is(r.code, 1, 'the corpus holds invalid and unimplemented events, so exit 1');
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { file?: string; id?: string | null; summary?: Record<string, number> });
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
    const want = expectedDetection(entry);
    if (line.id !== want) wrong.push(`${entry.path}: labeled ${entry.id}, expected ${want}, detected ${line.id}`);
  }
  assert.equal(wrong, []);
  assert.ok(checked > 60, `${checked} events checked`);
});

CliCorpus('every SAM event with a registry id: lambda-events sample <service> <event> exits 0, validates with validate --id <id> - and is detected as <id>', async () => {
  const { samEvents } = (await import('lambda-event-registry/sample')) as { samEvents: Record<string, { id: string }> };
  const { ids } = JSON.parse(readFileSync(join(ROOT, 'generated', 'registry.json'), 'utf8')) as { ids: Record<string, { detect: unknown }> };
  const failures: string[] = [];
  for (const [pair, { id }] of Object.entries(samEvents)) {
    const sample = await cli(['sample', ...pair.split(' ')]);
    if (sample.code !== 0) {
      failures.push(`sample ${pair}: exit ${sample.code} ${sample.err}`);
      continue;
    }
    const check = await cli(['validate', '--format', 'json', '--id', id, '-'], sample.out);
    if (check.code !== 0) failures.push(`sample ${pair} | validate --id ${id}: ${check.out}`);
    if (!ids[id]?.detect) continue;
    const detected = await cli(['detect', '--format', 'json', '-'], sample.out);
    const line = JSON.parse(detected.out.split('\n')[0]!) as { id: string | null };
    if (line.id !== id) failures.push(`sample ${pair}: detected as ${line.id}, not ${id}`);
  }
  assert.equal(failures, []);
  assert.ok(Object.keys(samEvents).length >= 20);
});

withCorpus(CliCorpus, "every SAM CLI generate-event pair renders and validates as its id, and SAM's three non-events are refused with what they are", async () => {
  const mapping = JSON.parse(readFileSync(join(CORPUS, 'sam-cli', 'templates', 'event-mapping.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  const { samEvents } = (await import('lambda-event-registry/sample')) as { samEvents: Record<string, { id: string }> };
  const pairs = Object.entries(mapping).flatMap(([service, events]) => Object.keys(events).map((event) => `${service} ${event}`));
  const failures: string[] = [];
  let events = 0;
  for (const pair of pairs) {
    const r = await cli(['sample', ...pair.split(' ')]);
    if (pair in SAM_NOT_EVENTS) {
      if (r.code !== 2 || !r.err.includes('is not an event an AWS service sends to a Lambda function')) failures.push(`${pair}: exit ${r.code} ${r.err}`);
      continue;
    }
    events++;
    const id = samEvents[pair]?.id;
    if (r.code !== 0 || !id) {
      failures.push(`${pair}: exit ${r.code} ${r.err}`);
      continue;
    }
    const check = await cli(['validate', '--id', id, '-'], r.out);
    if (check.code !== 0) failures.push(`${pair} | validate --id ${id}: ${check.out}`);
  }
  assert.equal(failures, []);
  assert.is(events, 65, `${events} SAM events`);
  assert.is(pairs.length, 68);
});

Cli.run();
CliCorpus.run();
