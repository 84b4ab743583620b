/**
 * Nested ids validate what they carry: the validator of a carrier id (`s3.notification-in-sqs`,
 * `cloudwatch.logs`...) rejects a record whose carried payload the CLI rejects, with the CLI's
 * message and a pointer into the outer event; decodeNested returns checked values or the problem,
 * never an unchecked cast.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { validate } from 'lambda-event-registry/s3.notification-in-sqs';
import { validate as validateStrict } from 'lambda-event-registry/s3.notification-in-sqs/strict';
import { validate as validateLogs } from 'lambda-event-registry/cloudwatch.logs/strict';
import { validateAll, validateSchema } from 'lambda-event-registry/s3.notification-in-sqs/all';
import { decodeNested } from 'lambda-event-registry/nested';
import { sample } from 'lambda-event-registry/sample';
import { main } from '../../generator/cli/program.ts';
import { ROOT } from '../support/paths.ts';

const Nested = suite('nested ids validate what they carry');

/** An S3-in-SQS batch whose second body is an S3 notification without its object. */
function brokenCarrier() {
  const event = sample('s3.notification-in-sqs');
  const record = event.Records[0]!;
  const bad = JSON.parse(record.body) as { Records: { s3: Record<string, unknown> }[] };
  delete bad.Records[0]!.s3.object;
  event.Records = [record, { ...record, messageId: 'm-bad', body: JSON.stringify(bad) }, { ...record, messageId: 'm-text', body: 'not json' }];
  return event;
}

/** The CLI's problems for one JSON document, in process (`--format json`). */
async function cliProblems(value: unknown): Promise<{ code: string; instancePath: string; message: string }[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'nested-')), 'event.json');
  writeFileSync(file, JSON.stringify(value));
  let out = '';
  await main(['validate', '--format', 'json', file], { out: (t) => void (out += t), err: () => {}, color: false, progress: false, stdin: Readable.from([]) });
  return (JSON.parse(out.split('\n')[0]!) as { errors: { code: string; instancePath: string; message: string }[] }).errors;
}

Nested('the carrier validator rejects what the CLI rejects, with its message and a pointer into the outer event', async () => {
  const event = brokenCarrier();
  assert.is(validate(event), false);
  assert.is(validateStrict(event), false);
  const error = validateStrict.errors![0]!;
  const cli = await cliProblems(event);
  assert.is(cli[0]!.code, 'E_NESTED');
  assert.is(error.message, cli[0]!.message);
  assert.is(error.params.payload, cli[0]!.instancePath);
  assert.is(error.instancePath, '/Records/1/body/Records/0/s3');
  assert.is(error.keyword, 'carries');
  // The Standard Schema view says the same.
  const result = validate['~standard'].validate(event) as unknown as { issues: { path: string[] }[] };
  assert.equal(result.issues[0]!.path, ['Records', '1', 'body', 'Records', '0', 's3']);
  // Once the broken body is gone, the next one (not JSON) is the first problem: E_DECODE, as the CLI says.
  event.Records.splice(1, 1);
  assert.is(validateStrict(event), false);
  assert.is(validateStrict.errors![0]!.params.code, 'E_DECODE');
  assert.is(validateStrict.errors![0]!.message, (await cliProblems(event))[0]!.message);
  event.Records.splice(1, 1);
  assert.is(validate(event), true);
});

Nested('gzip carriers too: cloudwatch.logs checks its awslogs data as the CLI does', async () => {
  const bad = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'cloudwatch-logs-inner-invalid.json'), 'utf8')) as unknown;
  assert.is(validateLogs(bad), false);
  assert.is(validateLogs.errors![0]!.message, (await cliProblems(bad))[0]!.message);
  assert.is(validateLogs(sample('cloudwatch.logs')), true);
});

Nested('decodeNested returns checked payloads or their problem, and refuses an id in place of the validator', () => {
  const payloads = decodeNested(validate, brokenCarrier());
  assert.equal(payloads.map((p) => [p.pointer, p.ok]), [['/Records/0/body', true], ['/Records/1/body', false], ['/Records/2/body', false]]);
  const [ok, invalid, text] = payloads;
  if (!ok!.ok || invalid!.ok || text!.ok) throw new Error('unexpected outcomes');
  assert.ok('Records' in ok!.value && ok!.value.Records.length > 0);
  assert.is(invalid!.code, 'E_NESTED');
  assert.is(invalid!.errors[0]!.instancePath, '/Records/1/body/Records/0/s3');
  assert.is(text!.code, 'E_DECODE');
  assert.throws(() => decodeNested('s3.notification-in-sqs' as never, brokenCarrier()), /takes the carrier's validator, not its id/);
});

Nested('validateAll (`<id>/all`) of a carrier lists the first problem of every carried payload, as the CLI does; validateSchema checks the schema alone', async () => {
  const event = brokenCarrier();
  assert.is(validateSchema(event), true, 'the SQS envelope itself is valid');
  assert.is(validateAll(event), false);
  const errors = validateAll.errors!.map((e) => ({ at: e.instancePath, code: (e.params as { code: string }).code, message: e.message }));
  const cli = await cliProblems(event);
  assert.equal(errors.map((e) => e.code), ['E_NESTED', 'E_DECODE']);
  assert.equal(errors.map((e) => e.message), cli.map((p) => p.message));
  assert.is(errors[0]!.at, '/Records/1/body/Records/0/s3');
  // A problem of the envelope comes first, alone, as for any id.
  delete (event.Records[0] as { messageId?: string }).messageId;
  assert.is(validateAll(event), false);
  assert.equal(validateAll.errors!.map((e) => [e.instancePath, e.keyword]), [['/Records/0', 'required']]);
});

Nested.run();
