/**
 * Detection of the service integrations that call a function and act on its answer (Client VPN,
 * CodeDeploy hooks, CloudWatch custom widgets, Ground Truth, WorkMail, CloudFormation custom
 * resources and the CDK Provider framework): look-alikes are told apart, and the payloads that
 * do not identify themselves are left to `--id` rather than claimed by a loose rule.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadRegistry } from '../support/registry.ts';
import { detector, fixture } from '../support/detector.ts';


const Detect = suite('detect: service integrations (services-b)');

Detect('a custom resource request sent directly is not the same request delivered through SNS', async () => {
  const d = await detector();
  const direct = fixture('cloudformation.custom-resource', 'create-doc-example');
  assert.is(d.detect(direct), 'cloudformation.custom-resource');
  for (const name of ['update-doc-example', 'delete-doc-example']) assert.is(d.detect(fixture('cloudformation.custom-resource', name)), 'cloudformation.custom-resource', name);
  const sns = fixture('sns.notification', 'subject-null') as { Records: { Sns: { Message: string } }[] };
  const wrapped = structuredClone(sns);
  wrapped.Records[0]!.Sns.Message = JSON.stringify(direct);
  assert.is(d.detect(wrapped), 'cloudformation.custom-resource-in-sns');
  assert.is(d.detect(sns), 'sns.notification', 'an SNS message that is not a custom resource request stays an SNS notification');
});

Detect('a request without ResponseURL is not a direct CloudFormation request', async () => {
  const d = await detector();
  const { ResponseURL: _url, ...withoutUrl } = fixture('cloudformation.custom-resource', 'create-doc-example');
  assert.is.not(d.detect(withoutUrl), 'cloudformation.custom-resource');
});

Detect('CDK Provider onEvent and isComplete payloads have no rule: they read as the CloudFormation request they copy', async () => {
  const { registry } = await loadRegistry();
  for (const id of ['cdk.provider-on-event', 'cdk.provider-is-complete']) {
    const entry = registry.entries.find((e) => e.id === id);
    assert.ok(entry, id);
    assert.is(entry!.detect, null, `${id} has detect: false`);
  }
  const d = await detector();
  // The framework forwards the request with its ResponseURL, so detection reports the CloudFormation id,
  // whose schema the onEvent payload also satisfies; `--id cdk.provider-on-event` picks the CDK type.
  assert.is(d.detect(fixture('cdk.provider-on-event', 'update')), 'cloudformation.custom-resource');
  assert.is(d.detect(fixture('cdk.provider-is-complete', 'create-after-on-event')), 'cloudformation.custom-resource');
});

Detect('Ground Truth pre-annotation (dataObject) vs annotation consolidation (payload.s3Uri)', async () => {
  const d = await detector();
  const pre = fixture('sagemaker.ground-truth-pre-human-task', 'source-ref-doc-example');
  const post = fixture('sagemaker.ground-truth-annotation-consolidation', 'doc-example');
  assert.is(d.detect(pre), 'sagemaker.ground-truth-pre-human-task');
  assert.is(d.detect(fixture('sagemaker.ground-truth-pre-human-task', 'source-doc-example')), 'sagemaker.ground-truth-pre-human-task');
  assert.is(d.detect(post), 'sagemaker.ground-truth-annotation-consolidation');
  const { payload: _payload, ...noPayload } = post;
  assert.is.not(d.detect(noPayload), 'sagemaker.ground-truth-annotation-consolidation');
  assert.is.not(d.detect(noPayload), 'sagemaker.ground-truth-pre-human-task');
});

Detect('WorkMail message flow: flowDirection with the summary envelope', async () => {
  const d = await detector();
  const mail = fixture('workmail.message-flow', 'doc-example');
  assert.is(d.detect(mail), 'workmail.message-flow');
  assert.is(d.detect({ ...mail, flowDirection: 'OUTBOUND' }), 'workmail.message-flow');
  const { summaryVersion: _v, ...noVersion } = mail;
  assert.is.not(d.detect(noVersion), 'workmail.message-flow');
});

Detect('Client VPN connect handler, CodeDeploy hook and CloudWatch custom widget are detected by their own keys', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('clientvpn.connection-handler', 'schema-v2-saml')), 'clientvpn.connection-handler');
  assert.is(d.detect(fixture('clientvpn.connection-handler', 'schema-v1-mutual-auth')), 'clientvpn.connection-handler');
  assert.is(d.detect(fixture('codedeploy.lifecycle-hook', 'before-allow-traffic')), 'codedeploy.lifecycle-hook');
  assert.is(d.detect(fixture('cloudwatch.dashboard-custom-widget', 'doc-example')), 'cloudwatch.dashboard-custom-widget');
  // A bare DeploymentId (as in CodeDeploy's EventBridge detail) is not a hook invocation.
  assert.is.not(d.detect({ DeploymentId: 'd-ABCDEF123' }), 'codedeploy.lifecycle-hook');
  // The console's documentation request carries no widgetContext: validate it with --id.
  assert.is(d.detect(fixture('cloudwatch.dashboard-custom-widget', 'describe')), null);
});

Detect('results are never detected as events', async () => {
  const d = await detector();
  for (const [id, name] of [
    ['cloudformation.custom-resource.result', 'update-success-doc-example'],
    ['cdk.provider-on-event.result', 'readme-no-echo'],
    ['cdk.provider-is-complete.result', 'complete-with-data'],
    ['clientvpn.connection-handler.result', 'doc-example-v2'],
    ['workmail.message-flow.result', 'bounce-doc-example'],
    ['sagemaker.ground-truth-pre-human-task.result', 'task-object'],
    ['cloudwatch.dashboard-custom-widget.result', 'markdown'],
  ] as const)
    assert.is(d.detect(fixture(id, name)), null, id);
});

Detect.run();
