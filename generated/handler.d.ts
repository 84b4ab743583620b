// Generated from generator/runtime/handler.ts and schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlbRequestEvent, AlbRequestResult, ApiGatewayHttpAuthorizerV1Event, ApiGatewayHttpAuthorizerV1Result, ApiGatewayHttpAuthorizerV2Event, ApiGatewayHttpAuthorizerV2Result, ApiGatewayHttpProxyV1Event, ApiGatewayHttpProxyV1Result, ApiGatewayHttpProxyV2Event, ApiGatewayHttpProxyV2Result, ApiGatewayRequestAuthorizerEvent, ApiGatewayRequestAuthorizerResult, ApiGatewayRestProxyEvent, ApiGatewayRestProxyResult, ApiGatewayTokenAuthorizerEvent, ApiGatewayTokenAuthorizerResult, ApiGatewayWebSocketAuthorizerEvent, ApiGatewayWebSocketEvent, ApiGatewayWebSocketResult, CloudFormationCustomResourceInSnsEvent, CloudWatchAlarmEvent, CloudWatchAlarmSnsMessageEvent, CloudWatchLogsDataEvent, CloudWatchLogsDataInFirehoseEvent, CloudWatchLogsDataInKinesisEvent, CloudWatchLogsEvent, CodeCommitTriggerEvent, CodePipelineJobEvent, ConfigRuleEvent, DocumentDbChangeStreamEvent, DynamoDbStreamBatchEvent, DynamoDbStreamBatchResult, DynamoDbStreamRecordInKinesisEvent, DynamoDbStreamTumblingWindowEvent, DynamoDbStreamTumblingWindowResult, EventBridgeEvent, EventBridgeScheduledEvent, IoTButtonEvent, IoTOneClickEvent, IoTRegistryThingEvent, IoTRegistryThingGroupEvent, IoTRegistryThingGroupHierarchyEvent, IoTRegistryThingGroupMembershipEvent, IoTRegistryThingTypeAssociationEvent, IoTRegistryThingTypeEvent, IoTRuleActionEvent, KafkaMskEvent, KafkaSelfManagedEvent, KinesisStreamBatchEvent, KinesisStreamBatchResult, KinesisStreamTumblingWindowEvent, KinesisStreamTumblingWindowResult, LambdaDestinationRecordEvent, LambdaFunctionUrlEvent, LambdaFunctionUrlResult, MqActiveMqEvent, MqRabbitMqEvent, S3BatchV1Event, S3BatchV1Result, S3BatchV2Event, S3BatchV2Result, S3EventBridgeObjectAccessTierChangedEvent, S3EventBridgeObjectAclUpdatedEvent, S3EventBridgeObjectCreatedEvent, S3EventBridgeObjectDeletedEvent, S3EventBridgeObjectRestoreCompletedEvent, S3EventBridgeObjectRestoreExpiredEvent, S3EventBridgeObjectRestoreInitiatedEvent, S3EventBridgeObjectStorageClassChangedEvent, S3EventBridgeObjectTagsAddedEvent, S3EventBridgeObjectTagsDeletedEvent, S3NotificationEvent, S3NotificationInSqsEvent, S3ObjectLambdaEvent, S3ObjectLambdaResult, S3TestEvent, SesReceiptEvent, SesReceiptResult, SnsNotificationEvent, SnsNotificationInSqsEvent, SqsBatchEvent, SqsBatchResult, SqsMessageInFirehoseEvent, VpcLatticeRequestV1Event, VpcLatticeRequestV1Result, VpcLatticeRequestV2Event, VpcLatticeRequestV2Result } from './types.js';
import type { ValidationError, Validator } from './validator.js';

/** The context object Lambda passes to every handler. https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html */
export interface Context {
  callbackWaitsForEmptyEventLoop: boolean;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  identity?: { cognitoIdentityId: string; cognitoIdentityPoolId: string } | undefined;
  clientContext?: { client: Record<string, string>; custom?: unknown; env: Record<string, string> } | undefined;
  tenantId?: string | undefined;
  /** Milliseconds left before the invocation times out. */
  getRemainingTimeInMillis(): number;
}

