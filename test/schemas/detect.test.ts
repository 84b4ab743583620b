/**
 * Detection: the registry's rules tell every source apart from its look-alikes with one
 * dispatch, and every labeled corpus event of an implemented id is detected as its label.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { corpusEvents, readCorpus, withCorpus } from '../support/corpus.ts';
import { loadRegistry } from '../support/registry.ts';
import { sampleModule } from '../support/samples.ts';
import { expectedDetection } from '../corpus-decisions.ts';
import { detector, fixture } from '../support/detector.ts';


const Detect = suite('detect');

Detect('HTTP API payload 2.0 and function URL share a shape; the lambda-url domain tells them apart', async () => {
  const d = await detector();
  const url = fixture('lambda.function-url', 'auth-none-base64-body');
  const http = fixture('apigateway.http-proxy-v2', 'no-cookies-no-query-no-body');
  assert.is(d.detect(url), 'lambda.function-url');
  assert.is(d.detect(http), 'apigateway.http-proxy-v2');
  // A cell-qualified function URL host is still a function URL.
  const cell = structuredClone(url) as { requestContext: { domainName: string } };
  cell.requestContext.domainName = cell.requestContext.domainName.replace('.lambda-url.', '.cell-1-lambda-url.');
  assert.is(d.detect(cell), 'lambda.function-url');
  // The same HTTP API event on a custom domain stays an HTTP API event.
  const custom = structuredClone(http) as { requestContext: { domainName: string } };
  custom.requestContext.domainName = 'api.example.com';
  assert.is(d.detect(custom), 'apigateway.http-proxy-v2');
});

Detect('REST proxy (payload 1.0, no version) is not ALB (requestContext.elb) and not a REST authorizer (type)', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('apigateway.rest-proxy', 'get-with-path-parameter')), 'apigateway.rest-proxy');
  assert.is(d.detect(fixture('alb.request', 'multi-value-headers')), 'alb.request');
  const withVersion = { ...fixture('apigateway.rest-proxy', 'get-with-path-parameter'), version: '1.0' };
  assert.is.not(d.detect(withVersion), 'apigateway.rest-proxy', 'an HTTP API payload 1.0 event (version "1.0") is not a REST event');
  const authorizer = { ...fixture('apigateway.rest-proxy', 'get-with-path-parameter'), type: 'REQUEST' };
  assert.is.not(d.detect(authorizer), 'apigateway.rest-proxy');
});

Detect('a scheduled rule beats the generic EventBridge envelope; other detail-types stay generic', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('eventbridge.scheduled', 'hourly-rule')), 'eventbridge.scheduled');
  assert.is(d.detect(fixture('eventbridge.event', 'custom-event')), 'eventbridge.event');
});

Detect('Records[0].eventSource dispatches the record-batch sources', async () => {
  const d = await detector();
  for (const [id, name] of [
    ['sqs.batch', 'binary-value-null'],
    ['sns.notification', 'subject-null'],
    ['s3.notification', 'put-url-encoded-key'],
    ['dynamodb.stream-batch', 'modify-nested-attributes'],
    ['kinesis.stream-batch', 'one-record'],
  ] as const)
    assert.is(d.detect(fixture(id, name)), id);
});

Detect('SQS vs S3-in-SQS vs SNS-in-SQS: the body tells them apart', async () => {
  const d = await detector();
  const sqs = fixture('sqs.batch', 'binary-value-null') as { Records: { body: string }[] };
  assert.is(d.detect(sqs), 'sqs.batch');
  const s3 = fixture('s3.notification', 'put-url-encoded-key');
  const s3InSqs = structuredClone(sqs);
  s3InSqs.Records[0]!.body = JSON.stringify(s3);
  assert.is(d.detect(s3InSqs), 's3.notification-in-sqs');
  const snsInSqs = structuredClone(sqs);
  snsInSqs.Records[0]!.body = JSON.stringify({ Type: 'Notification', MessageId: 'm', TopicArn: 'arn:aws:sns:us-east-1:123456789012:t', Message: 'hi', Timestamp: '2024-03-01T12:00:00.000Z' }, null, 2).replace(/\n\s*/g, ' ');
  assert.is(d.detect(snsInSqs), 'sns.notification-in-sqs');
});

