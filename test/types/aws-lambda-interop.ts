/**
 * Type-level interop with @types/aws-lambda and middy (checked by tsc --strict in
 * test/codegen/typecheck.test.ts, which compiles every test file under tsconfig.json; never run).
 * Our handler Context is assignable to and from @types/aws-lambda's; a handler from defineHandler
 * goes into middy() as it is; handlers typed either way accept the other's context.
 */
import middy from '@middy/core';
import type { Callback as AwsCallback, Context as AwsContext, Handler as AwsHandler, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { defineHandler, type CallbackHandlerOf, type ClientContextDocument, type Context, type HandlerOf } from 'lambda-event-registry/handler';
import type { SqsBatchEvent, SqsBatchResult } from 'lambda-event-registry';
import { validate } from 'lambda-event-registry/sqs.batch';

// The two Context types are mutually assignable.
export const theirsFromOurs = (c: Context): AwsContext => c;
export const oursFromTheirs = (c: AwsContext): Context => c;

// middy(defineHandler(...)) compiles, with or without validation, and keeps the event and result types.
export const wrapped = middy(
  defineHandler('sqs.batch', async (event) => ({ batchItemFailures: event.Records.filter((r) => r.body === '').map((r) => ({ itemIdentifier: r.messageId })) }), { validate }),
);
export const wrappedPlain = middy(defineHandler('sqs.batch', async (event, context) => {
  context.getRemainingTimeInMillis() satisfies number;
  event.Records[0]?.eventSource satisfies 'aws:sqs' | undefined;
}));
export const withMiddleware = middy(defineHandler('apigateway.rest-proxy', async () => ({ statusCode: 200, body: '' }))).before(async (request) => {
  request.context.awsRequestId satisfies string;
});

// A handler typed with @types/aws-lambda (Handler<SQSEvent>) takes our Context, and ours takes theirs.
declare const theirHandler: AwsHandler<SQSEvent, SQSBatchResponse | void>;
declare const ourHandler: HandlerOf<'sqs.batch'>;
declare const ourContext: Context;
declare const theirContext: AwsContext;
declare const theirEvent: SQSEvent;
declare const ourEvent: SqsBatchEvent;
declare const callback: AwsCallback<SQSBatchResponse | void>;
export const theirsWithOurs = theirHandler(theirEvent, ourContext, callback);
export const oursWithTheirs = ourHandler(ourEvent, theirContext);
// Over the same event type, our handler types are @types handlers, and a @types handler is one of our callback-style handlers.
declare const theirsOverOurEvent: AwsHandler<SqsBatchEvent, SqsBatchResult | void>;
export const asTheirs: AwsHandler<SqsBatchEvent, SqsBatchResult | void> = ourHandler;
export const asOurs: CallbackHandlerOf<'sqs.batch'> = theirsOverOurEvent;

// The documented client context reads without a cast.
export function appTitle(context: Context): string | undefined {
  const cc: ClientContextDocument | undefined = context.clientContext;
  return cc?.client?.app_title;
}
