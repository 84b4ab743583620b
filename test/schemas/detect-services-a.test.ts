/**
 * Detection of the synchronous service integrations (Secrets Manager rotation, Transfer Family,
 * Bedrock agents, Firehose transformation, IoT Core authorizer and provisioning hook, Auto Scaling
 * termination policy, Kinesis Data Analytics): each is told apart from its look-alikes, and none
 * swallows a payload of another source or a result.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector, type Detector } from '../../generator/runtime/detector.ts';
import { FIXTURES } from '../support/paths.ts';
import { loadRegistry } from '../support/registry.ts';

type Json = Record<string, unknown>;

let cached: Detector | undefined;
async function detector(): Promise<Detector> {
  if (cached) return cached;
  const { registry } = await loadRegistry();
  cached = createDetector(registry.entries.filter((e) => e.detect).map((e) => ({ id: e.id, conditions: e.detect! })));
  return cached;
}
const fixture = (id: string, name: string) => JSON.parse(readFileSync(join(FIXTURES, 'valid', id, `${name}.json`), 'utf8')) as Json;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

// ---

const Bedrock = suite('detect: Bedrock agent action groups');

Bedrock('the OpenAPI form (apiPath, httpMethod) and the function-details form (function) are told apart', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('bedrock.agent-action', 'get-with-path-parameter')), 'bedrock.agent-action');
  assert.is(d.detect(fixture('bedrock.agent-action', 'post-with-request-body')), 'bedrock.agent-action');
  assert.is(d.detect(fixture('bedrock.agent-function', 'two-parameters')), 'bedrock.agent-function');
});

Bedrock('an event with neither apiPath nor function is not guessed, and results are not events', async () => {
  const d = await detector();
  const { apiPath: _a, httpMethod: _m, ...neither } = fixture('bedrock.agent-action', 'get-with-path-parameter');
  assert.is(d.detect(neither), null);
  assert.is(d.detect(fixture('bedrock.agent-action.result', 'json-body')), null);
  assert.is(d.detect(fixture('bedrock.agent-function.result', 'text')), null);
});

// ---

const Firehose = suite('detect: Firehose transformation batches');

Firehose('a plain batch is firehose.transformation; CloudWatch Logs and SQS payloads name their nested ids', async () => {
  const d = await detector();
  const plain = fixture('firehose.transformation', 'direct-put') as { records: { data: string }[] };
  assert.is(d.detect(plain), 'firehose.transformation');
  assert.is(d.detect(fixture('firehose.transformation', 'kinesis-stream-source')), 'firehose.transformation');
  const logs = structuredClone(plain);
  logs.records[0]!.data = 'H4sIAAAAAAAAA6tWKkktLlGyUlAqS8wpTlWqBQBfBV7dEQAAAA==';
  assert.is(d.detect(logs), 'cloudwatch.logs-data-in-firehose');
  const sqs = structuredClone(plain);
  sqs.records[0]!.data = b64(JSON.stringify({ messageId: 'm-1', receiptHandle: 'r', body: 'hi' }));
  assert.is(d.detect(sqs), 'sqs.message-in-firehose');
});

Firehose('SAM samples without deliveryStreamArn are still recognised as Firehose batches (and rejected by validation)', async () => {
  const d = await detector();
  const { deliveryStreamArn: _arn, ...noArn } = fixture('firehose.transformation', 'direct-put');
  assert.is(d.detect(noArn), 'firehose.transformation');
  assert.is(d.detect({ ...noArn, deliverySteamArn: 'arn:aws:kinesis:EXAMPLE' }), 'firehose.transformation');
});

Firehose('the transformation response is not an event', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('firehose.transformation.result', 'ok-dropped-partitioned')), null);
});

// ---

const Analytics = suite('detect: Kinesis Data Analytics vs Firehose (all carry invocationId and records)');

Analytics('streamArn tells preprocessing from output delivery, whatever the source', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('kinesis-analytics.preprocessing', 'kinesis-stream-source')), 'kinesis-analytics.preprocessing');
  assert.is(d.detect(fixture('kinesis-analytics.preprocessing', 'firehose-source')), 'kinesis-analytics.preprocessing');
  assert.is(d.detect(fixture('kinesis-analytics.output-delivery', 'one-row')), 'kinesis-analytics.output-delivery');
});

Analytics('an output row that is a gzip or SQS payload is still Kinesis Data Analytics, not a Firehose nested id', async () => {
  const d = await detector();
  const pre = fixture('kinesis-analytics.preprocessing', 'kinesis-stream-source') as { records: { data: string }[] };
  pre.records[0]!.data = 'H4sIAAAAAAAAA6tWKkktLlGyUlAqS8wpTlWqBQBfBV7dEQAAAA==';
  assert.is(d.detect(pre), 'kinesis-analytics.preprocessing');
  assert.is(d.detect({ ...pre, applicationArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' }), null, 'applicationArn must be a Kinesis Data Analytics ARN');
});

Analytics('Firehose batches are not Kinesis Data Analytics, and KDA results are not events', async () => {
  const d = await detector();
  assert.is.not(d.detect(fixture('firehose.transformation', 'direct-put')), 'kinesis-analytics.output-delivery');
  assert.is(d.detect(fixture('kinesis-analytics.preprocessing.result', 'ok-and-dropped')), null);
  assert.is(d.detect(fixture('kinesis-analytics.output-delivery.result', 'acknowledged')), null);
});

// ---

const Authorizers = suite('detect: authorizers, hooks and policies without an eventSource');

Authorizers('IoT custom authorizer, IoT pre-provisioning hook, Transfer Family and Secrets Manager each have their own rule', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('iot.custom-authorizer', 'all-protocols')), 'iot.custom-authorizer');
  assert.is(d.detect(fixture('iot.custom-authorizer', 'mqtt-signing-disabled')), 'iot.custom-authorizer');
  assert.is(d.detect(fixture('iot.preprovisioning-hook', 'register-thing')), 'iot.preprovisioning-hook');
  assert.is(d.detect(fixture('transfer.identity-provider', 'sftp-password')), 'transfer.identity-provider');
  assert.is(d.detect(fixture('transfer.identity-provider', 'sftp-public-key')), 'transfer.identity-provider');
  assert.is(d.detect(fixture('secretsmanager.rotation', 'create-secret')), 'secretsmanager.rotation');
  assert.is(d.detect(fixture('autoscaling.custom-termination-policy', 'scale-in')), 'autoscaling.custom-termination-policy');
});

Authorizers('near misses are not matched: unknown rotation step, a non-provisioning template ARN, an API Gateway authorizer', async () => {
  const d = await detector();
  assert.is(d.detect({ ...fixture('secretsmanager.rotation', 'create-secret'), Step: 'create_secret' }), null);
  assert.is(d.detect({ ...fixture('iot.preprovisioning-hook', 'register-thing'), templateArn: 'arn:aws:iot:us-east-1:123456789012:jobtemplate/MyTemplate' }), null);
  assert.is(d.detect({ ...fixture('transfer.identity-provider', 'sftp-password'), protocol: 'HTTPS' }), null);
  assert.is(
    d.detect({ type: 'TOKEN', authorizationToken: 'allow', methodArn: 'arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/' }),
    'apigateway.token-authorizer',
  );
});

Authorizers('an EventBridge Auto Scaling event is not the custom termination policy request', async () => {
  const d = await detector();
  const event = {
    version: '0',
    id: '12345678-1234-1234-1234-123456789012',
    'detail-type': 'EC2 Instance-terminate Lifecycle Action',
    source: 'aws.autoscaling',
    account: '123456789012',
    time: '2024-03-01T12:00:00Z',
    region: 'us-east-1',
    resources: ['arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:d4738357-2d40-4038-ae7e-b00ae0227003:autoScalingGroupName/my-asg'],
    detail: { AutoScalingGroupName: 'my-asg', EC2InstanceId: 'i-0056faf8da3e1f75d', LifecycleTransition: 'autoscaling:EC2_INSTANCE_TERMINATING' },
  };
  assert.is.not(d.detect(event), 'autoscaling.custom-termination-policy');
});

Authorizers('results are not events', async () => {
  const d = await detector();
  for (const [id, name] of [
    ['iot.custom-authorizer.result', 'policy-objects'],
    ['iot.preprovisioning-hook.result', 'allow-with-overrides'],
    ['transfer.identity-provider.result', 'logical-efs'],
    ['autoscaling.custom-termination-policy.result', 'two-instances'],
  ] as const)
    assert.is(d.detect(fixture(id, name)), null, id);
});

Bedrock.run();
Firehose.run();
Analytics.run();
Authorizers.run();
