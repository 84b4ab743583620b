/**
 * Look-alikes among the CloudFront Lambda@Edge triggers and the AppSync / Amplify payloads:
 * each is told apart by detection, and from the existing ids it resembles.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../support/paths.ts';
import { loadRegistry } from '../support/registry.ts';
import { detector } from '../support/detector.ts';

const fixture = (id: string, name: string) => JSON.parse(readFileSync(join(FIXTURES, 'valid', id, `${name}.json`), 'utf8')) as Record<string, any>;

const CloudFront = suite('detect: the four Lambda@Edge triggers');

CloudFront('config.eventType names the trigger, for each doc example', async () => {
  const d = await detector();
  for (const id of ['cloudfront.viewer-request', 'cloudfront.origin-request', 'cloudfront.viewer-response', 'cloudfront.origin-response'])
    assert.is(d.detect(fixture(id, 'doc-example')), id);
});

CloudFront('the same record under another eventType is that trigger, not the shape it looks like', async () => {
  const d = await detector();
  const viewer = fixture('cloudfront.viewer-request', 'doc-example');
  viewer.Records[0].cf.config.eventType = 'origin-request';
  assert.is(d.detect(viewer), 'cloudfront.origin-request');
  const response = fixture('cloudfront.origin-response', 'doc-example');
  response.Records[0].cf.config.eventType = 'viewer-response';
  assert.is(d.detect(response), 'cloudfront.viewer-response');
});

CloudFront('a response eventType without cf.response, or an unknown eventType, is not detected', async () => {
  const d = await detector();
  const noResponse = fixture('cloudfront.viewer-request', 'doc-example');
  noResponse.Records[0].cf.config.eventType = 'viewer-response';
  assert.is(d.detect(noResponse), null);
  const unknown = fixture('cloudfront.viewer-request', 'doc-example');
  unknown.Records[0].cf.config.eventType = 'viewer-something';
  assert.is(d.detect(unknown), null);
});

CloudFront('SAM-style events without config.eventType are not guessed (viewer and origin look the same)', async () => {
  const d = await detector();
  const old = fixture('cloudfront.viewer-request', 'doc-example');
  old.Records[0].cf.config = { distributionId: 'EXAMPLE' };
  assert.is(d.detect(old), null);
});

CloudFront('results are never detected as events', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('cloudfront.viewer-request.result', 'generated-redirect')), null);
  assert.is(d.detect(fixture('cloudfront.origin-request.result', 'switch-to-s3-origin')), null);
});

CloudFront.run();

// ---

const AppSync = suite('detect: AppSync resolver vs batch vs Amplify, authorizers, Events');

AppSync('a direct resolver context is appsync.resolver, with every identity mode', async () => {
  const d = await detector();
  for (const name of ['iam-object-field', 'api-key-identity-null', 'lambda-auth-pipeline', 'oidc']) assert.is(d.detect(fixture('appsync.resolver', name)), 'appsync.resolver', name);
});

AppSync('a BatchInvoke array is not detected (detect: false), not even as its first item', async () => {
  const d = await detector();
  const batch = fixture('appsync.batch-resolver', 'two-posts') as unknown;
  assert.ok(Array.isArray(batch));
  assert.is(d.detect(batch), null);
  const { registry } = await loadRegistry();
  assert.is(registry.entries.find((e) => e.id === 'appsync.batch-resolver')!.detect, null);
});

AppSync('the Amplify @function event (typeName/fieldName at the top) is not an AppSync resolver, and vice versa', async () => {
  const d = await detector();
  const amplify = fixture('amplify.graphql-resolver', 'echo-api-key');
  assert.is(d.detect(amplify), 'amplify.graphql-resolver');
  // An AppSync context that also carried typeName/fieldName would still be a resolver only with info.
  const { typeName: _t, fieldName: _f, ...rest } = amplify;
  assert.is(d.detect(rest), null);
  const resolver = fixture('appsync.resolver', 'api-key-identity-null');
  const { info: _i, ...noInfo } = resolver;
  assert.is.not(d.detect(noInfo), 'appsync.resolver');
});

AppSync('the AppSync Lambda authorizer is not an API Gateway TOKEN authorizer, and vice versa', async () => {
  const d = await detector();
  const appsync = fixture('appsync.authorizer', 'doc-example');
  assert.is(d.detect(appsync), 'appsync.authorizer');
  const { requestHeaders: _h, ...older } = appsync;
  assert.is(d.detect(older), 'appsync.authorizer', 'without requestHeaders (older events)');
  assert.is(
    d.detect({ type: 'TOKEN', authorizationToken: 'allow', methodArn: 'arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/' }),
    'apigateway.token-authorizer',
  );
});

AppSync('Events API PUBLISH and SUBSCRIBE contexts are appsync.events, not resolvers', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('appsync.events', 'publish')), 'appsync.events');
  assert.is(d.detect(fixture('appsync.events', 'subscribe-iam')), 'appsync.events');
  const other = fixture('appsync.events', 'publish');
  other.info.operation = 'CONNECT';
  assert.is(d.detect(other), null);
});

AppSync('results are never detected as events', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('appsync.authorizer.result', 'doc-example')), null);
  assert.is(d.detect(fixture('appsync.events.result', 'broadcast-and-fail-one')), null);
});

AppSync.run();
