/**
 * Detection of AWS service events delivered by EventBridge (group I, first half): each detail
 * type is told apart from the other detail types of its source, from the same detail-type sent
 * by a custom source, and from the generic envelope (eventbridge.event) it also matches.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../support/paths.ts';
import { detector } from '../support/detector.ts';

type Event = Record<string, unknown> & { 'detail-type': string; source: string; detail: Record<string, unknown> };

const fixture = (id: string, name: string) => JSON.parse(readFileSync(join(FIXTURES, 'valid', id, `${name}.json`), 'utf8')) as Event;
/** The event with its envelope changed: another detail-type and/or source, detail kept. */
const as = (event: Event, changes: Partial<Pick<Event, 'detail-type' | 'source'>>): Event => ({ ...structuredClone(event), ...changes });

const IDS = [
  'guardduty.eventbridge-malware-protection-object-scan-result',
  'codebuild.eventbridge-build-state-change',
  'codebuild.eventbridge-build-phase-change',
  'codepipeline.eventbridge-pipeline-execution-state-change',
  'codepipeline.eventbridge-stage-execution-state-change',
  'codepipeline.eventbridge-action-execution-state-change',
  'codedeploy.eventbridge-deployment-state-change',
  'codedeploy.eventbridge-instance-state-change',
  'ecr.eventbridge-image-scan',
  'ecr.eventbridge-image-action',
  'ecs.eventbridge-container-instance-state-change',
  'autoscaling.eventbridge-instance-launch-successful',
  'autoscaling.eventbridge-instance-launch-unsuccessful',
  'autoscaling.eventbridge-instance-launch-lifecycle-action',
  'autoscaling.eventbridge-instance-terminate-successful',
  'autoscaling.eventbridge-instance-terminate-unsuccessful',
  'autoscaling.eventbridge-instance-terminate-lifecycle-action',
  'cloudtrail.eventbridge-aws-api-call',
  'signin.eventbridge-console-sign-in',
  'ec2.eventbridge-instance-state-change',
  'emr.eventbridge-auto-scaling-policy-state-change',
  'emr.eventbridge-cluster-state-change',
  'emr.eventbridge-instance-group-state-change',
  'emr.eventbridge-step-status-change',
  'gamelift.eventbridge-matchmaking-searching',
  'gamelift.eventbridge-potential-match-created',
  'gamelift.eventbridge-accept-match',
  'gamelift.eventbridge-accept-match-completed',
  'gamelift.eventbridge-matchmaking-succeeded',
  'gamelift.eventbridge-matchmaking-timed-out',
  'gamelift.eventbridge-matchmaking-cancelled',
  'gamelift.eventbridge-matchmaking-failed',
  'glue.eventbridge-job-run-state-change',
] as const;

const Detect = suite('detect: EventBridge service events (group I, first half)');

Detect('every valid fixture of these ids is detected as its id, not as the generic envelope', async () => {
  const d = await detector();
  for (const id of IDS) {
    const files = readdirSync(join(FIXTURES, 'valid', id));
    assert.ok(files.length > 0, `${id} has no valid fixture`);
    for (const file of files) assert.is(d.detect(fixture(id, file.replace(/\.json$/, ''))), id, `${id}/${file}`);
  }
});

Detect('detail types of one source are told apart by detail-type', async () => {
  const d = await detector();
  const groups: string[][] = [
    ['codebuild.eventbridge-build-state-change', 'codebuild.eventbridge-build-phase-change'],
    ['codepipeline.eventbridge-pipeline-execution-state-change', 'codepipeline.eventbridge-stage-execution-state-change', 'codepipeline.eventbridge-action-execution-state-change'],
    ['codedeploy.eventbridge-deployment-state-change', 'codedeploy.eventbridge-instance-state-change'],
    ['ecr.eventbridge-image-scan', 'ecr.eventbridge-image-action'],
    ['emr.eventbridge-auto-scaling-policy-state-change', 'emr.eventbridge-cluster-state-change', 'emr.eventbridge-instance-group-state-change', 'emr.eventbridge-step-status-change'],
    IDS.filter((id) => id.startsWith('autoscaling.')),
  ];
  for (const group of groups) {
    const events = group.map((id) => fixture(id, readdirSync(join(FIXTURES, 'valid', id))[0]!.replace(/\.json$/, '')));
    // The detail-type alone decides: each event relabeled with a sibling's detail-type follows it.
    for (const [i, event] of events.entries())
      for (const [j, other] of events.entries()) assert.is(d.detect(as(event, { 'detail-type': other['detail-type'] })), group[j], `${group[i]} as ${group[j]}`);
  }
});

Detect('Auto Scaling: launch and terminate lifecycle actions, successful and unsuccessful activities are six ids', async () => {
  const d = await detector();
  const seen = new Set(IDS.filter((id) => id.startsWith('autoscaling.')).map((id) => d.detect(fixture(id, 'doc-example'))));
  assert.is(seen.size, 6);
});

