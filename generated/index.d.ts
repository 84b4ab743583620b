// Generated from schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
export * from './types.js';
export type { ValidationError, Validator } from './validator.js';
export { detect, explain } from './detect.js';
export type { Candidate, DetectCondition } from './detect.js';
import type { AlbRequestEvent, AlbRequestResult, ApiGatewayHttpProxyV2Event, ApiGatewayHttpProxyV2Result, ApiGatewayRestProxyEvent, ApiGatewayRestProxyResult, DynamoDbStreamBatchEvent, DynamoDbStreamBatchResult, EventBridgeEvent, EventBridgeScheduledEvent, KinesisStreamBatchEvent, KinesisStreamBatchResult, LambdaFunctionUrlEvent, LambdaFunctionUrlResult, S3NotificationEvent, SnsNotificationEvent, SqsBatchEvent, SqsBatchResult } from './types.js';

/** The payload type of every registry id. */
export interface PayloadTypes {
  "alb.request": AlbRequestEvent;
  "alb.request.result": AlbRequestResult;
  "apigateway.http-proxy-v2": ApiGatewayHttpProxyV2Event;
  "apigateway.http-proxy-v2.result": ApiGatewayHttpProxyV2Result;
  "apigateway.rest-proxy": ApiGatewayRestProxyEvent;
  "apigateway.rest-proxy.result": ApiGatewayRestProxyResult;
  "dynamodb.stream-batch": DynamoDbStreamBatchEvent;
  "dynamodb.stream-batch.result": DynamoDbStreamBatchResult;
  "eventbridge.event": EventBridgeEvent;
  "eventbridge.scheduled": EventBridgeScheduledEvent;
  "kinesis.stream-batch": KinesisStreamBatchEvent;
  "kinesis.stream-batch.result": KinesisStreamBatchResult;
  "lambda.function-url": LambdaFunctionUrlEvent;
  "lambda.function-url.result": LambdaFunctionUrlResult;
  "s3.notification": S3NotificationEvent;
  "sns.notification": SnsNotificationEvent;
  "sqs.batch": SqsBatchEvent;
  "sqs.batch.result": SqsBatchResult;
}

/** Every registry id. */
export type Id = keyof PayloadTypes;
/** Ids of payloads a function receives (events and nested payloads). */
export type EventId = { [K in Id]: K extends `${string}.result` ? never : K }[Id];
/** Ids of what a function returns. */
export type ResultId = Exclude<Id, EventId>;

/** Every id in the registry, sorted. */
export declare const ids: readonly Id[];
