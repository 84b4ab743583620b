/**
 * Detection of the second half of the service detail types delivered through EventBridge (Glue,
 * Health, KMS, Macie Classic, OpsWorks Stacks, SMS, Systems Manager, Tag, Trusted Advisor, Step
 * Functions): detail types of one source are told apart, ids that share a detail type are told
 * apart by `detail`, and a look-alike from another source stays the generic EventBridge event.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../support/paths.ts';
import { detector } from '../support/detector.ts';

type Event = Record<string, unknown> & { detail: Record<string, unknown> };

const fixture = (id: string, name: string) => JSON.parse(readFileSync(join(FIXTURES, 'valid', id, `${name}.json`), 'utf8')) as Event;
const SERVICES = /^(glue|health|kms|macie|opsworks|sms|ssm|tag|trustedadvisor|stepfunctions)\.eventbridge-/;
/** The Glue ids of this half of group I (the other half adds Glue Job State Change, checked elsewhere). */
const OWN = ['glue.eventbridge-crawler-started', 'glue.eventbridge-crawler-succeeded', 'glue.eventbridge-crawler-failed', 'glue.eventbridge-job-run-status',
  'glue.eventbridge-data-catalog-table-state-change', 'glue.eventbridge-data-catalog-database-state-change'];

const Detect = suite('detect: service detail types via EventBridge (group I, second half)');

Detect('every valid fixture of these ids is detected as its own id', async () => {
  const d = await detector();
  const wrong: string[] = [];
  const ids = readdirSync(join(FIXTURES, 'valid')).filter((id) => SERVICES.test(id) && (!id.startsWith('glue.') || OWN.includes(id)));
  assert.ok(ids.length >= 34, `fixtures for ${ids.length} ids`);
  for (const id of ids)
    for (const file of readdirSync(join(FIXTURES, 'valid', id))) {
      const got = d.detect(fixture(id, file.replace(/\.json$/, '')));
      if (got !== id) wrong.push(`${id}/${file}: detected ${got}`);
    }
  assert.equal(wrong, [], wrong.join('\n'));
});

Detect('Glue crawler started, succeeded and failed share one detail type; detail.state tells them apart', async () => {
  const d = await detector();
  const started = fixture('glue.eventbridge-crawler-started', 'doc-crawler-started');
  assert.is(d.detect(started), 'glue.eventbridge-crawler-started');
  assert.is(d.detect({ ...started, detail: { ...started.detail, state: 'Succeeded' } }), 'glue.eventbridge-crawler-succeeded');
  assert.is(d.detect({ ...started, detail: { ...started.detail, state: 'Failed' } }), 'glue.eventbridge-crawler-failed');
  // A state Glue does not document for crawlers is no crawler id: the generic envelope takes it.
  assert.is(d.detect({ ...started, detail: { ...started.detail, state: 'Stopped' } }), 'eventbridge.event');
  // Case matters: Glue writes `Started`, not the job states' upper case.
  assert.is(d.detect({ ...started, detail: { ...started.detail, state: 'STARTED' } }), 'eventbridge.event');
});

Detect('Glue Job Run Status is not Glue Job State Change, and the Data Catalog table and database events differ', async () => {
  const d = await detector();
  const status = fixture('glue.eventbridge-job-run-status', 'doc-job-running');
  assert.is(d.detect(status), 'glue.eventbridge-job-run-status');
  assert.is.not(d.detect({ ...status, 'detail-type': 'Glue Job State Change' }), 'glue.eventbridge-job-run-status');
  const table = fixture('glue.eventbridge-data-catalog-table-state-change', 'doc-batch-create-partition');
  assert.is(d.detect({ ...table, 'detail-type': 'Glue Data Catalog Database State Change' }), 'glue.eventbridge-data-catalog-database-state-change');
});

Detect('KMS: the three key lifecycle detail types are one id; CloudTrail API calls from aws.kms are not', async () => {
  const d = await detector();
  const rotation = fixture('kms.eventbridge-cmk-event', 'cwe-guide-rotation');
  for (const dt of ['KMS CMK Rotation', 'KMS Imported Key Material Expiration', 'KMS CMK Deletion']) assert.is(d.detect({ ...rotation, 'detail-type': dt }), 'kms.eventbridge-cmk-event', dt);
  assert.is.not(d.detect({ ...rotation, 'detail-type': 'AWS API Call via CloudTrail' }), 'kms.eventbridge-cmk-event');
});