export type Callback<R> = (error?: Error | string | null, result?: R) => void;
/** An async handler. */
export type Handler<E, R> = (event: E, context: Context) => Promise<R>;
/** A callback-style handler (runtimes before Node.js 24). */
export type CallbackHandler<E, R> = (event: E, context: Context, callback: Callback<R>) => void;

/** For each event id: what its invoker reads back (void where the return value is ignored, unknown where the registry has no result schema yet). */
export interface ResultTypes {
  "alb.request": AlbRequestResult;
  "apigateway.http-authorizer-v1": ApiGatewayHttpAuthorizerV1Result;
  "apigateway.http-authorizer-v2": ApiGatewayHttpAuthorizerV2Result;
  "apigateway.http-proxy-v1": ApiGatewayHttpProxyV1Result;
  "apigateway.http-proxy-v2": ApiGatewayHttpProxyV2Result;
  "apigateway.request-authorizer": ApiGatewayRequestAuthorizerResult;
  "apigateway.rest-proxy": ApiGatewayRestProxyResult;
  "apigateway.token-authorizer": ApiGatewayTokenAuthorizerResult;
  "apigateway.websocket": ApiGatewayWebSocketResult;
  "apigateway.websocket-authorizer": ApiGatewayRequestAuthorizerResult;
  "cloudformation.custom-resource-in-sns": void;
  "cloudwatch.alarm": void;
  "cloudwatch.alarm-sns-message": unknown;
  "cloudwatch.logs": void;
  "cloudwatch.logs-data": unknown;
  "cloudwatch.logs-data-in-firehose": unknown;
  "cloudwatch.logs-data-in-kinesis": KinesisStreamBatchResult | void;
  "codecommit.trigger": void;
  "codepipeline.job": void;
  "config.rule": void;
  "documentdb.change-stream": unknown;
  "dynamodb.stream-batch": DynamoDbStreamBatchResult | void;
  "dynamodb.stream-record-in-kinesis": KinesisStreamBatchResult | void;
  "dynamodb.stream-tumbling-window": DynamoDbStreamTumblingWindowResult | void;
  "eventbridge.event": void;
  "eventbridge.scheduled": void;
  "iot.button": void;
  "iot.one-click": void;
  "iot.registry-thing-event": void;
  "iot.registry-thing-group-event": void;
  "iot.registry-thing-group-hierarchy-event": void;
  "iot.registry-thing-group-membership-event": void;
  "iot.registry-thing-type-association-event": void;
  "iot.registry-thing-type-event": void;
  "iot.rule-action": void;
  "kafka.msk": unknown;
  "kafka.self-managed": unknown;
  "kinesis.stream-batch": KinesisStreamBatchResult | void;
  "kinesis.stream-tumbling-window": KinesisStreamTumblingWindowResult | void;
  "lambda.destination-record": void;
  "lambda.function-url": LambdaFunctionUrlResult;
  "mq.activemq": unknown;
  "mq.rabbitmq": unknown;
  "s3.batch-v1": S3BatchV1Result;
  "s3.batch-v2": S3BatchV2Result;
  "s3.eventbridge-object-access-tier-changed": void;
  "s3.eventbridge-object-acl-updated": void;
  "s3.eventbridge-object-created": void;
  "s3.eventbridge-object-deleted": void;
  "s3.eventbridge-object-restore-completed": void;
  "s3.eventbridge-object-restore-expired": void;
  "s3.eventbridge-object-restore-initiated": void;
  "s3.eventbridge-object-storage-class-changed": void;
  "s3.eventbridge-object-tags-added": void;
  "s3.eventbridge-object-tags-deleted": void;
  "s3.notification": void;
  "s3.notification-in-sqs": SqsBatchResult | void;
  "s3.object-lambda": S3ObjectLambdaResult;
  "s3.test-event": void;
  "ses.receipt": SesReceiptResult | void;
  "sns.notification": void;
  "sns.notification-in-sqs": SqsBatchResult | void;
  "sqs.batch": SqsBatchResult | void;
  "sqs.message-in-firehose": unknown;
  "vpc-lattice.request-v1": VpcLatticeRequestV1Result;
  "vpc-lattice.request-v2": VpcLatticeRequestV2Result;
}