Detect('GameLift: one detail-type, detail.type picks the id; an unknown type stays a generic event', async () => {
  const d = await detector();
  const searching = fixture('gamelift.eventbridge-matchmaking-searching', 'doc-example');
  const byType: Record<string, string> = {
    MatchmakingSearching: 'gamelift.eventbridge-matchmaking-searching',
    PotentialMatchCreated: 'gamelift.eventbridge-potential-match-created',
    AcceptMatch: 'gamelift.eventbridge-accept-match',
    AcceptMatchCompleted: 'gamelift.eventbridge-accept-match-completed',
    MatchmakingSucceeded: 'gamelift.eventbridge-matchmaking-succeeded',
    MatchmakingTimedOut: 'gamelift.eventbridge-matchmaking-timed-out',
    MatchmakingCancelled: 'gamelift.eventbridge-matchmaking-cancelled',
    MatchmakingFailed: 'gamelift.eventbridge-matchmaking-failed',
  };
  for (const [type, id] of Object.entries(byType)) {
    const event = structuredClone(searching);
    event.detail.type = type;
    assert.is(d.detect(event), id, type);
  }
  const unknown = structuredClone(searching);
  unknown.detail.type = 'MatchmakingQueued';
  assert.is(d.detect(unknown), 'eventbridge.event');
  const untyped = structuredClone(searching);
  delete untyped.detail.type;
  assert.is(d.detect(untyped), 'eventbridge.event');
  // A queue placement event of the same source is another detail-type.
  assert.is(d.detect(as(searching, { 'detail-type': 'GameLift Queue Placement Event' })), 'eventbridge.event');
});

Detect('a known source with an unknown detail-type is a generic EventBridge event', async () => {
  const d = await detector();
  const cases: [string, string, string][] = [
    ['ec2.eventbridge-instance-state-change', 'pending', 'EC2 Spot Instance Interruption Warning'],
    ['ecs.eventbridge-container-instance-state-change', 'active', 'ECS Task State Change'],
    ['codebuild.eventbridge-build-state-change', 'succeeded', 'CodeBuild Report State Change'],
    ['ecr.eventbridge-image-action', 'push', 'ECR Replication Action'],
    ['guardduty.eventbridge-malware-protection-object-scan-result', 'threats-found', 'GuardDuty Malware Protection Post Scan Action Failed'],
    ['emr.eventbridge-cluster-state-change', 'terminated', 'EMR Instance Fleet State Change'],
    ['signin.eventbridge-console-sign-in', 'root-success', 'AWS Console Action via CloudTrail'],
  ];
  for (const [id, name, detailType] of cases) assert.is(d.detect(as(fixture(id, name), { 'detail-type': detailType })), 'eventbridge.event', `${id} as ${detailType}`);
});

Detect('the same detail-type from another source is not the AWS service event', async () => {
  const d = await detector();
  for (const [id, name] of [
    ['ec2.eventbridge-instance-state-change', 'pending'],
    ['glue.eventbridge-job-run-state-change', 'succeeded'],
    ['codedeploy.eventbridge-deployment-state-change', 'success'],
    ['gamelift.eventbridge-matchmaking-failed', 'doc-example'],
    ['signin.eventbridge-console-sign-in', 'check-mfa'],
  ] as const)
    assert.is(d.detect(as(fixture(id, name), { source: 'com.example.orders' })), 'eventbridge.event', id);
  // EMR's own events come from aws.emr; aws.elasticmapreduce is the CloudTrail source of EMR API calls.
  assert.is(d.detect(as(fixture('emr.eventbridge-step-status-change', 'failed'), { source: 'aws.elasticmapreduce' })), 'eventbridge.event');
});

Detect('CloudTrail API calls come from any aws.* source; sign-ins are their own detail-type', async () => {
  const d = await detector();
  const call = fixture('cloudtrail.eventbridge-aws-api-call', 'create-bucket-root');
  for (const source of ['aws.s3', 'aws.ec2', 'aws.iam', 'aws.signin', 'aws.emr-serverless'])
    assert.is(d.detect(as(call, { source })), 'cloudtrail.eventbridge-aws-api-call', source);
  // Custom sources cannot use the aws. prefix, so such an event is not from CloudTrail.
  assert.is(d.detect(as(call, { source: 'com.example' })), 'eventbridge.event');
  const signin = fixture('signin.eventbridge-console-sign-in', 'root-success');
  assert.is(d.detect(signin), 'signin.eventbridge-console-sign-in');
  assert.is(d.detect(as(signin, { 'detail-type': 'AWS API Call via CloudTrail' })), 'cloudtrail.eventbridge-aws-api-call');
  assert.is(d.detect(as(call, { 'detail-type': 'AWS Service Event via CloudTrail' })), 'eventbridge.event');
});

Detect('S3 EventBridge events and scheduled events keep their ids beside these', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('eventbridge.scheduled', 'hourly-rule')), 'eventbridge.scheduled');
  assert.is(d.detect(fixture('eventbridge.event', 'custom-event')), 'eventbridge.event');
});

Detect.run();
