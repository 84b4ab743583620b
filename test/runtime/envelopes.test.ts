/**
 * Envelopes (`lambda-event-registry/envelopes`): each finds the payload its records carry, decodes
 * it and checks it with the user's validator (ours or a Standard Schema such as Zod), never throwing
 * on bad payloads; poll-based batches name their failed records for a partial batch response, and
 * defineHandler's envelope option hands the handler only the valid, decoded records.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { dynamodbStream, eventBridge, firehose, httpBody, kafka, kinesis, sns, snsInSqs, sqs, unmarshall, unmarshallItem } from 'lambda-event-registry/envelopes';
import { defineHandler, EventValidationError, type Context } from 'lambda-event-registry/handler';
import { sample } from 'lambda-event-registry/sample';
import { validate as validateS3 } from 'lambda-event-registry/s3.notification';
import type { SqsBatchEvent, SqsBatchResult } from 'lambda-event-registry';

interface OrderPlaced {
  orderId: string;
  total: number;
}
/** A validator shaped like a generated one: a type guard that leaves ajv-style errors. */
const validateOrder = Object.assign(
  (value: unknown): value is OrderPlaced => {
    const v = value as Partial<OrderPlaced> | null;
    const ok = typeof v === 'object' && v !== null && typeof v.orderId === 'string' && typeof v.total === 'number';
    validateOrder.errors = ok ? null : [{ instancePath: '/total', schemaPath: '#/properties/total/type', keyword: 'type', params: { type: 'number' }, message: 'must be number' }];
    return ok;
  },
  { errors: null as null | { instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown>; message: string }[] },
);
const OrderSchema = z.object({ orderId: z.string(), total: z.number() });
const b64 = (s: string) => Buffer.from(s).toString('base64');
const context = {} as Context;

/** An SQS batch of these bodies, message ids m0, m1, ... */
function sqsBatch(bodies: string[]): SqsBatchEvent {
  const base = sample('sqs.batch');
  return { Records: bodies.map((body, i) => ({ ...base.Records[0]!, messageId: `m${i}`, body })) };
}
const ORDER = '{"orderId":"o-1","total":42}';

const Envelopes = suite('envelopes: decode, check, name the failures');

Envelopes('SQS: valid, invalid and non-JSON bodies each get an outcome; the failed two are batchItemFailures', () => {
  const event = sqsBatch([ORDER, '{"orderId":"o-2","total":"42"}', 'not json']);
  const before = JSON.stringify(event);
  const { records, batchItemFailures } = sqs.decode(event, validateOrder);
  assert.equal(records.map((r) => r.ok), [true, false, false]);
  assert.equal(records[0]!.value, { orderId: 'o-1', total: 42 });
  assert.equal(records[1]!.errors, [{ code: 'E_BODY', instancePath: '/Records/1/body/total', message: 'must be number', keyword: 'type', params: { type: 'number' } }]);
  assert.is(records[2]!.errors![0]!.code, 'E_DECODE');
  assert.is(records[2]!.errors![0]!.instancePath, '/Records/2/body');
  assert.equal(batchItemFailures, [{ itemIdentifier: 'm1' }, { itemIdentifier: 'm2' }]);
  assert.is(JSON.stringify(event), before, 'decoding never changes the event');
});

Envelopes('SQS FIFO: the records after the first failure fail too, unprocessed, so the queue keeps its order (a standard queue fails only the bad one)', async () => {
  const bodies = [ORDER, '{"orderId":"o-2","total":"42"}', ORDER, ORDER];
  const fifo = sqsBatch(bodies);
  for (const r of fifo.Records) r.eventSourceARN = 'arn:aws:sqs:us-east-1:123456789012:orders.fifo';
  const decoded = sqs.decode(fifo, validateOrder);
  assert.equal(decoded.records.map((r) => r.ok), [true, false, false, false]);
  assert.equal(decoded.records.slice(2).map((r) => r.errors![0]!.code), ['E_FIFO_AFTER_FAILURE', 'E_FIFO_AFTER_FAILURE']);
  assert.equal(decoded.batchItemFailures, [{ itemIdentifier: 'm1' }, { itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }]);
  assert.equal(sqs.decode(sqsBatch(bodies), validateOrder).batchItemFailures, [{ itemIdentifier: 'm1' }], 'a standard queue');
  const seen: string[] = [];
  const handler = defineHandler('sqs.batch', async (event: SqsBatchEvent<OrderPlaced>) => void event.Records.forEach((r) => seen.push(r.messageId)), { envelope: sqs, body: validateOrder });
  const result = (await handler(fifo, context)) as SqsBatchResult;
  assert.equal(seen, ['m0']);
  assert.equal(result.batchItemFailures, [{ itemIdentifier: 'm1' }, { itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }]);
});

