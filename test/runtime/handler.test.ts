/**
 * defineHandler's errors say what is wrong: an event from another trigger is named as such (with
 * the detect option), and a bad result is reported under the result's id, not the event's.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defineHandler, EventValidationError } from 'lambda-event-registry/handler';
import { detect } from 'lambda-event-registry/detect';
import { validate as validateRest } from 'lambda-event-registry/apigateway.rest-proxy';
import { validate as validateSqs } from 'lambda-event-registry/sqs.batch';
import { validate as validateSqsResult } from 'lambda-event-registry/sqs.batch.result';
import { validate as validateWsAuthorizerResult } from 'lambda-event-registry/apigateway.request-authorizer.result';
import { sample } from 'lambda-event-registry/sample';
import type { Context } from 'lambda-event-registry/handler';

const Handler = suite('defineHandler: errors that say what is wrong');
const context = {} as Context;

async function rejection(run: () => Promise<unknown>): Promise<EventValidationError> {
  try {
    await run();
  } catch (error) {
    assert.instance(error, EventValidationError);
    return error as EventValidationError;
  }
  throw new Error('expected an EventValidationError');
}

Handler('an HTTP API v2 event sent to a REST handler is named as such, with detect', async () => {
  const handler = defineHandler('apigateway.rest-proxy', async () => ({ statusCode: 200, body: '' }), { validate: validateRest, detect });
  const error = await rejection(() => handler(sample('apigateway.http-proxy-v2') as never, context));
  assert.is(error.detected, 'apigateway.http-proxy-v2');
  assert.match(error.message, /^event is an apigateway\.http-proxy-v2 event, not apigateway\.rest-proxy/);
  assert.is(error.errors[0]!.keyword, 'required');
});

Handler('an SNS notification sent to an SQS handler is named as such; without detect, the first field error', async () => {
  const withDetect = defineHandler('sqs.batch', async () => ({ batchItemFailures: [] }), { validate: validateSqs, detect });
  assert.match((await rejection(() => withDetect(sample('sns.notification') as never, context))).message, 'is a sns.notification event, not sqs.batch');
  const without = defineHandler('sqs.batch', async () => ({ batchItemFailures: [] }), { validate: validateSqs });
  const error = await rejection(() => without(sample('sns.notification') as never, context));
  assert.is(error.detected, null);
  assert.match(error.message, /^event is not a valid sqs\.batch: /);
});

Handler('a bad result is reported under the result id', async () => {
  const handler = defineHandler('sqs.batch', async () => ({ batchItemFailures: [{ itemIdentifier: '' }] }), { validate: validateSqs, validateResult: validateSqsResult });
  const error = await rejection(() => handler(sample('sqs.batch'), context));
  assert.is(error.target, 'result');
  assert.is(error.id, 'sqs.batch.result');
  assert.match(error.message, /^handler result is not a valid sqs\.batch\.result: \/batchItemFailures\/0\/itemIdentifier/);
  // A WebSocket authorizer returns the REST request authorizer's result: the error names that id.
  const ws = defineHandler('apigateway.websocket-authorizer', async () => ({ principalId: 'me' }) as never, { validateResult: validateWsAuthorizerResult });
  assert.is((await rejection(() => ws(sample('apigateway.websocket-authorizer'), context))).id, 'apigateway.request-authorizer.result');
});

Handler('every validator names the id it checks', () => {
  assert.is(validateSqs.id, 'sqs.batch');
  assert.is(validateSqsResult.id, 'sqs.batch.result');
});

Handler.run();
