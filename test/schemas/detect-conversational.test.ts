/**
 * Detection of the conversational, voice and contact-center sources: Lex V1 and Lex V2 share
 * messageVersion "1.0" and invocationSource; an Alexa custom skill request and a Smart Home
 * directive both come from Alexa; Connect, outbound campaigns and Chime bots are told apart by
 * their own envelopes. Responses (which a handler might echo back) are never taken for events.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { sampleModule } from '../support/samples.ts';
import { detector, fixture } from '../support/detector.ts';


const EVENTS = ['lex.v1', 'lex.v2', 'alexa.skill', 'alexa.smart-home', 'connect.contact-flow', 'connect.outbound-campaigns', 'chime.bot'];

const Detect = suite('detect: conversational, voice, contact center');

Detect('Lex V1 (currentIntent, bot.alias) and Lex V2 (sessionState, interpretations, bot.localeId) share messageVersion and invocationSource', async () => {
  const d = await detector();
  const v1 = fixture('lex.v1', 'dialog-code-hook-with-slot-details');
  const v2 = fixture('lex.v2', 'fulfillment-code-hook');
  assert.is(d.detect(v1), 'lex.v1');
  assert.is(d.detect(v2), 'lex.v2');
  assert.is(v1.messageVersion, v2.messageVersion, 'the shared discriminator value');
  // A V2 event never has currentIntent or bot.alias; a V1 event never has interpretations or bot.localeId.
  assert.is.not(d.detect({ ...v2, currentIntent: { name: 'BookCar', slots: {}, confirmationStatus: 'None' } }), 'lex.v1', 'bot.alias is V1 only');
  assert.is.not(d.detect({ ...v1, sessionState: {} }), 'lex.v2', 'a V1 event with a stray sessionState is still not V2');
  const v2WithoutInterpretations = structuredClone(v2);
  delete v2WithoutInterpretations.interpretations;
  assert.is(d.detect(v2WithoutInterpretations), null);
});

Detect('Alexa custom skill request vs Smart Home directive', async () => {
  const d = await detector();
  const skill = fixture('alexa.skill', 'intent-request');
  assert.is(d.detect(skill), 'alexa.skill');
  assert.is(d.detect(fixture('alexa.skill', 'audio-player-event-no-session')), 'alexa.skill', 'requests outside a session have no session object');
  assert.is(d.detect(fixture('alexa.smart-home', 'turn-on')), 'alexa.smart-home');
  assert.is(d.detect(fixture('alexa.smart-home', 'discover')), 'alexa.smart-home', 'discovery has no endpoint');
  // The skill rule needs an Alexa request id; any "request" object with a type is not a skill request.
  assert.is(d.detect({ version: '1.0', request: { type: 'IntentRequest', requestId: 'r-1', timestamp: '2024-03-01T12:00:00Z' } }), null);
  // A retired payload version 2 smart home message is not taken for a v3 directive (nor for a skill request).
  const v2 = { header: { namespace: 'Alexa.ConnectedHome.Control', name: 'TurnOnRequest', payloadVersion: '2', messageId: 'm' }, payload: { accessToken: 't', appliance: { applianceId: 'a' } } };
  assert.is(d.detect(v2), null);
  const directiveV2 = structuredClone(fixture('alexa.smart-home', 'turn-on')) as { directive: { header: { payloadVersion: string } } };
  directiveV2.directive.header.payloadVersion = '2';
  assert.is(d.detect(directiveV2), null);
});

Detect('Connect flow invocation, outbound campaigns batch and Chime bot events each have their own envelope', async () => {
  const d = await detector();
  assert.is(d.detect(fixture('connect.contact-flow', 'lambda-guide-example')), 'connect.contact-flow');
  assert.is(d.detect(fixture('connect.contact-flow', 'chat-not-queued')), 'connect.contact-flow');
  assert.is(d.detect(fixture('connect.outbound-campaigns', 'guide-example')), 'connect.outbound-campaigns');
  assert.is(d.detect(fixture('chime.bot', 'invite')), 'chime.bot');
  assert.is(d.detect(fixture('chime.bot', 'mention')), 'chime.bot');
  assert.is(d.detect({ Sender: { SenderId: 'u' }, Discussion: { DiscussionId: 'd' }, EventType: 'Joined' }), null, 'an unknown Chime event type');
});

Detect('responses are not detected as events (a handler that echoes its result is not mistaken for a source)', async () => {
  const d = await detector();
  for (const [id, name] of [
    ['lex.v1.result', 'close-fulfilled'],
    ['lex.v2.result', 'close-fulfilled'],
    ['lex.v2.result', 'elicit-intent'],
    ['alexa.skill.result', 'speech-card-reprompt'],
    ['alexa.smart-home.result', 'turn-on-response'],
    ['connect.contact-flow.result', 'guide-example'],
  ] as const)
    assert.is(d.detect(fixture(id, name)), null, `${id}/${name}`);
});

Detect('every default sample and every SAM counterpart is detected as its id', async () => {
  const d = await detector();
  const m = await sampleModule();
  for (const id of EVENTS) assert.is(d.detect(m.sample(id)), id, `${id} default sample`);
  for (const [name, pair] of Object.entries(m.samEvents)) if (EVENTS.includes(pair.id)) assert.is(d.detect(m.sample(pair.id, pair.set)), pair.id, `SAM ${name}`);
});

Detect.run();