Envelopes('a Standard Schema (Zod) works as the validator, with its issues as pointers; an async one is refused', () => {
  const { records } = sqs.decode(sqsBatch([ORDER, '{"orderId":1,"total":2}']), OrderSchema);
  assert.equal(records[0]!.value, { orderId: 'o-1', total: 42 });
  assert.is(records[1]!.errors![0]!.instancePath, '/Records/1/body/orderId');
  const asyncSchema = OrderSchema.refine(async () => true);
  assert.throws(() => sqs.decode(sqsBatch([ORDER]), asyncSchema), /validated asynchronously/);
});

Envelopes("a registry validator checks what an SQS body carries (an S3 notification)", () => {
  const s3 = JSON.stringify(sample('s3.notification'));
  const { records, batchItemFailures } = sqs.decode(sqsBatch([s3, '{"Records":[{}]}']), validateS3);
  assert.is(records[0]!.value!.Records[0]!.s3.bucket.name.length > 0, true);
  assert.is(records[1]!.errors![0]!.instancePath.startsWith('/Records/1/body/Records/0'), true);
  assert.equal(batchItemFailures, [{ itemIdentifier: 'm1' }]);
});

Envelopes('SNS Message, SNS in SQS, EventBridge detail: pointers into the outer event; no partial batch response for SNS', () => {
  const n = sample('sns.notification');
  n.Records[0]!.Sns.Message = '{"orderId":"o-1"}';
  const s = sns.decode(n, validateOrder);
  assert.is(s.records[0]!.errors![0]!.instancePath, '/Records/0/Sns/Message/total');
  assert.equal(s.batchItemFailures, []);
  const inSqs = sample('sns.notification-in-sqs');
  const note = JSON.parse(inSqs.Records[0]!.body) as { Message: string };
  note.Message = ORDER;
  inSqs.Records[0]!.body = JSON.stringify(note);
  assert.equal(snsInSqs.decode(inSqs, validateOrder).records[0]!.value, { orderId: 'o-1', total: 42 });
  const eb = { ...sample('eventbridge.event'), detail: { orderId: 'o-1', total: 42 } };
  assert.equal(eventBridge.decode(eb, OrderSchema).records[0]!.value, { orderId: 'o-1', total: 42 });
  assert.is(eventBridge.decode({ ...eb, detail: {} }, validateOrder).records[0]!.errors![0]!.instancePath, '/detail/total');
});

Envelopes('Kinesis and Firehose base64 data, Kafka values per topic-partition', () => {
  const k = sample('kinesis.stream-batch');
  k.Records = [0, 1].map((i) => ({ ...k.Records[0]!, kinesis: { ...k.Records[0]!.kinesis, sequenceNumber: `${i}`, data: i === 0 ? b64(ORDER) : 'not base64!' } }));
  const decoded = kinesis.decode(k, validateOrder);
  assert.equal(decoded.records[0]!.value, { orderId: 'o-1', total: 42 });
  assert.match(decoded.records[1]!.errors![0]!.message, /base64/);
  assert.equal(decoded.batchItemFailures, [{ itemIdentifier: '1' }]);
  const f = sample('firehose.transformation');
  f.records[0]!.data = b64(ORDER);
  const fr = firehose.decode(f, validateOrder).records[0]!;
  assert.is(fr.itemIdentifier, f.records[0]!.recordId);
  assert.is(fr.ok, true);
  const m = sample('kafka.msk');
  const [key] = Object.keys(m.records);
  m.records[key!]![0]!.value = b64('{"orderId":"o-1"}');
  const kr = kafka.decode(m, validateOrder).records[0]!;
  assert.is(kr.errors![0]!.instancePath, `/records/${key}/0/value/total`);
});

Envelopes('HTTP bodies: JSON, base64 when isBase64Encoded, and a missing body is a decode error', () => {
  const rest = { ...sample('apigateway.rest-proxy'), body: ORDER, isBase64Encoded: false };
  assert.is(httpBody.decode(rest, validateOrder).records[0]!.ok, true);
  const url = { ...sample('lambda.function-url'), body: b64(ORDER), isBase64Encoded: true };
  assert.equal(httpBody.decode(url, validateOrder).records[0]!.value, { orderId: 'o-1', total: 42 });
  assert.is(httpBody.decode({ ...rest, body: null }, validateOrder).records[0]!.errors![0]!.code, 'E_DECODE');
});

Envelopes('DynamoDB streams: images unmarshalled (numbers, sets, binary, maps), each image checked; failures by SequenceNumber', () => {
  const d = sample('dynamodb.stream-batch');
  const record = d.Records[0]!;
  d.Records = [record];
  record.dynamodb.NewImage = { orderId: { S: 'o-1' }, total: { N: '42' } };
  record.dynamodb.OldImage = { orderId: { S: 'o-1' }, total: { S: 'x' } };
  const out = dynamodbStream.decode(d, validateOrder);
  assert.is(out.records[0]!.errors![0]!.instancePath, '/Records/0/dynamodb/OldImage/total');
  assert.equal(out.batchItemFailures, [{ itemIdentifier: record.dynamodb.SequenceNumber! }]);
  delete record.dynamodb.OldImage;
  assert.equal(dynamodbStream.decode(d, validateOrder).records[0]!.value, { NewImage: { orderId: 'o-1', total: 42 } });
  record.dynamodb.NewImage = { total: { N: 'abc' } };
  assert.equal(dynamodbStream.decode(d, validateOrder).records[0]!.errors![0]!.instancePath, '/Records/0/dynamodb/NewImage/total/N');
});

