/**
 * Detection of the Cognito ids: every trigger shares the common fields (version, region,
 * userPoolId, userName, callerContext, request, response), so `triggerSource` is the
 * discriminator, and `version` decides between the pre token generation event versions.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../support/paths.ts';
import { detector } from '../support/detector.ts';

type Event = Record<string, unknown> & { request: Record<string, unknown>; response?: Record<string, unknown> };
const fixture = (id: string, name: string) => JSON.parse(readFileSync(join(FIXTURES, 'valid', id, `${name}.json`), 'utf8')) as Event;

const Cognito = suite('detect: Cognito look-alikes');

Cognito('each user pool trigger fixture is detected as its own id', async () => {
  const d = await detector();
  for (const [id, name] of [
    ['cognito.pre-signup', 'registered-domain-sent'],
    ['cognito.pre-signup', 'external-provider'],
    ['cognito.post-confirmation', 'confirm-forgot-password'],
    ['cognito.pre-authentication', 'block-app-client'],
    ['cognito.post-authentication', 'log-sign-in'],
    ['cognito.pre-token-generation', 'sent'],
    ['cognito.pre-token-generation-v2', 'sent'],
    ['cognito.pre-token-generation-v3', 'client-credentials-sent'],
    ['cognito.custom-message', 'admin-create-user-returned'],
    ['cognito.define-auth-challenge', 'srp-a-sent'],
    ['cognito.create-auth-challenge', 'captcha-sent'],
    ['cognito.verify-auth-challenge-response', 'captcha-sent'],
    ['cognito.user-migration', 'forgot-password-sent'],
    ['cognito.custom-email-sender', 'sign-up'],
    ['cognito.custom-sms-sender', 'authentication-mfa'],
    ['cognito.inbound-federation', 'saml-groups'],
    ['cognito.sync-trigger', 'dataset-sent'],
  ] as const)
    assert.is(d.detect(fixture(id, name)), id, `${id}/${name}`);
});

Cognito('the same user-flow event is v1, v2 or v3 by version alone', async () => {
  const d = await detector();
  const base = fixture('cognito.pre-token-generation-v2', 'sent');
  for (const [version, id] of [
    ['1', 'cognito.pre-token-generation'],
    ['2', 'cognito.pre-token-generation-v2'],
    ['3', 'cognito.pre-token-generation-v3'],
  ] as const)
    assert.is(d.detect({ ...base, version }), id, `version ${version}`);
  // A version Cognito does not send for this trigger is no pre token generation event.
  assert.is(d.detect({ ...base, version: '4' }), null);
  assert.is(d.detect({ ...base, version: 2 }), null, 'version is a string');
});

Cognito('client credentials (machine-to-machine) is only ever version 3', async () => {
  const d = await detector();
  const m2m = fixture('cognito.pre-token-generation-v3', 'client-credentials-sent');
  assert.is(d.detect(m2m), 'cognito.pre-token-generation-v3');
  assert.is(d.detect({ ...m2m, version: '2' }), null);
  assert.is(d.detect({ ...m2m, version: '1' }), null);
});

Cognito('custom email sender vs custom SMS sender vs custom message: the triggerSource family decides', async () => {
  const d = await detector();
  const email = fixture('cognito.custom-email-sender', 'sign-up');
  const sms = fixture('cognito.custom-sms-sender', 'authentication-mfa');
  assert.is(d.detect(email), 'cognito.custom-email-sender');
  assert.is(d.detect(sms), 'cognito.custom-sms-sender');
  // Same request shape, other family: the SMS sender's source makes it an SMS event (validation then flags the request type).
  assert.is(d.detect({ ...email, triggerSource: 'CustomSMSSender_SignUp' }), 'cognito.custom-sms-sender');
  // Account-takeover notifications exist for email only.
  assert.is(d.detect({ ...sms, triggerSource: 'CustomSMSSender_AccountTakeOverNotification' }), null);
  assert.is(d.detect({ ...email, triggerSource: 'CustomEmailSender_AccountTakeOverNotification' }), 'cognito.custom-email-sender');
  // A custom message event with the same flow is the custom message trigger.
  assert.is(d.detect({ ...email, triggerSource: 'CustomMessage_SignUp' }), 'cognito.custom-message');
});

Cognito('the three custom authentication challenge triggers share request fields but not triggerSource', async () => {
  const d = await detector();
  const define = fixture('cognito.define-auth-challenge', 'srp-a-sent');
  assert.is(d.detect({ ...define, triggerSource: 'CreateAuthChallenge_Authentication' }), 'cognito.create-auth-challenge');
  assert.is(d.detect({ ...define, triggerSource: 'VerifyAuthChallengeResponse_Authentication' }), 'cognito.verify-auth-challenge-response');
});

Cognito('pre vs post authentication, pre sign-up vs post confirmation, unknown flows', async () => {
  const d = await detector();
  const pre = fixture('cognito.pre-authentication', 'block-app-client');
  assert.is(d.detect({ ...pre, triggerSource: 'PostAuthentication_Authentication' }), 'cognito.post-authentication');
  assert.is(d.detect({ ...pre, triggerSource: 'PostConfirmation_ConfirmSignUp' }), 'cognito.post-confirmation');
  assert.is(d.detect({ ...pre, triggerSource: 'PreSignUp_AdminCreateUser' }), 'cognito.pre-signup');
  assert.is(d.detect({ ...pre, triggerSource: 'UserMigration_Authentication' }), 'cognito.user-migration');
  // Values Cognito does not send are claimed by no rule.
  for (const triggerSource of ['PreTokenGen', 'testTrigger', 'PreAuthentication', 'CustomMessage_SignUp/CustomMessage_ResendCode'])
    assert.is(d.detect({ ...pre, triggerSource }), null, triggerSource);
});

Cognito('Cognito events are not taken for other sources, and the Sync trigger needs its records', async () => {
  const d = await detector();
  const v2 = fixture('cognito.pre-token-generation-v2', 'sent');
  // An HTTP API payload 2.0 has version "2.0", not "2"; a Cognito event carries no routeKey.
  assert.is(d.detect(v2), 'cognito.pre-token-generation-v2');
  const sync = fixture('cognito.sync-trigger', 'dataset-sent');
  const { datasetRecords: _records, ...withoutRecords } = sync;
  assert.is(d.detect(withoutRecords), null);
  assert.is(d.detect({ ...sync, eventType: 'SyncTriggers' }), null);
});

Cognito.run();