/** Payload types of the ids a handler can receive. */
export interface EventTypes {
  "alb.request": AlbRequestEvent;
  "apigateway.http-authorizer-v1": ApiGatewayHttpAuthorizerV1Event;
  "apigateway.http-authorizer-v2": ApiGatewayHttpAuthorizerV2Event;
  "apigateway.http-proxy-v1": ApiGatewayHttpProxyV1Event;
  "apigateway.http-proxy-v2": ApiGatewayHttpProxyV2Event;
  "apigateway.request-authorizer": ApiGatewayRequestAuthorizerEvent;
  "apigateway.rest-proxy": ApiGatewayRestProxyEvent;
  "apigateway.token-authorizer": ApiGatewayTokenAuthorizerEvent;
  "apigateway.websocket": ApiGatewayWebSocketEvent;
  "apigateway.websocket-authorizer": ApiGatewayWebSocketAuthorizerEvent;
  "cloudformation.custom-resource-in-sns": CloudFormationCustomResourceInSnsEvent;
  "cloudwatch.alarm": CloudWatchAlarmEvent;
  "cloudwatch.alarm-sns-message": CloudWatchAlarmSnsMessageEvent;
  "cloudwatch.logs": CloudWatchLogsEvent;
  "cloudwatch.logs-data": CloudWatchLogsDataEvent;
  "cloudwatch.logs-data-in-firehose": CloudWatchLogsDataInFirehoseEvent;
  "cloudwatch.logs-data-in-kinesis": CloudWatchLogsDataInKinesisEvent;
  "codecommit.trigger": CodeCommitTriggerEvent;
  "codepipeline.job": CodePipelineJobEvent;
  "config.rule": ConfigRuleEvent;
  "documentdb.change-stream": DocumentDbChangeStreamEvent;
  "dynamodb.stream-batch": DynamoDbStreamBatchEvent;
  "dynamodb.stream-record-in-kinesis": DynamoDbStreamRecordInKinesisEvent;
  "dynamodb.stream-tumbling-window": DynamoDbStreamTumblingWindowEvent;
  "eventbridge.event": EventBridgeEvent;
  "eventbridge.scheduled": EventBridgeScheduledEvent;
  "iot.button": IoTButtonEvent;
  "iot.one-click": IoTOneClickEvent;
  "iot.registry-thing-event": IoTRegistryThingEvent;
  "iot.registry-thing-group-event": IoTRegistryThingGroupEvent;
  "iot.registry-thing-group-hierarchy-event": IoTRegistryThingGroupHierarchyEvent;
  "iot.registry-thing-group-membership-event": IoTRegistryThingGroupMembershipEvent;
  "iot.registry-thing-type-association-event": IoTRegistryThingTypeAssociationEvent;
  "iot.registry-thing-type-event": IoTRegistryThingTypeEvent;
  "iot.rule-action": IoTRuleActionEvent;
  "kafka.msk": KafkaMskEvent;
  "kafka.self-managed": KafkaSelfManagedEvent;
  "kinesis.stream-batch": KinesisStreamBatchEvent;
  "kinesis.stream-tumbling-window": KinesisStreamTumblingWindowEvent;
  "lambda.destination-record": LambdaDestinationRecordEvent;
  "lambda.function-url": LambdaFunctionUrlEvent;
  "mq.activemq": MqActiveMqEvent;
  "mq.rabbitmq": MqRabbitMqEvent;
  "s3.batch-v1": S3BatchV1Event;
  "s3.batch-v2": S3BatchV2Event;
  "s3.eventbridge-object-access-tier-changed": S3EventBridgeObjectAccessTierChangedEvent;
  "s3.eventbridge-object-acl-updated": S3EventBridgeObjectAclUpdatedEvent;
  "s3.eventbridge-object-created": S3EventBridgeObjectCreatedEvent;
  "s3.eventbridge-object-deleted": S3EventBridgeObjectDeletedEvent;
  "s3.eventbridge-object-restore-completed": S3EventBridgeObjectRestoreCompletedEvent;
  "s3.eventbridge-object-restore-expired": S3EventBridgeObjectRestoreExpiredEvent;
  "s3.eventbridge-object-restore-initiated": S3EventBridgeObjectRestoreInitiatedEvent;
  "s3.eventbridge-object-storage-class-changed": S3EventBridgeObjectStorageClassChangedEvent;
  "s3.eventbridge-object-tags-added": S3EventBridgeObjectTagsAddedEvent;
  "s3.eventbridge-object-tags-deleted": S3EventBridgeObjectTagsDeletedEvent;
  "s3.notification": S3NotificationEvent;
  "s3.notification-in-sqs": S3NotificationInSqsEvent;
  "s3.object-lambda": S3ObjectLambdaEvent;
  "s3.test-event": S3TestEvent;
  "ses.receipt": SesReceiptEvent;
  "sns.notification": SnsNotificationEvent;
  "sns.notification-in-sqs": SnsNotificationInSqsEvent;
  "sqs.batch": SqsBatchEvent;
  "sqs.message-in-firehose": SqsMessageInFirehoseEvent;
  "vpc-lattice.request-v1": VpcLatticeRequestV1Event;
  "vpc-lattice.request-v2": VpcLatticeRequestV2Event;
}

