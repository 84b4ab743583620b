/**
 * A consumer of the packed package, compiled with tsc --strict in an empty project and run by
 * test/package.test.ts. Every line here is something a user of the package relies on.
 */
import { defineHandler, EventValidationError, type SqsBatchHandler } from 'lambda-event-registry/handler';
import { validate as validateSqs } from 'lambda-event-registry/sqs.batch';
import { validate as validateSqsResult } from 'lambda-event-registry/sqs.batch.result';
import { validate as validateRest, type ApiGatewayRestProxyEvent } from 'lambda-event-registry/apigateway.rest-proxy';
import { sample } from 'lambda-event-registry/sample';
import { detect } from 'lambda-event-registry/detect';
import type { ApiGatewayRestProxyResult, StandardSchemaV1 } from 'lambda-event-registry';

// A typed SQS handler with partial batch responses, validating its event and result.
export const sqsHandler: SqsBatchHandler = defineHandler(
  'sqs.batch',
  async (event) => ({ batchItemFailures: event.Records.filter((r) => r.body === 'fail').map((r) => ({ itemIdentifier: r.messageId })) }),
  { validate: validateSqs, validateResult: validateSqsResult },
);

// An API Gateway handler: event fields typed, nullable where AWS sends null.
export const restHandler = defineHandler('apigateway.rest-proxy', async (event: ApiGatewayRestProxyEvent): Promise<ApiGatewayRestProxyResult> => {
  const name = event.queryStringParameters?.name ?? 'world';
  return { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: `hello ${name}` };
}, { validate: validateRest });

async function standard<T>(schema: StandardSchemaV1<unknown, T>, value: unknown): Promise<T> {
  const result = await schema['~standard'].validate(value);
  if (result.issues) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

const context = {
  callbackWaitsForEmptyEventLoop: true,
  functionName: 'f',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f',
  memoryLimitInMB: '128',
  awsRequestId: 'id',
  logGroupName: 'g',
  logStreamName: 's',
  getRemainingTimeInMillis: () => 1000,
  // Legacy methods, declared so that @types/aws-lambda's Context and ours are assignable both ways.
  done: () => {},
  fail: () => {},
  succeed: () => {},
};

export async function main(captured: unknown): Promise<string[]> {
  const out: string[] = [];
  out.push(`captured=${validateSqs(captured) ? captured.Records[0]?.eventSource : JSON.stringify(validateSqs.errors)}`);
  const event = sample('sqs.batch', { body: 'fail' });
  out.push(`detect=${detect(event)}`);
  const result = await sqsHandler(event, context);
  out.push(`failures=${result ? result.batchItemFailures.length : -1}`);
  try {
    await sqsHandler({ Records: [{}] } as never, context);
    out.push('invalid event accepted');
  } catch (error) {
    out.push(`rejected=${error instanceof EventValidationError ? error.errors[0]?.keyword : 'other'}`);
  }
  const checked = await standard(validateSqs, sample('sqs.batch'));
  out.push(`standard=${checked.Records.length}`);
  const rest = await restHandler(sample('apigateway.rest-proxy'), context);
  out.push(`status=${rest.statusCode}`);
  return out;
}
