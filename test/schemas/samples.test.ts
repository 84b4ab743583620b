/**
 * Samples: every id has one, every default and every SAM counterpart validates, random
 * parameter values (quotes, unicode, spaces, empty strings) still give valid JSON that validates,
 * and derived values are right (md5, base64, gzip, S3 key encoding).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corpus, withCorpus } from '../support/corpus.ts';
import { decisions } from '../corpus-decisions.ts';
import { CORPUS } from '../support/paths.ts';
import { loadRegistry } from '../support/registry.ts';
import { sampleModule } from '../support/samples.ts';
import { describeErrors, standaloneValidator } from '../support/validators.ts';

const Samples = suite('samples');

Samples('every registry id has a sample, and every default validates with the generated validator', async () => {
  const { registry } = await loadRegistry();
  const m = await sampleModule();
  const missing = registry.entries.map((e) => e.id).filter((id) => !m.sampleIds.includes(id));
  assert.equal(missing, [], `ids without a sample template: ${missing.join(', ')}`);
  for (const id of m.sampleIds) {
    const v = await standaloneValidator(id);
    assert.ok(v(m.sample(id)), `${id}: ${describeErrors(v)}`);
  }
});

Samples('samples are deterministic and do not share state between calls', async () => {
  const m = await sampleModule();
  for (const id of m.sampleIds) assert.equal(JSON.stringify(m.sample(id)), JSON.stringify(m.sample(id)), id);
});

withCorpus(Samples, 'every SAM generate-event of an implemented id has a counterpart with the same parameters, and it validates', async () => {
  const mappingPath = join(CORPUS, 'sam-cli', 'templates', 'event-mapping.json');
  const { registry } = await loadRegistry();
  const ids = new Set(registry.entries.map((e) => e.id));
  const labels = new Map(corpus().map((e) => [e.path, e.id]));
  const mapping = JSON.parse(readFileSync(mappingPath, 'utf8')) as Record<string, Record<string, { tags?: Record<string, unknown> }>>;
  const m = await sampleModule();
  const problems: string[] = [];
  for (const [service, events] of Object.entries(mapping)) {
    for (const [event, spec] of Object.entries(events)) {
      const path = `sam-cli/rendered/${service}/${event}.json`;
      // The labeled id, or the more specific id a decision says detection names (the sample is that event).
      const id = decisions[path]?.detected ?? labels.get(path);
      if (!id || !ids.has(id)) continue;
      const pair = m.samEvents[`${service} ${event}`];
      if (!pair) {
        problems.push(`${service} ${event} (${id}): no sample counterpart`);
        continue;
      }
      if (pair.id !== id) problems.push(`${service} ${event}: maps to ${pair.id}, the corpus labels it ${id}`);
      const params = m.sampleParameters(pair.id);
      for (const tag of Object.keys(spec.tags ?? {})) if (!(tag in params)) problems.push(`${service} ${event}: SAM parameter --${tag} is missing`);
      const v = await standaloneValidator(pair.id);
      if (!v(m.sample(pair.id, pair.set))) problems.push(`${service} ${event}: ${describeErrors(v)}`);
    }
  }
  assert.equal(problems, [], problems.join('\n'));
});

Samples('derived values: SQS md5OfBody, S3 key encoding, Kinesis base64, CloudWatch Logs gzip', async () => {
  const m = await sampleModule();
  const body = 'héllo "world" </b>';
  const sqs = m.sample('sqs.batch', { body }) as { Records: { body: string; md5OfBody: string }[] };
  assert.is(sqs.Records[0]!.body, body);
  assert.is(sqs.Records[0]!.md5OfBody, createHash('md5').update(body).digest('hex'));
  const key = 'photos/My Holiday (1)/ünï+x.jpg';
  const s3 = m.sample('s3.notification', { key }) as { Records: { s3: { object: { key: string } } }[] };
  const encoded = s3.Records[0]!.s3.object.key;
  assert.not.match(encoded, ' ');
  assert.is(decodeURIComponent(encoded.replace(/\+/g, ' ')), key, 'the S3 key decodes back (form style)');
  // Unconditional: a renamed parameter or a missing sample fails here rather than skipping the check.
  assert.ok('data' in m.sampleParameters('kinesis.stream-batch'), 'kinesis.stream-batch has a data parameter');
  const k = m.sample('kinesis.stream-batch', { data: 'raw "data" ü' }) as { Records: { kinesis: { data: string } }[] };
  assert.is(Buffer.from(k.Records[0]!.kinesis.data, 'base64').toString('utf8'), 'raw "data" ü');
  const logs = m.sample('cloudwatch.logs') as { awslogs: { data: string } };
  const inner = JSON.parse(gunzipSync(Buffer.from(logs.awslogs.data, 'base64')).toString('utf8'));
  const v = await standaloneValidator('cloudwatch.logs-data');
  assert.ok(v(inner), describeErrors(v));
});

Samples('nesting: an S3 notification inside an SQS body, built from the inner sample', async () => {
  const m = await sampleModule();
  const outer = m.sample('sqs.batch', {}, { inner: 's3.notification' }) as { Records: { body: string; md5OfBody: string }[] };
  const body = outer.Records[0]!.body;
  assert.equal(JSON.parse(body), m.sample('s3.notification'));
  assert.is(outer.Records[0]!.md5OfBody, createHash('md5').update(body).digest('hex'));
});

Samples('bad parameters are refused with the parameter named', async () => {
  const m = await sampleModule();
  assert.throws(() => m.sample('sqs.batch', { region: 'not a region' }), /--region/);
  assert.throws(() => m.sample('sqs.batch', { nope: 1 }), /no parameter "nope"/);
  assert.throws(() => m.sample('sqs.batch', { 'receive-count': 'x' }), /--receive-count/);
  assert.throws(() => m.sample('sqs.nope'), /no sample/);
});

Samples('FIFO queues: the sample carries MessageGroupId, SequenceNumber and MessageDeduplicationId, and standard queues do not', async () => {
  const m = await sampleModule();
  type Sqs = { Records: { attributes: Record<string, string>; eventSourceARN: string }[] };
  const fifo = m.sample('sqs.batch', { 'queue-name': 'orders.fifo', 'message-group-id': 'customer-42' }) as Sqs;
  const attributes = fifo.Records[0]!.attributes;
  assert.is(attributes.MessageGroupId, 'customer-42');
  assert.match(attributes.SequenceNumber!, /^[0-9]{20}$/);
  assert.is(attributes.MessageDeduplicationId, createHash('sha256').update('Hello from SQS!').digest('hex'), 'content-based deduplication: SHA-256 of the body');
  assert.match(fifo.Records[0]!.eventSourceARN, /:orders\.fifo$/);
  const standard = (m.sample('sqs.batch') as Sqs).Records[0]!.attributes;
  assert.equal(['MessageGroupId', 'SequenceNumber', 'MessageDeduplicationId'].filter((k) => k in standard), []);
  const v = await standaloneValidator('sqs.batch');
  assert.ok(v(fifo), describeErrors(v));
});

Samples('a batch of N records: each record has its own ids, the batch validates; ids without records refuse', async () => {
  const m = await sampleModule();
  const batch = m.sample('sqs.batch', {}, { records: 5 } as never) as { Records: { messageId: string; receiptHandle: string }[] };
  assert.is(batch.Records.length, 5);
  assert.is(new Set(batch.Records.map((r) => r.messageId)).size, 5);
  assert.is(new Set(batch.Records.map((r) => r.receiptHandle)).size, 5);
  const v = await standaloneValidator('sqs.batch');
  assert.ok(v(batch), describeErrors(v));
  const kinesis = m.sample('kinesis.stream-batch', {}, { records: 3 } as never) as { Records: { eventID: string }[] };
  assert.is(new Set(kinesis.Records.map((r) => r.eventID)).size, 3);
  assert.throws(() => m.sample('apigateway.rest-proxy', {}, { records: 2 } as never), /has no Records array/);
  assert.throws(() => m.sample('sqs.batch', {}, { records: 0 } as never), /records must be a whole number/);
  assert.equal(m.sample('sqs.batch', {}, { records: 1 } as never), m.sample('sqs.batch'));
});

Samples.run();
