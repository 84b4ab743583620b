// Generated from schemas/ (x-lambda.carries) and generator/runtime/nested.ts by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFormationCustomResourceInSnsEvent, CloudFormationCustomResourceRequest, CloudWatchLogsDataEvent, CloudWatchLogsDataInFirehoseEvent, CloudWatchLogsDataInKinesisEvent, CloudWatchLogsEvent, DynamoDbKinesisChangeRecord, DynamoDbStreamRecordInKinesisEvent, S3NotificationEvent, S3NotificationInSqsEvent, S3TestEvent, SnsHttpNotification, SnsNotificationInSqsEvent, SqsMessageInFirehoseEvent, SqsRecord } from './types.js';

/** One payload found inside another: where it was, and the decoded value or why decoding failed. */
export interface CarriedPayload<T = unknown> {
  /** JSON pointer of the encoded string in the outer payload. */
  pointer: string;
  value?: T;
  error?: string;
}

/** For each id that carries payloads: the outer type and the type of what it carries. */
export interface NestedTypes {
  "cloudformation.custom-resource-in-sns": { outer: CloudFormationCustomResourceInSnsEvent; inner: CloudFormationCustomResourceRequest };
  "cloudwatch.logs": { outer: CloudWatchLogsEvent; inner: CloudWatchLogsDataEvent };
  "cloudwatch.logs-data-in-firehose": { outer: CloudWatchLogsDataInFirehoseEvent; inner: CloudWatchLogsDataEvent };
  "cloudwatch.logs-data-in-kinesis": { outer: CloudWatchLogsDataInKinesisEvent; inner: CloudWatchLogsDataEvent };
  "dynamodb.stream-record-in-kinesis": { outer: DynamoDbStreamRecordInKinesisEvent; inner: DynamoDbKinesisChangeRecord };
  "s3.notification-in-sqs": { outer: S3NotificationInSqsEvent; inner: S3NotificationEvent | S3TestEvent };
  "sns.notification-in-sqs": { outer: SnsNotificationInSqsEvent; inner: SnsHttpNotification };
  "sqs.message-in-firehose": { outer: SqsMessageInFirehoseEvent; inner: SqsRecord };
}

/**
 * Decode every payload an event carries (SQS bodies holding S3 notifications, Kinesis data
 * holding DynamoDB records, CloudWatch Logs gzip+base64 data...). Decoding never throws; check
 * the value with the inner id's validator before trusting its type.
 */
export declare function decodeNested<I extends keyof NestedTypes>(id: I, event: NestedTypes[I]['outer']): CarriedPayload<NestedTypes[I]['inner']>[];
/** Decode the strings at `at` (a JSON pointer, `*` for every array item) with the given steps. */
export declare function carried<T = unknown>(root: unknown, at: string, steps: readonly ('base64' | 'gzip' | 'json')[]): CarriedPayload<T>[];
