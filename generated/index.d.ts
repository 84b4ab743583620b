// Generated from schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
export * from './types.js';
export type { StandardSchemaV1, ValidationError, Validator } from './validator.js';
export type * from './handler.js';
export { detect, explain } from './detect.js';
export type { Candidate, DetectCondition } from './detect.js';
import type { AlbRequestEvent, AlbRequestResult, ApiGatewayHttpAuthorizerV1Event, ApiGatewayHttpAuthorizerV1Result, ApiGatewayHttpAuthorizerV2Event, ApiGatewayHttpAuthorizerV2Result, ApiGatewayHttpProxyV1Event, ApiGatewayHttpProxyV1Result, ApiGatewayHttpProxyV2Event, ApiGatewayHttpProxyV2Result, ApiGatewayRequestAuthorizerEvent, ApiGatewayRequestAuthorizerResult, ApiGatewayRestProxyEvent, ApiGatewayRestProxyStreamingResult, ApiGatewayRestProxyResult, ApiGatewayTokenAuthorizerEvent, ApiGatewayTokenAuthorizerResult, ApiGatewayWebSocketEvent, ApiGatewayWebSocketAuthorizerEvent, ApiGatewayWebSocketResult, CloudFormationCustomResourceInSnsEvent, CloudWatchAlarmEvent, CloudWatchAlarmSnsMessageEvent, CloudWatchLogsEvent, CloudWatchLogsDataEvent, CloudWatchLogsDataInFirehoseEvent, CloudWatchLogsDataInKinesisEvent, CodeCommitTriggerEvent, CodePipelineJobEvent, ConfigRuleEvent, DocumentDbChangeStreamEvent, DynamoDbStreamBatchEvent, DynamoDbStreamBatchResult, DynamoDbStreamRecordInKinesisEvent, DynamoDbStreamTumblingWindowEvent, DynamoDbStreamTumblingWindowResult, EventBridgeEvent, EventBridgeScheduledEvent, IoTButtonEvent, IoTOneClickEvent, IoTRegistryThingEvent, IoTRegistryThingGroupEvent, IoTRegistryThingGroupHierarchyEvent, IoTRegistryThingGroupMembershipEvent, IoTRegistryThingTypeAssociationEvent, IoTRegistryThingTypeEvent, IoTRuleActionEvent, KafkaMskEvent, KafkaSelfManagedEvent, KinesisStreamBatchEvent, KinesisStreamBatchResult, KinesisStreamTumblingWindowEvent, KinesisStreamTumblingWindowResult, LambdaDestinationRecordEvent, LambdaFunctionUrlEvent, LambdaFunctionUrlStreamingResult, LambdaFunctionUrlResult, MqActiveMqEvent, MqRabbitMqEvent, S3BatchV1Event, S3BatchV1Result, S3BatchV2Event, S3BatchV2Result, S3EventBridgeObjectAccessTierChangedEvent, S3EventBridgeObjectAclUpdatedEvent, S3EventBridgeObjectCreatedEvent, S3EventBridgeObjectDeletedEvent, S3EventBridgeObjectRestoreCompletedEvent, S3EventBridgeObjectRestoreExpiredEvent, S3EventBridgeObjectRestoreInitiatedEvent, S3EventBridgeObjectStorageClassChangedEvent, S3EventBridgeObjectTagsAddedEvent, S3EventBridgeObjectTagsDeletedEvent, S3NotificationEvent, S3NotificationInSqsEvent, S3ObjectLambdaEvent, S3ObjectLambdaResult, S3TestEvent, SesReceiptEvent, SesReceiptResult, SnsNotificationEvent, SnsNotificationInSqsEvent, SqsBatchEvent, SqsBatchResult, SqsMessageInFirehoseEvent, VpcLatticeRequestV1Event, VpcLatticeRequestV1Result, VpcLatticeRequestV2Event, VpcLatticeRequestV2Result } from './types.js';