export type HandlerId = keyof EventTypes;
export type HandlerOf<I extends HandlerId> = Handler<EventTypes[I], ResultTypes[I]>;
export type CallbackHandlerOf<I extends HandlerId> = CallbackHandler<EventTypes[I], ResultTypes[I]>;

/** Handler of `alb.request`: Application Load Balancer request to a Lambda target. @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html */
export type AlbRequestHandler = HandlerOf<"alb.request">;
/** Handler of `apigateway.http-authorizer-v1`: API Gateway HTTP API Lambda authorizer input (payload 1.0). @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html */
export type ApiGatewayHttpAuthorizerV1Handler = HandlerOf<"apigateway.http-authorizer-v1">;
/** Handler of `apigateway.http-authorizer-v2`: API Gateway HTTP API Lambda authorizer input (payload 2.0). @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html */
export type ApiGatewayHttpAuthorizerV2Handler = HandlerOf<"apigateway.http-authorizer-v2">;
/** Handler of `apigateway.http-proxy-v1`: API Gateway HTTP API Lambda proxy request (payload 1.0). @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html */
export type ApiGatewayHttpProxyV1Handler = HandlerOf<"apigateway.http-proxy-v1">;
/** Handler of `apigateway.http-proxy-v2`: API Gateway HTTP API Lambda proxy request (payload 2.0). @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html */
export type ApiGatewayHttpProxyV2Handler = HandlerOf<"apigateway.http-proxy-v2">;
/** Handler of `apigateway.request-authorizer`: API Gateway REST API Lambda REQUEST authorizer input. @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html */
export type ApiGatewayRequestAuthorizerHandler = HandlerOf<"apigateway.request-authorizer">;
/** Handler of `apigateway.rest-proxy`: API Gateway REST API Lambda proxy request (payload 1.0). @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html */
export type ApiGatewayRestProxyHandler = HandlerOf<"apigateway.rest-proxy">;
/** Handler of `apigateway.token-authorizer`: API Gateway REST API Lambda TOKEN authorizer input. @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html */
export type ApiGatewayTokenAuthorizerHandler = HandlerOf<"apigateway.token-authorizer">;
/** Handler of `apigateway.websocket`: API Gateway WebSocket API route event. @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integrations.html */
export type ApiGatewayWebSocketHandler = HandlerOf<"apigateway.websocket">;
/** Handler of `apigateway.websocket-authorizer`: API Gateway WebSocket API Lambda REQUEST authorizer input. @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html */
export type ApiGatewayWebSocketAuthorizerHandler = HandlerOf<"apigateway.websocket-authorizer">;
/** Handler of `cloudformation.custom-resource-in-sns`: CloudFormation custom resource request in an SNS notification. @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html */
export type CloudFormationCustomResourceInSnsHandler = HandlerOf<"cloudformation.custom-resource-in-sns">;
/** Handler of `cloudwatch.alarm`: Amazon CloudWatch alarm Lambda action. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-actions-Lambda.html */
export type CloudWatchAlarmHandler = HandlerOf<"cloudwatch.alarm">;
/** Handler of `cloudwatch.alarm-sns-message`: CloudWatch alarm notification in an SNS message. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html */
export type CloudWatchAlarmSnsMessageHandler = HandlerOf<"cloudwatch.alarm-sns-message">;
/** Handler of `cloudwatch.logs`: Amazon CloudWatch Logs subscription event. @see https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html */
export type CloudWatchLogsHandler = HandlerOf<"cloudwatch.logs">;
/** Handler of `cloudwatch.logs-data`: Decoded CloudWatch Logs subscription data. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html */
export type CloudWatchLogsDataHandler = HandlerOf<"cloudwatch.logs-data">;
/** Handler of `cloudwatch.logs-data-in-firehose`: CloudWatch Logs data in a Firehose transformation batch. @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html */
export type CloudWatchLogsDataInFirehoseHandler = HandlerOf<"cloudwatch.logs-data-in-firehose">;
/** Handler of `cloudwatch.logs-data-in-kinesis`: CloudWatch Logs data in a Kinesis batch. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html */
export type CloudWatchLogsDataInKinesisHandler = HandlerOf<"cloudwatch.logs-data-in-kinesis">;
/** Handler of `codecommit.trigger`: AWS CodeCommit repository trigger. @see https://docs.aws.amazon.com/lambda/latest/dg/services-codecommit.html */
export type CodeCommitTriggerHandler = HandlerOf<"codecommit.trigger">;
/** Handler of `codepipeline.job`: AWS CodePipeline Lambda invoke action job. @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html */
export type CodePipelineJobHandler = HandlerOf<"codepipeline.job">;
/** Handler of `config.rule`: AWS Config custom rule evaluation. @see https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html */
export type ConfigRuleHandler = HandlerOf<"config.rule">;
/** Handler of `documentdb.change-stream`: Amazon DocumentDB change stream batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html */
export type DocumentDbChangeStreamHandler = HandlerOf<"documentdb.change-stream">;
/** Handler of `dynamodb.stream-batch`: Amazon DynamoDB Streams batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html */
export type DynamoDbStreamBatchHandler = HandlerOf<"dynamodb.stream-batch">;
/** Handler of `dynamodb.stream-record-in-kinesis`: DynamoDB change records in a Kinesis batch. @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html */
export type DynamoDbStreamRecordInKinesisHandler = HandlerOf<"dynamodb.stream-record-in-kinesis">;
/** Handler of `dynamodb.stream-tumbling-window`: Amazon DynamoDB Streams batch with tumbling window. @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html */
export type DynamoDbStreamTumblingWindowHandler = HandlerOf<"dynamodb.stream-tumbling-window">;
/** Handler of `eventbridge.event`: Amazon EventBridge event. @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html */
export type EventBridgeEventHandler = HandlerOf<"eventbridge.event">;
/** Handler of `eventbridge.scheduled`: Amazon EventBridge scheduled event. @see https://docs.aws.amazon.com/eventbridge/latest/userguide/event-reference.html */
export type EventBridgeScheduledHandler = HandlerOf<"eventbridge.scheduled">;
/** Handler of `iot.button`: AWS IoT Button click. @see https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html */
export type IoTButtonHandler = HandlerOf<"iot.button">;
/** Handler of `iot.one-click`: AWS IoT 1-Click device event. @see https://docs.aws.amazon.com/iot-1-click/latest/developerguide/1click-events.html */
export type IoTOneClickHandler = HandlerOf<"iot.one-click">;
/** Handler of `iot.registry-thing-event`: AWS IoT registry thing event. @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html */
export type IoTRegistryThingEventHandler = HandlerOf<"iot.registry-thing-event">;
/** Handler of `iot.registry-thing-group-event`: AWS IoT registry thing group event. @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html */
export type IoTRegistryThingGroupEventHandler = HandlerOf<"iot.registry-thing-group-event">;
/** Handler of `iot.registry-thing-group-hierarchy-event`: AWS IoT registry thing group hierarchy event. @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html */
export type IoTRegistryThingGroupHierarchyEventHandler = HandlerOf<"iot.registry-thing-group-hierarchy-event">;
/** Handler of `iot.registry-thing-group-membership-event`: AWS IoT registry thing group membership event. @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html */
export type IoTRegistryThingGroupMembershipEventHandler = HandlerOf<"iot.registry-thing-group-membership-event">;
/** Handler of `iot.registry-thing-type-association-event`: AWS IoT registry thing type association event. @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html */
export type IoTRegistryThingTypeAssociationEventHandler = HandlerOf<"iot.registry-thing-type-association-event">;
/** Handler of `iot.registry-thing-type-event`: AWS IoT registry thing type event. @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html */
export type IoTRegistryThingTypeEventHandler = HandlerOf<"iot.registry-thing-type-event">;
/** Handler of `iot.rule-action`: AWS IoT rule Lambda action payload. @see https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html */
export type IoTRuleActionHandler = HandlerOf<"iot.rule-action">;
/** Handler of `kafka.msk`: Amazon MSK batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html */
export type KafkaMskHandler = HandlerOf<"kafka.msk">;
/** Handler of `kafka.self-managed`: Self-managed Apache Kafka batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html */
export type KafkaSelfManagedHandler = HandlerOf<"kafka.self-managed">;
/** Handler of `kinesis.stream-batch`: Amazon Kinesis Data Streams batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html */
export type KinesisStreamBatchHandler = HandlerOf<"kinesis.stream-batch">;
/** Handler of `kinesis.stream-tumbling-window`: Amazon Kinesis Data Streams batch with tumbling window. @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html */
export type KinesisStreamTumblingWindowHandler = HandlerOf<"kinesis.stream-tumbling-window">;
/** Handler of `lambda.destination-record`: Lambda asynchronous invocation record (Lambda destination). @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html */
export type LambdaDestinationRecordHandler = HandlerOf<"lambda.destination-record">;
/** Handler of `lambda.function-url`: Lambda function URL request. @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html */
export type LambdaFunctionUrlHandler = HandlerOf<"lambda.function-url">;
/** Handler of `mq.activemq`: Amazon MQ for ActiveMQ batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html */
export type MqActiveMqHandler = HandlerOf<"mq.activemq">;
/** Handler of `mq.rabbitmq`: Amazon MQ for RabbitMQ batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html */
export type MqRabbitMqHandler = HandlerOf<"mq.rabbitmq">;
/** Handler of `s3.batch-v1`: S3 Batch Operations invocation, schema 1.0. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html */
export type S3BatchV1Handler = HandlerOf<"s3.batch-v1">;
/** Handler of `s3.batch-v2`: S3 Batch Operations invocation, schema 2.0. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html */
export type S3BatchV2Handler = HandlerOf<"s3.batch-v2">;
/** Handler of `s3.eventbridge-object-access-tier-changed`: Amazon S3 Object Access Tier Changed event via EventBridge. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html */
export type S3EventBridgeObjectAccessTierChangedHandler = HandlerOf<"s3.eventbridge-object-access-tier-changed">;
/** Handler of `s3.eventbridge-object-acl-updated`: Amazon S3 Object ACL Updated event via EventBridge. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html */
export type S3EventBridgeObjectAclUpdatedHandler = HandlerOf<"s3.eventbridge-object-acl-updated">;
/** Handler of `s3.eventbridge-object-created`: Amazon S3 Object Created event via EventBridge. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html */
export type S3EventBridgeObjectCreatedHandler = HandlerOf<"s3.eventbridge-object-created">;
/** Handler of `s3.eventbridge-object-deleted`: Amazon S3 Object Deleted event via EventBridge. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html */
export type S3EventBridgeObjectDeletedHandler = HandlerOf<"s3.eventbridge-object-deleted">;
/** Handler of `s3.eventbridge-object-restore-completed`: Amazon S3 Object Restore Completed event via EventBridge. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html */
export type S3EventBridgeObjectRestoreCompletedHandler = HandlerOf<"s3.eventbridge-object-restore-completed">;
/** Handler of `s3.eventbridge-object-restore-expired`: Amazon S3 Object Restore Expired event via EventBridge. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html */
export type S3EventBridgeObjectRestoreExpiredHandler = HandlerOf<"s3.eventbridge-object-restore-expired">;
/** Handler of `s3.eventbridge-object-restore-initiated`: Amazon S3 Object Restore Initiated event via EventBridge. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html */
export type S3EventBridgeObjectRestoreInitiatedHandler = HandlerOf<"s3.eventbridge-object-restore-initiated">;
/** Handler of `s3.eventbridge-object-storage-class-changed`: Amazon S3 Object Storage Class Changed event via EventBridge. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html */
export type S3EventBridgeObjectStorageClassChangedHandler = HandlerOf<"s3.eventbridge-object-storage-class-changed">;
/** Handler of `s3.eventbridge-object-tags-added`: Amazon S3 Object Tags Added event via EventBridge. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html */
export type S3EventBridgeObjectTagsAddedHandler = HandlerOf<"s3.eventbridge-object-tags-added">;
/** Handler of `s3.eventbridge-object-tags-deleted`: Amazon S3 Object Tags Deleted event via EventBridge. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html */
export type S3EventBridgeObjectTagsDeletedHandler = HandlerOf<"s3.eventbridge-object-tags-deleted">;
/** Handler of `s3.notification`: Amazon S3 event notification. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html */
export type S3NotificationHandler = HandlerOf<"s3.notification">;
/** Handler of `s3.notification-in-sqs`: S3 event notifications in an SQS batch. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html */
export type S3NotificationInSqsHandler = HandlerOf<"s3.notification-in-sqs">;
/** Handler of `s3.object-lambda`: Amazon S3 Object Lambda request. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html */
export type S3ObjectLambdaHandler = HandlerOf<"s3.object-lambda">;
/** Handler of `s3.test-event`: Amazon S3 test event. @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html */
export type S3TestEventHandler = HandlerOf<"s3.test-event">;
/** Handler of `ses.receipt`: Amazon SES email receiving Lambda action. @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html */
export type SesReceiptHandler = HandlerOf<"ses.receipt">;
/** Handler of `sns.notification`: Amazon SNS notification. @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html */
export type SnsNotificationHandler = HandlerOf<"sns.notification">;
/** Handler of `sns.notification-in-sqs`: SNS notifications in an SQS batch. @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html */
export type SnsNotificationInSqsHandler = HandlerOf<"sns.notification-in-sqs">;
/** Handler of `sqs.batch`: Amazon SQS message batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html */
export type SqsBatchHandler = HandlerOf<"sqs.batch">;
/** Handler of `sqs.message-in-firehose`: SQS messages in a Firehose transformation batch. @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html */
export type SqsMessageInFirehoseHandler = HandlerOf<"sqs.message-in-firehose">;
/** Handler of `vpc-lattice.request-v1`: Amazon VPC Lattice request to a Lambda target (event structure V1). @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html */
export type VpcLatticeRequestV1Handler = HandlerOf<"vpc-lattice.request-v1">;
/** Handler of `vpc-lattice.request-v2`: Amazon VPC Lattice request to a Lambda target (event structure V2). @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html */
export type VpcLatticeRequestV2Handler = HandlerOf<"vpc-lattice.request-v2">;

export interface DefineHandlerOptions<I extends HandlerId> {
  /** Validate each incoming event first (import it from 'lambda-event-registry/<id>'); an invalid event throws EventValidationError. */
  validate?: Validator<EventTypes[I]>;
  /** Validate what the handler returns (e.g. in development); an invalid result throws EventValidationError. */
  validateResult?: Validator<Exclude<ResultTypes[I], void>>;
}

/** Type a handler from a registry id, optionally validating its event and result with the given precompiled validators. */
export declare function defineHandler<I extends HandlerId>(id: I, handler: HandlerOf<I>, options?: DefineHandlerOptions<I>): HandlerOf<I>;

/** Thrown when an event or a result does not validate. */
export declare class EventValidationError extends Error {
  readonly id: string;
  readonly target: 'event' | 'result';
  readonly errors: ValidationError[];
}