Detect('REST payload 1.0 vs HTTP API payload 1.0 (version "1.0") vs the authorizers built on them', async () => {
  const d = await detector();
  const rest = fixture('apigateway.rest-proxy', 'get-with-path-parameter');
  assert.is(d.detect({ ...rest, version: '1.0' }), 'apigateway.http-proxy-v1');
  assert.is(d.detect({ type: 'TOKEN', authorizationToken: 'allow', methodArn: 'arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/' }), 'apigateway.token-authorizer');
  assert.is(d.detect({ ...rest, type: 'REQUEST', methodArn: 'arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/' }), 'apigateway.request-authorizer');
});

Detect('ActiveMQ is detected by aws:mq only: the old guide spelling aws:amq is rejected as a whole (see the schema)', async () => {
  const d = await detector();
  assert.is(d.detect({ eventSource: 'aws:mq', eventSourceArn: 'arn:aws:mq:us-east-1:123456789012:broker:b:b-1', messages: [] }), 'mq.activemq');
  assert.is(d.detect({ eventSource: 'aws:amq', eventSourceArn: 'arn:aws:mq:us-east-1:123456789012:broker:b:b-1', messages: [] }), null);
});

Detect('CloudWatch Logs subscription vs its decoded data', async () => {
  const d = await detector();
  assert.is(d.detect({ awslogs: { data: 'H4sIAAAAAAAAAw==' } }), 'cloudwatch.logs');
  assert.is(
    d.detect({ messageType: 'DATA_MESSAGE', owner: '123456789012', logGroup: 'g', logStream: 's', subscriptionFilters: ['f'], logEvents: [] }),
    'cloudwatch.logs-data',
  );
});

Detect('hostile shapes are not matched and do not throw', async () => {
  const d = await detector();
  for (const value of [null, 0, 'aws:sqs', [], [{}], { Records: 'x' }, { Records: [] }, { Records: [null] }, JSON.parse('{"__proto__": {"eventSource": "aws:sqs"}}'), JSON.parse('{"Records": [{"__proto__": {"eventSource": "aws:sqs"}}]}')])
    assert.is(d.detect(value), null, JSON.stringify(value));
  assert.is(({} as Record<string, unknown>).eventSource, undefined, 'no prototype pollution');
});

Detect('explain names the nearest rules and the conditions that fail', async () => {
  const d = await detector();
  const almost = { Records: [{ eventSource: 'aws:sqs' }] };
  assert.is(d.detect(almost), 'sqs.batch');
  const [first] = d.explain({ version: '2.0', rawPath: '/' });
  assert.ok(first, 'a candidate');
  assert.ok(first!.failed.length > 0 && first!.matched > 0);
  assert.equal(d.explain({ unrelated: true }), []);
});

withCorpus(Detect, 'every labeled corpus event of an implemented event id is detected as its label', async () => {
  const { registry } = await loadRegistry();
  const d = await detector();
  const events = new Set(registry.entries.filter((e) => e.detect).map((e) => e.id));
  // The label, unless a decision or the manifest says otherwise (corpus-decisions.ts, expectedDetection).
  const wrong = corpusEvents(events)
    .map((entry) => ({ entry, got: d.detect(readCorpus(entry)), want: expectedDetection(entry) }))
    .filter(({ got, want }) => got !== want)
    .map(({ entry, got, want }) => `${entry.path}: labeled ${entry.id}, expected ${want}, detected ${got}`);
  assert.equal(wrong, [], wrong.join('\n'));
});

Detect('every detectable id: its sample, and every SAM rendering of it, is detected as that id (no corpus needed)', async () => {
  const { registry } = await loadRegistry();
  const d = await detector();
  const m = await sampleModule();
  const detectable = registry.entries.filter((e) => e.detect).map((e) => e.id);
  const wrong: string[] = [];
  for (const id of detectable) {
    assert.ok(m.sampleIds.includes(id), `${id} has no sample`);
    const got = d.detect(m.sample(id));
    if (got !== id) wrong.push(`sample(${id}) detected as ${got}`);
  }
  for (const [pair, { id, set }] of Object.entries(m.samEvents)) {
    if (!detectable.includes(id)) continue;
    const got = d.detect(m.sample(id, set));
    if (got !== id) wrong.push(`SAM ${pair} (${id}) detected as ${got}`);
  }
  assert.equal(wrong, []);
  assert.ok(detectable.length > 150, `${detectable.length} detectable ids`);
});

Detect.run();