/** The payload type of every registry id. */
export interface PayloadTypes {
  "alb.request": AlbRequestEvent;
  "alb.request.result": AlbRequestResult;
  "apigateway.http-authorizer-v1": ApiGatewayHttpAuthorizerV1Event;
  "apigateway.http-authorizer-v1.result": ApiGatewayHttpAuthorizerV1Result;
  "apigateway.http-authorizer-v2": ApiGatewayHttpAuthorizerV2Event;
  "apigateway.http-authorizer-v2.result": ApiGatewayHttpAuthorizerV2Result;
  "apigateway.http-proxy-v1": ApiGatewayHttpProxyV1Event;
  "apigateway.http-proxy-v1.result": ApiGatewayHttpProxyV1Result;
  "apigateway.http-proxy-v2": ApiGatewayHttpProxyV2Event;
  "apigateway.http-proxy-v2.result": ApiGatewayHttpProxyV2Result;
  "apigateway.request-authorizer": ApiGatewayRequestAuthorizerEvent;
  "apigateway.request-authorizer.result": ApiGatewayRequestAuthorizerResult;
  "apigateway.rest-proxy": ApiGatewayRestProxyEvent;
  "apigateway.rest-proxy-streaming.result": ApiGatewayRestProxyStreamingResult;
  "apigateway.rest-proxy.result": ApiGatewayRestProxyResult;
  "apigateway.token-authorizer": ApiGatewayTokenAuthorizerEvent;
  "apigateway.token-authorizer.result": ApiGatewayTokenAuthorizerResult;
  "apigateway.websocket": ApiGatewayWebSocketEvent;
  "apigateway.websocket-authorizer": ApiGatewayWebSocketAuthorizerEvent;
  "apigateway.websocket.result": ApiGatewayWebSocketResult;
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
  "dynamodb.stream-batch.result": DynamoDbStreamBatchResult;
  "dynamodb.stream-record-in-kinesis": DynamoDbStreamRecordInKinesisEvent;
  "dynamodb.stream-tumbling-window": DynamoDbStreamTumblingWindowEvent;
  "dynamodb.stream-tumbling-window.result": DynamoDbStreamTumblingWindowResult;
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
  "kinesis.stream-batch.result": KinesisStreamBatchResult;
  "kinesis.stream-tumbling-window": KinesisStreamTumblingWindowEvent;
  "kinesis.stream-tumbling-window.result": KinesisStreamTumblingWindowResult;
  "lambda.destination-record": LambdaDestinationRecordEvent;
  "lambda.function-url": LambdaFunctionUrlEvent;
  "lambda.function-url-streaming.result": LambdaFunctionUrlStreamingResult;
  "lambda.function-url.result": LambdaFunctionUrlResult;
  "mq.activemq": MqActiveMqEvent;
  "mq.rabbitmq": MqRabbitMqEvent;
  "s3.batch-v1": S3BatchV1Event;
  "s3.batch-v1.result": S3BatchV1Result;
  "s3.batch-v2": S3BatchV2Event;
  "s3.batch-v2.result": S3BatchV2Result;
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
  "s3.object-lambda.result": S3ObjectLambdaResult;
  "s3.test-event": S3TestEvent;
  "ses.receipt": SesReceiptEvent;
  "ses.receipt.result": SesReceiptResult;
  "sns.notification": SnsNotificationEvent;
  "sns.notification-in-sqs": SnsNotificationInSqsEvent;
  "sqs.batch": SqsBatchEvent;
  "sqs.batch.result": SqsBatchResult;
  "sqs.message-in-firehose": SqsMessageInFirehoseEvent;
  "vpc-lattice.request-v1": VpcLatticeRequestV1Event;
  "vpc-lattice.request-v1.result": VpcLatticeRequestV1Result;
  "vpc-lattice.request-v2": VpcLatticeRequestV2Event;
  "vpc-lattice.request-v2.result": VpcLatticeRequestV2Result;
}

/** Every registry id. */
export type Id = keyof PayloadTypes;
/** Ids of payloads a function receives (events and nested payloads). */
export type EventId = { [K in Id]: K extends `${string}.result` ? never : K }[Id];
/** Ids of what a function returns. */
export type ResultId = Exclude<Id, EventId>;

/** Every id in the registry, sorted. */
export declare const ids: readonly Id[];