Envelopes('unmarshall: every AttributeValue type, big integers kept as strings, __proto__ as data', () => {
  const item = unmarshallItem({
    s: { S: 'a' },
    n: { N: '-1.5' },
    big: { N: '12345678901234567890' },
    b: { B: b64('hi') },
    t: { BOOL: true },
    z: { NULL: true },
    ss: { SS: ['x', 'y'] },
    ns: { NS: ['1', '2'] },
    bs: { BS: [b64('a')] },
    l: { L: [{ S: 'c' }, { N: '3' }] },
    m: { M: JSON.parse('{"__proto__":{"S":"p"}}') },
  });
  assert.equal({ ...item, b: [...(item.b as Uint8Array)], bs: (item.bs as Uint8Array[]).map((u) => [...u]) }, {
    s: 'a', n: -1.5, big: '12345678901234567890', b: [104, 105], t: true, z: null, ss: ['x', 'y'], ns: [1, 2], bs: [[97]], l: ['c', 3], m: JSON.parse('{"__proto__":"p"}'),
  });
  assert.is(Object.getPrototypeOf(item.m), Object.prototype);
  assert.throws(() => unmarshall({ S: 'a', N: '1' }), /one type key/);
});

// ---

const Handler = suite('defineHandler with an envelope: the handler sees valid, decoded records');

Handler('a handler of SqsBatchEvent<OrderPlaced> returns the failed records (one invalid, one not JSON) with its own', async () => {
  const seen: OrderPlaced[] = [];
  const handler = defineHandler(
    'sqs.batch',
    async (event: SqsBatchEvent<OrderPlaced>): Promise<SqsBatchResult> => {
      for (const r of event.Records) seen.push(r.body);
      return { batchItemFailures: event.Records.filter((r) => r.body.total > 100).map((r) => ({ itemIdentifier: r.messageId })) };
    },
    { envelope: sqs, body: validateOrder },
  );
  const result = await handler(sqsBatch([ORDER, '{"orderId":"o-2"}', '{"orderId":"o-3","total":500}', 'not json']), context);
  assert.equal(seen, [{ orderId: 'o-1', total: 42 }, { orderId: 'o-3', total: 500 }]);
  assert.equal(result, { batchItemFailures: [{ itemIdentifier: 'm1' }, { itemIdentifier: 'm3' }, { itemIdentifier: 'm2' }] });
});

Handler('a handler that returns nothing still reports the failures; a batch with nothing valid is not handed over', async () => {
  let calls = 0;
  const handler = defineHandler('sqs.batch', async (_event: SqsBatchEvent<OrderPlaced>) => void calls++, { envelope: sqs, body: OrderSchema });
  assert.equal(await handler(sqsBatch([ORDER, '[]']), context), { batchItemFailures: [{ itemIdentifier: 'm1' }] });
  assert.equal(await handler(sqsBatch(['x']), context), { batchItemFailures: [{ itemIdentifier: 'm0' }] });
  assert.is(calls, 1);
  assert.is(await handler(sqsBatch([ORDER]), context), undefined);
});

Handler('Firehose: the records that failed join the handler\'s records as ProcessingFailed, data unchanged', async () => {
  const f = sample('firehose.transformation');
  const [first] = f.records;
  f.records = [{ ...first!, recordId: 'r0', data: b64(ORDER) }, { ...first!, recordId: 'r1', data: b64('{"orderId":"o-2"}') }];
  const handler = defineHandler(
    'firehose.transformation',
    async (event) => ({ records: event.records.map((r) => ({ recordId: r.recordId, result: 'Ok' as const, data: b64(String(r.data.total)) })) }),
    { envelope: firehose, body: validateOrder },
  );
  assert.equal(await handler(f, context), {
    records: [
      { recordId: 'r0', result: 'Ok', data: b64('42') },
      { recordId: 'r1', result: 'ProcessingFailed', data: b64('{"orderId":"o-2"}') },
    ],
  });
});

Handler('without a partial batch response (EventBridge) an invalid payload throws EventValidationError naming it', async () => {
  const handler = defineHandler('eventbridge.event', async (e) => void e.detail.total, { envelope: eventBridge, body: validateOrder });
  try {
    await handler({ ...sample('eventbridge.event'), detail: { orderId: 'o-1' } }, context);
    assert.unreachable('expected an EventValidationError');
  } catch (error) {
    assert.instance(error, EventValidationError);
    assert.is((error as EventValidationError).target, 'body');
    assert.match((error as EventValidationError).message, /^body is not a valid eventbridge\.event: \/detail\/total/);
  }
});

Envelopes.run();
Handler.run();