Detect('Macie Classic alerts share "Macie Alert": summary content and notification-type tell the four ids apart', async () => {
  const d = await detector();
  const scan = fixture('macie.eventbridge-bucket-scan-alert', 'cwe-guide-alert-created-bucket-policies');
  const writable = fixture('macie.eventbridge-bucket-writable-alert', 'cwe-guide-alert-created-writable-bucket');
  const highRisk = fixture('macie.eventbridge-bucket-contains-high-risk-object-alert', 'cwe-guide-alert-updated-public-bucket-high-risk-object');
  const predictive = fixture('macie.eventbridge-alert-updated', 'cwe-guide-alert-updated-predictive');
  assert.is(d.detect(scan), 'macie.eventbridge-bucket-scan-alert');
  assert.is(d.detect(writable), 'macie.eventbridge-bucket-writable-alert');
  // The high-risk example is an ALERT_UPDATED notification: its content rule (4 conditions) beats alert-updated (3).
  assert.is(highRisk.detail['notification-type'], 'ALERT_UPDATED');
  assert.is(d.detect(highRisk), 'macie.eventbridge-bucket-contains-high-risk-object-alert');
  assert.is(d.detect(predictive), 'macie.eventbridge-alert-updated');
  // An update of a writable-bucket alert is still a writable-bucket alert.
  assert.is(d.detect({ ...writable, detail: { ...writable.detail, 'notification-type': 'ALERT_UPDATED' } }), 'macie.eventbridge-bucket-writable-alert');
  // A new predictive alert matches no Macie id: only the generic envelope.
  assert.is(d.detect({ ...predictive, detail: { ...predictive.detail, 'notification-type': 'ALERT_CREATED' } }), 'eventbridge.event');
  // Amazon Macie (not Classic) findings share the source but not the detail type.
  assert.is(d.detect({ ...scan, 'detail-type': 'Macie Finding' }), 'eventbridge.event');
});

Detect('Systems Manager: look-alike detail types of aws.ssm each map to their own id', async () => {
  const d = await detector();
  const pairs: [string, string][] = [
    ['ssm.eventbridge-ec2-command-status-change', 'ssm.eventbridge-ec2-command-invocation-status-change'],
    ['ssm.eventbridge-ec2-automation-execution-status-change', 'ssm.eventbridge-ec2-automation-step-status-change'],
    ['ssm.eventbridge-ec2-state-manager-association-state-change', 'ssm.eventbridge-ec2-state-manager-instance-association-state-change'],
    ['ssm.eventbridge-maintenance-window-execution-state-change', 'ssm.eventbridge-maintenance-window-task-execution-state-change'],
    ['ssm.eventbridge-maintenance-window-task-execution-state-change', 'ssm.eventbridge-maintenance-window-task-target-invocation-state-change'],
    ['ssm.eventbridge-maintenance-window-state-change', 'ssm.eventbridge-maintenance-window-target-registration'],
  ];
  for (const [a, b] of pairs) {
    const first = readdirSync(join(FIXTURES, 'valid', a))[0]!.replace(/\.json$/, '');
    const other = readdirSync(join(FIXTURES, 'valid', b))[0]!.replace(/\.json$/, '');
    const ea = fixture(a, first);
    const eb = fixture(b, other);
    assert.is(d.detect(ea), a);
    assert.is(d.detect(eb), b);
    // The detail type alone decides, even when the detail looks like the other one's.
    assert.is(d.detect({ ...ea, detail: eb.detail }), a, `${a} with ${b}'s detail`);
  }
  // Change Manager and OpsCenter events of aws.ssm are not among these ids.
  const calendar = fixture('ssm.eventbridge-calendar-state-change', 'doc-calendar-open');
  assert.is(d.detect({ ...calendar, 'detail-type': 'Change Request Status Update' }), 'eventbridge.event');
  assert.is(d.detect({ ...calendar, 'detail-type': 'OpsItem Create' }), 'eventbridge.event');
});

Detect('the source must match: a custom event reusing a service detail type stays generic', async () => {
  const d = await detector();
  const parameter = fixture('ssm.eventbridge-parameter-store-state-change', 'doc-create');
  assert.is(d.detect({ ...parameter, source: 'com.example.app' }), 'eventbridge.event');
  // The Patch Compliant example on the SSM page has source "aws.123456789012" (a doc error): not an SSM event.
  const patch = fixture('ssm.eventbridge-configuration-compliance-state-change', 'doc-patch-compliant-source-fixed');
  assert.is(d.detect({ ...patch, source: 'aws.123456789012' }), 'eventbridge.event');
  // Step Functions events come from aws.states, not aws.stepfunctions.
  const execution = fixture('stepfunctions.eventbridge-execution-status-change', 'doc-execution-succeeded');
  assert.is(d.detect(execution), 'stepfunctions.eventbridge-execution-status-change');
  assert.is(d.detect({ ...execution, source: 'aws.stepfunctions' }), 'eventbridge.event');
  // Health abuse events share the source, not the detail type.
  const health = fixture('health.eventbridge-event', 'doc-elb-api-issue');
  assert.is(d.detect({ ...health, 'detail-type': 'AWS Health Abuse Event' }), 'eventbridge.event');
});

Detect('OpsWorks Stacks: instance, command, deployment and alert detail types stay apart', async () => {
  const d = await detector();
  const instance = fixture('opsworks.eventbridge-instance-state-change', 'cwe-guide-requested');
  for (const [dt, id] of [
    ['OpsWorks Instance State Change', 'opsworks.eventbridge-instance-state-change'],
    ['OpsWorks Command State Change', 'opsworks.eventbridge-command-state-change'],
    ['OpsWorks Deployment State Change', 'opsworks.eventbridge-deployment-state-change'],
    ['OpsWorks Alert', 'opsworks.eventbridge-alert'],
  ])
    assert.is(d.detect({ ...instance, 'detail-type': dt }), id, dt);
});

Detect.run();
