// Generated from schemas/ and generator/runtime/registry-types.ts by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlbRequestEvent, AlbRequestResult, AmplifyGraphQlResolverEvent, ApiGatewayHttpAuthorizerV1Event, ApiGatewayHttpAuthorizerV1Result, ApiGatewayHttpAuthorizerV2Event, ApiGatewayHttpAuthorizerV2Result, ApiGatewayHttpProxyV1Event, ApiGatewayHttpProxyV1Result, ApiGatewayHttpProxyV2Event, ApiGatewayHttpProxyV2Result, ApiGatewayRequestAuthorizerEvent, ApiGatewayRequestAuthorizerResult, ApiGatewayRestProxyEvent, ApiGatewayRestProxyResult, ApiGatewayRestProxyStreamingResult, ApiGatewayTokenAuthorizerEvent, ApiGatewayTokenAuthorizerResult, ApiGatewayWebSocketAuthorizerEvent, ApiGatewayWebSocketEvent, ApiGatewayWebSocketResult, AppSyncAuthorizerEvent, AppSyncAuthorizerResult, AppSyncBatchResolverEvent, AppSyncEventsEvent, AppSyncEventsResult, AppSyncResolverEvent, CloudFormationCustomResourceInSnsEvent, CloudFormationCustomResourceRequest, CloudFrontOriginRequestEvent, CloudFrontOriginRequestResult, CloudFrontOriginResponseEvent, CloudFrontOriginResponseResult, CloudFrontViewerRequestEvent, CloudFrontViewerRequestResult, CloudFrontViewerResponseEvent, CloudFrontViewerResponseResult, CloudWatchAlarmEvent, CloudWatchAlarmSnsMessageEvent, CloudWatchLogsDataEvent, CloudWatchLogsDataInFirehoseEvent, CloudWatchLogsDataInKinesisEvent, CloudWatchLogsEvent, CodeCommitTriggerEvent, CodePipelineJobEvent, CognitoCreateAuthChallengeEvent, CognitoCustomEmailSenderEvent, CognitoCustomMessageEvent, CognitoCustomSmsSenderEvent, CognitoDefineAuthChallengeEvent, CognitoInboundFederationEvent, CognitoPostAuthenticationEvent, CognitoPostConfirmationEvent, CognitoPreAuthenticationEvent, CognitoPreSignupEvent, CognitoPreTokenGenerationEvent, CognitoPreTokenGenerationV2Event, CognitoPreTokenGenerationV3Event, CognitoSyncTriggerEvent, CognitoUserMigrationEvent, CognitoVerifyAuthChallengeResponseEvent, ConfigRuleEvent, DocumentDbChangeStreamEvent, DynamoDbKinesisChangeRecord, DynamoDbStreamBatchEvent, DynamoDbStreamBatchResult, DynamoDbStreamRecordInKinesisEvent, DynamoDbStreamTumblingWindowEvent, DynamoDbStreamTumblingWindowResult, EventBridgeEvent, EventBridgeScheduledEvent, IoTButtonEvent, IoTOneClickEvent, IoTRegistryThingEvent, IoTRegistryThingGroupEvent, IoTRegistryThingGroupHierarchyEvent, IoTRegistryThingGroupMembershipEvent, IoTRegistryThingTypeAssociationEvent, IoTRegistryThingTypeEvent, IoTRuleActionEvent, KafkaMskEvent, KafkaSelfManagedEvent, KinesisStreamBatchEvent, KinesisStreamBatchResult, KinesisStreamTumblingWindowEvent, KinesisStreamTumblingWindowResult, LambdaDestinationRecordEvent, LambdaFunctionUrlEvent, LambdaFunctionUrlResult, LambdaFunctionUrlStreamingResult, MqActiveMqEvent, MqRabbitMqEvent, S3BatchV1Event, S3BatchV1Result, S3BatchV2Event, S3BatchV2Result, S3EventBridgeObjectAccessTierChangedEvent, S3EventBridgeObjectAclUpdatedEvent, S3EventBridgeObjectCreatedEvent, S3EventBridgeObjectDeletedEvent, S3EventBridgeObjectRestoreCompletedEvent, S3EventBridgeObjectRestoreExpiredEvent, S3EventBridgeObjectRestoreInitiatedEvent, S3EventBridgeObjectStorageClassChangedEvent, S3EventBridgeObjectTagsAddedEvent, S3EventBridgeObjectTagsDeletedEvent, S3NotificationEvent, S3NotificationInSqsEvent, S3ObjectLambdaEvent, S3ObjectLambdaResult, S3TestEvent, SesReceiptEvent, SesReceiptResult, SnsHttpNotification, SnsNotificationEvent, SnsNotificationInSqsEvent, SqsBatchEvent, SqsBatchResult, SqsMessageInFirehoseEvent, SqsRecord, VpcLatticeRequestV1Event, VpcLatticeRequestV1Result, VpcLatticeRequestV2Event, VpcLatticeRequestV2Result } from './types.js';

/** The payload type of every registry id. */
export interface PayloadTypes {
  "alb.request": AlbRequestEvent;
  "alb.request.result": AlbRequestResult;
  "amplify.graphql-resolver": AmplifyGraphQlResolverEvent;
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
  "appsync.authorizer": AppSyncAuthorizerEvent;
  "appsync.authorizer.result": AppSyncAuthorizerResult;
  "appsync.batch-resolver": AppSyncBatchResolverEvent;
  "appsync.events": AppSyncEventsEvent;
  "appsync.events.result": AppSyncEventsResult;
  "appsync.resolver": AppSyncResolverEvent;
  "cloudformation.custom-resource-in-sns": CloudFormationCustomResourceInSnsEvent;
  "cloudfront.origin-request": CloudFrontOriginRequestEvent;
  "cloudfront.origin-request.result": CloudFrontOriginRequestResult;
  "cloudfront.origin-response": CloudFrontOriginResponseEvent;
  "cloudfront.origin-response.result": CloudFrontOriginResponseResult;
  "cloudfront.viewer-request": CloudFrontViewerRequestEvent;
  "cloudfront.viewer-request.result": CloudFrontViewerRequestResult;
  "cloudfront.viewer-response": CloudFrontViewerResponseEvent;
  "cloudfront.viewer-response.result": CloudFrontViewerResponseResult;
  "cloudwatch.alarm": CloudWatchAlarmEvent;
  "cloudwatch.alarm-sns-message": CloudWatchAlarmSnsMessageEvent;
  "cloudwatch.logs": CloudWatchLogsEvent;
  "cloudwatch.logs-data": CloudWatchLogsDataEvent;
  "cloudwatch.logs-data-in-firehose": CloudWatchLogsDataInFirehoseEvent;
  "cloudwatch.logs-data-in-kinesis": CloudWatchLogsDataInKinesisEvent;
  "codecommit.trigger": CodeCommitTriggerEvent;
  "codepipeline.job": CodePipelineJobEvent;
  "cognito.create-auth-challenge": CognitoCreateAuthChallengeEvent;
  "cognito.custom-email-sender": CognitoCustomEmailSenderEvent;
  "cognito.custom-message": CognitoCustomMessageEvent;
  "cognito.custom-sms-sender": CognitoCustomSmsSenderEvent;
  "cognito.define-auth-challenge": CognitoDefineAuthChallengeEvent;
  "cognito.inbound-federation": CognitoInboundFederationEvent;
  "cognito.post-authentication": CognitoPostAuthenticationEvent;
  "cognito.post-confirmation": CognitoPostConfirmationEvent;
  "cognito.pre-authentication": CognitoPreAuthenticationEvent;
  "cognito.pre-signup": CognitoPreSignupEvent;
  "cognito.pre-token-generation": CognitoPreTokenGenerationEvent;
  "cognito.pre-token-generation-v2": CognitoPreTokenGenerationV2Event;
  "cognito.pre-token-generation-v3": CognitoPreTokenGenerationV3Event;
  "cognito.sync-trigger": CognitoSyncTriggerEvent;
  "cognito.user-migration": CognitoUserMigrationEvent;
  "cognito.verify-auth-challenge-response": CognitoVerifyAuthChallengeResponseEvent;
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

/** Payload types of the ids a handler can receive. */
export interface EventTypes {
  "alb.request": AlbRequestEvent;
  "amplify.graphql-resolver": AmplifyGraphQlResolverEvent;
  "apigateway.http-authorizer-v1": ApiGatewayHttpAuthorizerV1Event;
  "apigateway.http-authorizer-v2": ApiGatewayHttpAuthorizerV2Event;
  "apigateway.http-proxy-v1": ApiGatewayHttpProxyV1Event;
  "apigateway.http-proxy-v2": ApiGatewayHttpProxyV2Event;
  "apigateway.request-authorizer": ApiGatewayRequestAuthorizerEvent;
  "apigateway.rest-proxy": ApiGatewayRestProxyEvent;
  "apigateway.token-authorizer": ApiGatewayTokenAuthorizerEvent;
  "apigateway.websocket": ApiGatewayWebSocketEvent;
  "apigateway.websocket-authorizer": ApiGatewayWebSocketAuthorizerEvent;
  "appsync.authorizer": AppSyncAuthorizerEvent;
  "appsync.batch-resolver": AppSyncBatchResolverEvent;
  "appsync.events": AppSyncEventsEvent;
  "appsync.resolver": AppSyncResolverEvent;
  "cloudformation.custom-resource-in-sns": CloudFormationCustomResourceInSnsEvent;
  "cloudfront.origin-request": CloudFrontOriginRequestEvent;
  "cloudfront.origin-response": CloudFrontOriginResponseEvent;
  "cloudfront.viewer-request": CloudFrontViewerRequestEvent;
  "cloudfront.viewer-response": CloudFrontViewerResponseEvent;
  "cloudwatch.alarm": CloudWatchAlarmEvent;
  "cloudwatch.alarm-sns-message": CloudWatchAlarmSnsMessageEvent;
  "cloudwatch.logs": CloudWatchLogsEvent;
  "cloudwatch.logs-data": CloudWatchLogsDataEvent;
  "cloudwatch.logs-data-in-firehose": CloudWatchLogsDataInFirehoseEvent;
  "cloudwatch.logs-data-in-kinesis": CloudWatchLogsDataInKinesisEvent;
  "codecommit.trigger": CodeCommitTriggerEvent;
  "codepipeline.job": CodePipelineJobEvent;
  "cognito.create-auth-challenge": CognitoCreateAuthChallengeEvent;
  "cognito.custom-email-sender": CognitoCustomEmailSenderEvent;
  "cognito.custom-message": CognitoCustomMessageEvent;
  "cognito.custom-sms-sender": CognitoCustomSmsSenderEvent;
  "cognito.define-auth-challenge": CognitoDefineAuthChallengeEvent;
  "cognito.inbound-federation": CognitoInboundFederationEvent;
  "cognito.post-authentication": CognitoPostAuthenticationEvent;
  "cognito.post-confirmation": CognitoPostConfirmationEvent;
  "cognito.pre-authentication": CognitoPreAuthenticationEvent;
  "cognito.pre-signup": CognitoPreSignupEvent;
  "cognito.pre-token-generation": CognitoPreTokenGenerationEvent;
  "cognito.pre-token-generation-v2": CognitoPreTokenGenerationV2Event;
  "cognito.pre-token-generation-v3": CognitoPreTokenGenerationV3Event;
  "cognito.sync-trigger": CognitoSyncTriggerEvent;
  "cognito.user-migration": CognitoUserMigrationEvent;
  "cognito.verify-auth-challenge-response": CognitoVerifyAuthChallengeResponseEvent;
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
/** For each event id: what its invoker reads back (void where the return value is ignored, unknown where the registry has no result schema yet). */
export interface ResultTypes {
  "alb.request": AlbRequestResult;
  "amplify.graphql-resolver": unknown;
  "apigateway.http-authorizer-v1": ApiGatewayHttpAuthorizerV1Result;
  "apigateway.http-authorizer-v2": ApiGatewayHttpAuthorizerV2Result;
  "apigateway.http-proxy-v1": ApiGatewayHttpProxyV1Result;
  "apigateway.http-proxy-v2": ApiGatewayHttpProxyV2Result;
  "apigateway.request-authorizer": ApiGatewayRequestAuthorizerResult;
  "apigateway.rest-proxy": ApiGatewayRestProxyResult;
  "apigateway.token-authorizer": ApiGatewayTokenAuthorizerResult;
  "apigateway.websocket": ApiGatewayWebSocketResult;
  "apigateway.websocket-authorizer": ApiGatewayRequestAuthorizerResult;
  "appsync.authorizer": AppSyncAuthorizerResult;
  "appsync.batch-resolver": unknown;
  "appsync.events": AppSyncEventsResult | void;
  "appsync.resolver": unknown;
  "cloudformation.custom-resource-in-sns": void;
  "cloudfront.origin-request": CloudFrontOriginRequestResult;
  "cloudfront.origin-response": CloudFrontOriginResponseResult;
  "cloudfront.viewer-request": CloudFrontViewerRequestResult;
  "cloudfront.viewer-response": CloudFrontViewerResponseResult;
  "cloudwatch.alarm": void;
  "cloudwatch.alarm-sns-message": unknown;
  "cloudwatch.logs": void;
  "cloudwatch.logs-data": unknown;
  "cloudwatch.logs-data-in-firehose": unknown;
  "cloudwatch.logs-data-in-kinesis": KinesisStreamBatchResult | void;
  "codecommit.trigger": void;
  "codepipeline.job": void;
  "cognito.create-auth-challenge": CognitoCreateAuthChallengeEvent;
  "cognito.custom-email-sender": void;
  "cognito.custom-message": CognitoCustomMessageEvent;
  "cognito.custom-sms-sender": void;
  "cognito.define-auth-challenge": CognitoDefineAuthChallengeEvent;
  "cognito.inbound-federation": CognitoInboundFederationEvent;
  "cognito.post-authentication": CognitoPostAuthenticationEvent;
  "cognito.post-confirmation": CognitoPostConfirmationEvent;
  "cognito.pre-authentication": CognitoPreAuthenticationEvent;
  "cognito.pre-signup": CognitoPreSignupEvent;
  "cognito.pre-token-generation": CognitoPreTokenGenerationEvent;
  "cognito.pre-token-generation-v2": CognitoPreTokenGenerationV2Event;
  "cognito.pre-token-generation-v3": CognitoPreTokenGenerationV3Event;
  "cognito.sync-trigger": CognitoSyncTriggerEvent;
  "cognito.user-migration": CognitoUserMigrationEvent;
  "cognito.verify-auth-challenge-response": CognitoVerifyAuthChallengeResponseEvent;
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
/** The parameters of each id's sample, all optional (each has a default). */
export interface SampleParameters {
  "alb.request": {
    /** Request body as the client sent it (base64-encoded in the event when is-base64-encoded is true); empty for a request without a body (body is then ""). Default: "{\"test\":\"body\"}". */
    "body"?: string;
    /** Whether the load balancer passes the body base64-encoded (it does unless the content type is text/*, application/json, application/javascript or application/xml). SAM's alb request event sets it. Default: false. */
    "is-base64-encoded"?: boolean;
    /** content-type header of a request with a body (not sent when the body is empty). Default: "application/json". */
    "content-type"?: string;
    /** HTTP method of the request. Default: "POST". */
    "method"?: string;
    /** Request path without the leading slash. Default: "path/to/resource". */
    "path"?: string;
    /** Query string parameters, decoded: name -> value, or name -> list of values for a repeated name; the event carries names and values URL-encoded, as the client sent them. Empty for none ({}). Default: {"query":"1234ABCD"}. */
    "querystringparameters"?: unknown;
    /** Whether the target group has lambda.multi_value_headers.enabled: the event then has multiValueHeaders and multiValueQueryStringParameters instead of headers and queryStringParameters. Default: false. */
    "multi-value-headers"?: boolean;
    /** AWS partition of the target group ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the load balancer (keep dns-suffix in step). Default: "us-east-2". */
    "region"?: string;
    /** Account that owns the target group. Default: "123456789012". */
    "account-id"?: string;
    /** Host name suffix of the load balancer's DNS name (<region>.elb.amazonaws.com). Default: "us-east-2.elb.amazonaws.com". */
    "dns-suffix"?: string;
    /** Load balancer name, the start of its DNS name. Default: "lambda-alb". */
    "load-balancer-name"?: string;
    /** Target group name. Default: "lambda-279XGJDqGZ5rsrHC2Fjr". */
    "target-group-name"?: string;
    /** IP address of the client. Default: "203.0.113.10". */
    "source-ip"?: string;
    /** User-Agent header of the client. Default: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36". */
    "user-agent"?: string;
  };
  "alb.request.result": {
    /** HTTP status code returned to the client; statusDescription is derived from it. Default: 200. */
    "status-code"?: 200 | 201 | 202 | 204 | 301 | 302 | 304 | 400 | 401 | 403 | 404 | 405 | 409 | 429 | 500 | 502 | 503 | 504;
    /** Response body (base64-encoded in the result when is-base64-encoded is true). Default: "Hello from Lambda!". */
    "body"?: string;
    /** Whether the function returns the body base64-encoded (binary content); the load balancer decodes it. Default: false. */
    "is-base64-encoded"?: boolean;
    /** Content-Type response header. Default: "text/plain; charset=utf-8". */
    "content-type"?: string;
    /** Whether the target group has multi-value headers enabled: the result then uses multiValueHeaders instead of headers. Default: false. */
    "multi-value-headers"?: boolean;
  };
  "amplify.graphql-resolver": {
    /** Type holding the @function field. Default: "Query". */
    "type-name"?: string;
    /** The @function field. Default: "echo". */
    "field-name"?: string;
    /** The field's GraphQL arguments. Default: {"msg":"Hello"}. */
    "arguments"?: unknown;
    /** Authorization mode of the caller (null identity for API_KEY). Default: "AMAZON_COGNITO_USER_POOLS". */
    "auth-mode"?: "API_KEY" | "AWS_IAM" | "AMAZON_COGNITO_USER_POOLS" | "OPENID_CONNECT" | "AWS_LAMBDA";
  };
  "apigateway.http-authorizer-v1": {
    /** AWS partition of the route ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the API. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** HTTP API id, the first label of the execute-api host name. Default: "abcdef123". */
    "api-id"?: string;
    /** Stage name; a named stage is the first segment of the request path. Default: "$default". */
    "stage"?: string;
    /** HTTP method of the request being authorized. Default: "GET". */
    "method"?: string;
    /** Request path after the stage, decoded, without the leading slash. Default: "my/path". */
    "path"?: string;
    /** Route path that matched (the route key without the method); with /{proxy+} the proxy path parameter is the request path. Default: "/my/path". */
    "resource"?: string;
    /** Route path variables (name -> value); empty to derive them (proxy = path for /{proxy+}, otherwise {}). Default: {}. */
    "path-parameters"?: unknown;
    /** Query string parameters: name -> value, or name -> list of values for a repeated name; empty for no query string (both maps are then null). Default: {"parameter1":"value1"}. */
    "querystringparameters"?: unknown;
    /** Authorization header the client sent, the authorizer's identity source. Default: "incoming-client-token". */
    "authorization-token"?: string;
    /** The stage's stage variables (name -> value); empty for none. Default: {}. */
    "stage-variables"?: unknown;
    /** When API Gateway received the request (ISO 8601); the request time fields are derived from it. Default: "2024-03-01T12:00:00.000Z". */
    "request-time"?: string;
    /** IP address of the client. Default: "203.0.113.10". */
    "source-ip"?: string;
    /** User-Agent header of the client. Default: "curl/8.5.0". */
    "user-agent"?: string;
  };
  "apigateway.http-authorizer-v1.result": {
    /** Principal id the authorizer returns. Default: "user|a1b2c3d4". */
    "principal-id"?: string;
    /** Whether the policy allows or denies the call. Default: "Allow". */
    "effect"?: "Allow" | "Deny";
    /** AWS partition of the route ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the API. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** HTTP API id. Default: "abcdef123". */
    "api-id"?: string;
    /** Stage name the policy covers (* for any). Default: "$default". */
    "stage"?: string;
    /** HTTP method the policy covers (* for any). Default: "GET". */
    "method"?: string;
    /** Request path the policy covers, without the leading slash (* for any); with the other parts it builds the statement's Resource, the event's methodArn. Default: "my/path". */
    "path"?: string;
  };
  "apigateway.http-authorizer-v2": {
    /** AWS partition of the route ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the API. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** HTTP API id, the first label of the execute-api host name. Default: "abcdef123". */
    "api-id"?: string;
    /** Stage name; a named stage is the first segment of the request path. Default: "$default". */
    "stage"?: string;
    /** HTTP method of the request being authorized. Default: "GET". */
    "method"?: string;
    /** Request path after the stage, decoded, without the leading slash. Default: "my/path". */
    "path"?: string;
    /** Route that matched: $default, or method and path template such as GET /pets/{id}; with ANY /{proxy+} (or <method> /{proxy+}) the proxy path parameter is the request path. Default: "GET /my/path". */
    "route-key"?: string;
    /** Route path variables (name -> value); empty to derive them (proxy for a /{proxy+} route, otherwise no pathParameters key). Default: {}. */
    "path-parameters"?: unknown;
    /** Query string parameters: name -> value, or name -> list of values for a repeated name (joined with commas in queryStringParameters); empty for no query string. Default: {"parameter1":["value1","value2"],"parameter2":"value"}. */
    "querystringparameters"?: unknown;
    /** Cookies the client sent, one name=value string each; empty for none (no cookies key). Default: []. */
    "cookies"?: unknown;
    /** Authorization header the client sent, the authorizer's identity source. Default: "incoming-client-token". */
    "authorization-token"?: string;
    /** The stage's stage variables (name -> value); empty for none. Default: {}. */
    "stage-variables"?: unknown;
    /** When API Gateway received the request (ISO 8601); the request time fields are derived from it. Default: "2024-03-01T12:00:00.000Z". */
    "request-time"?: string;
    /** IP address of the client. Default: "203.0.113.10". */
    "source-ip"?: string;
    /** User-Agent header of the client. Default: "curl/8.5.0". */
    "user-agent"?: string;
  };
  "apigateway.http-authorizer-v2.result": {
    /** Whether the request may proceed (simple response). Default: true. */
    "is-authorized"?: boolean;
    /** Caller id passed on in the context ($context.authorizer.userId). Default: "user|a1b2c3d4". */
    "principal-id"?: string;
  };
  "apigateway.http-proxy-v1": {
    /** Request body as the client sent it (base64-encoded in the event when is-base64-encoded is true); empty for a request without a body (body is then null). Default: "". */
    "body"?: string;
    /** Whether API Gateway passes the body base64-encoded (it does for content it does not treat as text). Default: false. */
    "is-base64-encoded"?: boolean;
    /** content-type header of a request with a body (not sent when the body is empty). Default: "application/json". */
    "content-type"?: string;
    /** Stage name; a named stage is the first segment of the request path. Default: "$default". */
    "stage"?: string;
    /** HTTP method of the request. Default: "GET". */
    "method"?: string;
    /** Route path that matched (the route key without the method); with /{proxy+} the proxy path parameter is the request path. Default: "/my/path". */
    "resource"?: string;
    /** Request path after the stage, without the leading slash. Default: "my/path". */
    "path"?: string;
    /** Route path variables (name -> value); empty to derive them (proxy = path for /{proxy+}, otherwise null). Default: {}. */
    "path-parameters"?: unknown;
    /** Query string parameters: name -> value, or name -> list of values for a repeated name; empty for no query string (both maps are then null). Default: {"parameter1":["value1","value2"],"parameter2":"value"}. */
    "querystringparameters"?: unknown;
    /** The stage's stage variables (name -> value); empty for none (null). Default: {}. */
    "stage-variables"?: unknown;
    /** AWS Region of the API. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** HTTP API id, the first label of the execute-api host name. Default: "r3pmxmplak". */
    "api-id"?: string;
    /** When API Gateway received the request (ISO 8601); requestTime and requestTimeEpoch are derived from it. Default: "2024-03-01T12:00:00.000Z". */
    "request-time"?: string;
    /** IP address of the client. Default: "203.0.113.10". */
    "source-ip"?: string;
    /** User-Agent header of the client. Default: "curl/8.5.0". */
    "user-agent"?: string;
  };
  "apigateway.http-proxy-v1.result": {
    /** HTTP status code returned to the client. Default: 200. */
    "status-code"?: 200 | 201 | 202 | 204 | 301 | 302 | 304 | 400 | 401 | 403 | 404 | 405 | 409 | 429 | 500 | 502 | 503 | 504;
    /** Response body (base64-encoded in the result when is-base64-encoded is true). Default: "{\"message\":\"Hello from Lambda!\"}". */
    "body"?: string;
    /** Whether the function returns the body base64-encoded (binary content); API Gateway decodes it. Default: false. */
    "is-base64-encoded"?: boolean;
    /** Content-Type response header. Default: "application/json". */
    "content-type"?: string;
    /** Set-Cookie values to return, one per cookie, in multiValueHeaders; empty for none (no multiValueHeaders key). Default: []. */
    "cookies"?: unknown;
  };
  "apigateway.http-proxy-v2": {
    /** Request body as the client sent it (base64-encoded in the event when is-base64-encoded is true); empty for a request without a body (no body key). Default: "{\"test\":\"body\"}". */
    "body"?: string;
    /** Whether API Gateway passes the body base64-encoded (it does for content it does not treat as text). SAM's http-api-proxy event sets it. Default: false. */
    "is-base64-encoded"?: boolean;
    /** content-type header of a request with a body (not sent when the body is empty). Default: "application/json". */
    "content-type"?: string;
    /** Stage name; a named stage is the first segment of rawPath. Default: "$default". */
    "stage"?: string;
    /** HTTP method of the request. Default: "POST". */
    "method"?: string;
    /** Request path after the stage, decoded, without the leading slash (rawPath carries it percent-encoded). Default: "path/to/resource". */
    "path"?: string;
    /** Route that matched: $default, or method and path template such as GET /pets/{id}; with ANY /{proxy+} (or <method> /{proxy+}) the proxy path parameter is the request path. Default: "$default". */
    "route-key"?: string;
    /** Route path variables (name -> value); empty to derive them (proxy for a /{proxy+} route, otherwise no pathParameters key). Default: {}. */
    "path-parameters"?: unknown;
    /** Query string parameters: name -> value, or name -> list of values for a repeated name (joined with commas in queryStringParameters); empty for no query string. Default: {"parameter1":["value1","value2"],"parameter2":"value"}. */
    "querystringparameters"?: unknown;
    /** Cookies the client sent, one name=value string each; empty for none (AWS then omits the cookies key). Default: []. */
    "cookies"?: unknown;
    /** The stage's stage variables (name -> value); empty for none (no stageVariables key). Default: {}. */
    "stage-variables"?: unknown;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** HTTP API id, the first label of the execute-api host name. Default: "r3pmxmplak". */
    "api-id"?: string;
    /** Host name suffix after execute-api. (the API's Region and AWS domain). Default: "us-east-1.amazonaws.com". */
    "dns-suffix"?: string;
    /** When API Gateway received the request (ISO 8601); time and timeEpoch are derived from it. Default: "2024-03-01T12:00:00.000Z". */
    "request-time"?: string;
    /** IP address of the client. Default: "203.0.113.10". */
    "source-ip"?: string;
    /** User-Agent header of the client. Default: "curl/8.5.0". */
    "user-agent"?: string;
  };
  "apigateway.http-proxy-v2.result": {
    /** HTTP status code returned to the client. Default: 200. */
    "status-code"?: 200 | 201 | 202 | 204 | 301 | 302 | 304 | 400 | 401 | 403 | 404 | 405 | 409 | 429 | 500 | 502 | 503 | 504;
    /** Response body (base64-encoded in the result when is-base64-encoded is true). Default: "{\"message\":\"Hello from Lambda!\"}". */
    "body"?: string;
    /** Whether the function returns the body base64-encoded (binary content); API Gateway decodes it. Default: false. */
    "is-base64-encoded"?: boolean;
    /** content-type response header. Default: "application/json". */
    "content-type"?: string;
    /** Cookies to set, one Set-Cookie value each; empty for none (no cookies key). Default: []. */
    "cookies"?: unknown;
  };
  "apigateway.request-authorizer": {
    /** AWS partition of the method ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the API. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** REST API id, the first label of the execute-api host name. Default: "abcdef123". */
    "restApiId"?: string;
    /** Deployment stage name. Default: "test". */
    "stage"?: string;
    /** HTTP method of the request being authorized. Default: "GET". */
    "method"?: string;
    /** Resource path template that matched, without the leading slash; with {proxy+} the proxy path parameter is the request path. Default: "request". */
    "resource"?: string;
    /** Request path after the stage, without the leading slash (the end of methodArn). Default: "request". */
    "path"?: string;
    /** Path template variables (name -> value); empty to derive them (proxy = path for {proxy+}, otherwise {}). Default: {}. */
    "path-parameters"?: unknown;
    /** Query string parameters: name -> value, or name -> list of values for a repeated name; empty for no query string (both maps are then null). Default: {"QueryString1":"queryValue1"}. */
    "querystringparameters"?: unknown;
    /** The stage's stage variables (name -> value); empty for none (null). Default: {"StageVar1":"stageValue1"}. */
    "stage-variables"?: unknown;
    /** Authorization header the client sent (an identity source of the authorizer). Default: "incoming-client-token". */
    "authorization-token"?: string;
    /** When API Gateway received the request (ISO 8601); requestTime and requestTimeEpoch are derived from it. Default: "2024-03-01T12:00:00.000Z". */
    "request-time"?: string;
    /** IP address of the client. Default: "203.0.113.10". */
    "source-ip"?: string;
    /** User-Agent header of the client. Default: "curl/8.5.0". */
    "user-agent"?: string;
  };
  "apigateway.request-authorizer.result": {
    /** Principal id the authorizer returns (available to the integration as $context.authorizer.principalId). Default: "user|a1b2c3d4". */
    "principal-id"?: string;
    /** Whether the policy allows or denies the call. Default: "Allow". */
    "effect"?: "Allow" | "Deny";
    /** AWS partition of the method ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the API. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** REST API id. Default: "abcdef123". */
    "restApiId"?: string;
    /** Deployment stage name (* for any). Default: "test". */
    "stage"?: string;
    /** HTTP method the policy covers (* for any). Default: "GET". */
    "method"?: string;
    /** Request path the policy covers, without the leading slash (* for any); with the other parts it builds the statement's Resource, the event's methodArn. Default: "request". */
    "path"?: string;
  };
  "apigateway.rest-proxy": {
    /** Request body as the client sent it (base64-encoded in the event when is-base64-encoded is true); empty for a request without a body (body is then null). Default: "{\"test\":\"body\"}". */
    "body"?: string;
    /** Whether API Gateway passes the body base64-encoded (its content type is one of the API's binary media types). SAM's aws-proxy event sets it. Default: false. */
    "is-base64-encoded"?: boolean;
    /** Content-Type header of a request with a body (not sent when the body is empty). Default: "application/json". */
    "content-type"?: string;
    /** Deployment stage name. Default: "prod". */
    "stage"?: string;
    /** HTTP method of the request. Default: "POST". */
    "method"?: string;
    /** Resource path template that matched; with /{proxy+} the proxy path parameter is the request path. Default: "/{proxy+}". */
    "resource"?: string;
    /** Request path after the stage, without the leading slash. Default: "path/to/resource". */
    "path"?: string;
    /** Path template variables (name -> value); empty to derive them (proxy = path for /{proxy+}, otherwise null). Default: {}. */
    "path-parameters"?: unknown;
    /** Query string parameters: name -> value, or name -> list of values for a repeated name; empty for no query string (both maps are then null). Default: {"foo":"bar"}. */
    "querystringparameters"?: unknown;
    /** The stage's stage variables (name -> value); empty for none (null). Default: {"baz":"qux"}. */
    "stage-variables"?: unknown;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** REST API id, the first label of the execute-api host name. Default: "1234567890". */
    "restApiId"?: string;
    /** Host name suffix after execute-api. (the API's Region and AWS domain). Default: "us-east-1.amazonaws.com". */
    "dns-suffix"?: string;
    /** When API Gateway received the request (ISO 8601); requestTime and requestTimeEpoch are derived from it. Default: "2024-03-01T12:00:00.000Z". */
    "request-time"?: string;
    /** IP address of the client. Default: "203.0.113.10". */
    "source-ip"?: string;
    /** User-Agent header of the client. Default: "curl/8.5.0". */
    "user-agent"?: string;
  };
  "apigateway.rest-proxy-streaming.result": {
    /** HTTP status code returned to the client. Default: 200. */
    "status-code"?: 200 | 201 | 202 | 204 | 301 | 302 | 304 | 400 | 401 | 403 | 404 | 405 | 409 | 429 | 500 | 502 | 503 | 504;
    /** Content-Type of the streamed body. Default: "text/plain; charset=utf-8". */
    "content-type"?: string;
    /** Cookies to set, one Set-Cookie value each; empty for none (no cookies key). Default: []. */
    "cookies"?: unknown;
  };
  "apigateway.rest-proxy.result": {
    /** HTTP status code returned to the client. Default: 200. */
    "status-code"?: 200 | 201 | 202 | 204 | 301 | 302 | 304 | 400 | 401 | 403 | 404 | 405 | 409 | 429 | 500 | 502 | 503 | 504;
    /** Response body (base64-encoded in the result when is-base64-encoded is true). Default: "{\"message\":\"Hello from Lambda!\"}". */
    "body"?: string;
    /** Whether the function returns the body base64-encoded (binary content); API Gateway decodes it. Default: false. */
    "is-base64-encoded"?: boolean;
    /** Content-Type response header. Default: "application/json". */
    "content-type"?: string;
    /** Set-Cookie values to return, one per cookie, in multiValueHeaders; empty for none (no multiValueHeaders key). Default: []. */
    "cookies"?: unknown;
  };
  "apigateway.token-authorizer": {
    /** AWS partition of the method ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the API. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** REST API id. Default: "example". */
    "restApiId"?: string;
    /** Deployment stage name. Default: "prod". */
    "stage"?: string;
    /** HTTP method of the request being authorized. Default: "POST". */
    "method"?: string;
    /** Resource path of the request being authorized, without the leading slash, as it appears at the end of methodArn. Default: "{proxy+}". */
    "resource"?: string;
    /** Value of the authorizer's token source header, as the client sent it (for example Bearer <jwt>). Default: "incoming-client-token". */
    "authorization-token"?: string;
  };
  "apigateway.token-authorizer.result": {
    /** Principal id the authorizer returns (available to the integration as $context.authorizer.principalId). Default: "user|a1b2c3d4". */
    "principal-id"?: string;
    /** Whether the policy allows or denies the call. Default: "Allow". */
    "effect"?: "Allow" | "Deny";
    /** AWS partition of the method ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the API. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** REST API id. Default: "example". */
    "restApiId"?: string;
    /** Deployment stage name (* for any). Default: "prod". */
    "stage"?: string;
    /** HTTP method the policy covers (* for any). Default: "POST". */
    "method"?: string;
    /** Resource path the policy covers, without the leading slash (* for any); with the other parts it builds the statement's Resource, the event's methodArn. Default: "{proxy+}". */
    "resource"?: string;
  };
  "apigateway.websocket": {
    /** CONNECT ($connect, with the upgrade request's headers and query string), MESSAGE (a message on route-key, with body) or DISCONNECT ($disconnect, with the close code and reason). Default: "MESSAGE". */
    "event-type"?: "CONNECT" | "MESSAGE" | "DISCONNECT";
    /** Route selected for a MESSAGE event ($default or a custom route key); CONNECT and DISCONNECT use $connect and $disconnect. Default: "sendmessage". */
    "route-key"?: string;
    /** Message the client sent (MESSAGE events; base64-encoded in the event when is-base64-encoded is true). Default: "{\"action\":\"sendmessage\",\"message\":\"hello\"}". */
    "body"?: string;
    /** Whether the message is a binary frame, passed base64-encoded. Default: false. */
    "is-base64-encoded"?: boolean;
    /** Query string of the connection URL (CONNECT events): name -> value, or name -> list of values; empty for none (no query keys). Default: {}. */
    "querystringparameters"?: unknown;
    /** WebSocket close code of a DISCONNECT event. Default: 1001. */
    "disconnect-status-code"?: number;
    /** Close reason text of a DISCONNECT event (often empty). Default: "". */
    "disconnect-reason"?: string;
    /** AWS Region of the API. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** WebSocket API id, the first label of its execute-api host name. Default: "a1b2c3d4e5". */
    "api-id"?: string;
    /** Deployment stage name. Default: "prod". */
    "stage"?: string;
    /** When the client connected (ISO 8601); connectedAt and connectionId are derived from it. A CONNECT event uses request-time instead. Default: "2024-03-01T11:59:30.000Z". */
    "connected-time"?: string;
    /** When API Gateway received the event (ISO 8601); requestTime and requestTimeEpoch are derived from it. Default: "2024-03-01T12:00:00.000Z". */
    "request-time"?: string;
    /** IP address of the client. Default: "203.0.113.10". */
    "source-ip"?: string;
    /** User-Agent of the client that opened the connection. Default: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36". */
    "user-agent"?: string;
  };
  "apigateway.websocket-authorizer": {
    /** AWS partition of the method ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the API. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** WebSocket API id, the first label of its execute-api host name. Default: "a1b2c3d4e5". */
    "api-id"?: string;
    /** Deployment stage name. Default: "prod". */
    "stage"?: string;
    /** Query string of the connection URL (often where the client passes its credentials): name -> value, or name -> list of values; empty for none (no query keys). Default: {"token":"incoming-client-token"}. */
    "querystringparameters"?: unknown;
    /** The stage's stage variables (name -> value). Default: {}. */
    "stage-variables"?: unknown;
    /** When the client asked to connect (ISO 8601); requestTime, requestTimeEpoch and connectedAt are derived from it. Default: "2024-03-01T12:00:00.000Z". */
    "request-time"?: string;
    /** IP address of the client. Default: "203.0.113.10". */
    "source-ip"?: string;
    /** User-Agent of the client. Default: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36". */
    "user-agent"?: string;
  };
  "apigateway.websocket.result": {
    /** HTTP status code returned to the client. Default: 200. */
    "status-code"?: 200 | 201 | 202 | 204 | 301 | 302 | 304 | 400 | 401 | 403 | 404 | 405 | 409 | 429 | 500 | 502 | 503 | 504;
    /** Body sent back to the client when the route has a route response; empty for none (no body key). Default: "Message received.". */
    "body"?: string;
  };
  "appsync.authorizer": {
    /** Value of the request's Authorization header. Default: "ExampleAUTHtoken123123123". */
    "authorization-token"?: string;
    /** Account that owns the API. Default: "123456789012". */
    "account-id"?: string;
    /** AppSync API id. Default: "aaaaaa123123123example123". */
    "api-id"?: string;
    /** GraphQL document of the request. Default: "query MyQuery {\n  getPost(id: \"1\") {\n    id\n    title\n  }\n}\n". */
    "query"?: string;
    /** Operation the request names. Default: "MyQuery". */
    "operation-name"?: string;
  };
  "appsync.authorizer.result": {
    /** Whether the request may run. Default: true. */
    "is-authorized"?: boolean;
    /** A value passed to resolvers in identity.resolverContext. Default: "user-1". */
    "user-id"?: string;
    /** Fields that resolve to null for this caller (Type.field or field ARNs). Default: ["Mutation.deletePost"]. */
    "denied-fields"?: unknown;
    /** Seconds to cache this response. Default: 300. */
    "ttl-override"?: number;
  };
  "appsync.batch-resolver": {
    /** GraphQL field resolved for every parent object. Default: "author". */
    "field-name"?: string;
    /** Type of the parent objects. Default: "Post". */
    "parent-type-name"?: string;
    /** Authorization mode of the caller (null identity for API_KEY). Default: "API_KEY". */
    "auth-mode"?: "API_KEY" | "AWS_IAM" | "AMAZON_COGNITO_USER_POOLS" | "OPENID_CONNECT" | "AWS_LAMBDA";
  };
  "appsync.events": {
    /** onPublish (events published) or onSubscribe (a client subscribes). Default: "PUBLISH". */
    "operation"?: "PUBLISH" | "SUBSCRIBE";
    /** Channel namespace. Default: "default". */
    "namespace"?: string;
    /** Channel name below the namespace (one segment). Default: "foo". */
    "channel"?: string;
    /** Payload of the published event (PUBLISH). Default: {"message":"Hello"}. */
    "payload"?: unknown;
    /** Authorization mode of the caller (null identity for API_KEY). Default: "API_KEY". */
    "auth-mode"?: "API_KEY" | "AWS_IAM" | "AMAZON_COGNITO_USER_POOLS" | "OPENID_CONNECT" | "AWS_LAMBDA";
  };
  "appsync.events.result": {
    /** Id of the incoming event being broadcast. Default: "5f7dfbca-8f7e-4a7e-a4b2-4c3c9e1d2a10". */
    "event-id"?: string;
    /** Payload to broadcast. Default: {"message":"Hello","processed":true}. */
    "payload"?: unknown;
    /** When not empty, fail the whole publish (or reject the subscription) with this message instead. Default: "". */
    "error"?: string;
  };
  "appsync.resolver": {
    /** GraphQL field being resolved. Default: "createSomething". */
    "field-name"?: string;
    /** Type the field belongs to (Query, Mutation, Subscription or an object type). Default: "Mutation". */
    "parent-type-name"?: string;
    /** The field's GraphQL arguments, as a JSON object. Default: {"id":"my identifier"}. */
    "arguments"?: unknown;
    /** The parent object (a JSON object) when the field belongs to an object type; null for top-level fields. Default: null. */
    "source"?: unknown;
    /** Authorization mode of the caller, which decides the shape of identity (null for API_KEY). Default: "AMAZON_COGNITO_USER_POOLS". */
    "auth-mode"?: "API_KEY" | "AWS_IAM" | "AMAZON_COGNITO_USER_POOLS" | "OPENID_CONNECT" | "AWS_LAMBDA";
    /** Caller's user name (Cognito user pools, IAM). Default: "jdoe". */
    "username"?: string;
    /** Account of the API (and of an IAM caller). Default: "123456789012". */
    "account-id"?: string;
    /** Region of the API. Default: "us-east-1". */
    "region"?: string;
    /** Caller's IP address. Default: "203.0.113.10". */
    "source-ip"?: string;
  };
  "cloudformation.custom-resource-in-sns": {
    /** AWS partition of the stack and topic ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the stack and the topic. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the stack and the topic. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the stack holding the custom resource. Default: "MyStack". */
    "stack"?: string;
    /** Topic the resource's ServiceToken names (the function is subscribed to it). Default: "CustomResourceTopic". */
    "topic"?: string;
    /** Create, Update (adds PhysicalResourceId and OldResourceProperties) or Delete (adds PhysicalResourceId). Default: "Create". */
    "request-type"?: "Create" | "Update" | "Delete";
    /** Logical id of the custom resource in the template. Default: "MyTestResource". */
    "logical-resource-id"?: string;
    /** The template's resource type. Default: "Custom::TestResource". */
    "resource-type"?: string;
    /** Id the provider returned on Create; sent with Update and Delete requests. Default: "MyTestResource-1234567890ab". */
    "physical-resource-id"?: string;
    /** When CloudFormation published the request (ISO 8601). Default: "2024-03-01T12:00:00.000Z". */
    "timestamp"?: string;
  };
  "cloudfront.origin-request": {
    /** Path of the requested object (starts with a slash). Default: "/". */
    "uri"?: string;
    /** HTTP method of the request. Default: "GET". */
    "method"?: string;
    /** Query string without the leading ?, empty when the request has none. Default: "". */
    "querystring"?: string;
    /** IP address of the viewer (IPv4 or IPv6). Default: "203.0.113.178". */
    "client-ip"?: string;
    /** Headers of the request CloudFront forwards, as {"Header-Name": "value"}; each becomes a one-item list of { key, value } under its lower-cased name. CloudFront-Viewer-Country and CloudFront-Is-*-Viewer appear here when the cache or origin request policy includes them. Default: {"X-Forwarded-For":"203.0.113.178","User-Agent":"Amazon CloudFront","Via":"2.0 2afae0d44e2540f472c0635ab62c232b.cloudfront.net (CloudFront)","Host":"example.org","Cache-Control":"no-cache, cf-no-cache"}. */
    "headers"?: unknown;
    /** Kind of origin the request goes to. Default: "custom". */
    "origin-type"?: "custom" | "s3";
    /** DNS name of the origin (a bucket's name.s3.<region>.amazonaws.com for S3). Default: "example.org". */
    "origin-domain-name"?: string;
    /** ID of the distribution. Default: "EDFDVBD6EXAMPLE". */
    "distribution-id"?: string;
    /** Domain name of the distribution. Default: "d111111abcdef8.cloudfront.net". */
    "distribution-domain-name"?: string;
  };
  "cloudfront.origin-request.result": {
    /** Generate a response (which CloudFront caches) instead of returning the request with a new origin. Default: false. */
    "respond"?: boolean;
    /** DNS name of the S3 bucket the request is switched to. Default: "amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com". */
    "bucket-domain-name"?: string;
    /** Path of the returned request (starts with a slash). Default: "/". */
    "uri"?: string;
    /** Status code of the generated response, as a string (200-599). Default: "200". */
    "status"?: string;
    /** Body of the generated response (text). Default: "<html><body>Hello from Lambda@Edge</body></html>". */
    "body"?: string;
  };
  "cloudfront.origin-response": {
    /** Path of the requested object (starts with a slash). Default: "/". */
    "uri"?: string;
    /** HTTP method of the request. Default: "GET". */
    "method"?: string;
    /** Query string without the leading ?, empty when the request has none. Default: "". */
    "querystring"?: string;
    /** IP address of the viewer (IPv4 or IPv6). Default: "203.0.113.178". */
    "client-ip"?: string;
    /** Headers of the request CloudFront forwarded to the origin, as {"Header-Name": "value"}; each becomes a one-item list of { key, value } under its lower-cased name. Default: {"X-Forwarded-For":"203.0.113.178","User-Agent":"Amazon CloudFront","Via":"2.0 8f22423015641505b8c857a37450d6c0.cloudfront.net (CloudFront)","Host":"example.org"}. */
    "headers"?: unknown;
    /** HTTP status code of the response, as a string. Default: "200". */
    "status"?: string;
    /** HTTP reason phrase of the response. Default: "OK". */
    "status-description"?: string;
    /** Response headers as {"Header-Name": "value"}. Default: {"Server":"ExampleCustomOriginServer","Date":"Mon, 13 Jan 2020 20:12:38 GMT","Content-Type":"text/html; charset=utf-8","Content-Length":"9593"}. */
    "response-headers"?: unknown;
    /** DNS name of the custom origin that answered. Default: "example.org". */
    "origin-domain-name"?: string;
    /** ID of the distribution. Default: "EDFDVBD6EXAMPLE". */
    "distribution-id"?: string;
    /** Domain name of the distribution. Default: "d111111abcdef8.cloudfront.net". */
    "distribution-domain-name"?: string;
  };
  "cloudfront.origin-response.result": {
    /** Status code to return, as a string (200-599). Default: "200". */
    "status"?: string;
    /** Reason phrase to return. Default: "OK". */
    "status-description"?: string;
    /** A header the function adds to the response. Default: "Strict-Transport-Security". */
    "header-name"?: string;
    /** Value of the added header. Default: "max-age=63072000; includeSubdomains; preload". */
    "header-value"?: string;
  };
  "cloudfront.viewer-request": {
    /** Path of the requested object (starts with a slash). Default: "/". */
    "uri"?: string;
    /** HTTP method of the viewer request. Default: "GET". */
    "method"?: string;
    /** Query string without the leading ?, empty when the request has none. Default: "". */
    "querystring"?: string;
    /** IP address of the viewer (IPv4 or IPv6). Default: "203.0.113.178". */
    "client-ip"?: string;
    /** Request headers as {"Header-Name": "value"}; each becomes a one-item list of { key, value } under its lower-cased name. Default: {"Host":"d111111abcdef8.cloudfront.net","User-Agent":"curl/7.66.0","Accept":"text/html"}. */
    "headers"?: unknown;
    /** ID of the distribution. Default: "EDFDVBD6EXAMPLE". */
    "distribution-id"?: string;
    /** Domain name of the distribution. Default: "d111111abcdef8.cloudfront.net". */
    "distribution-domain-name"?: string;
  };
  "cloudfront.viewer-request.result": {
    /** Generate a response (a redirect) instead of returning the request for CloudFront to go on with. Default: true. */
    "respond"?: boolean;
    /** Status code of the generated response, as a string (200-599). Default: "302". */
    "status"?: string;
    /** Location header of the generated response. Default: "https://example.com/". */
    "location"?: string;
    /** Path of the returned request, when not responding (starts with a slash). Default: "/index.html". */
    "uri"?: string;
  };
  "cloudfront.viewer-response": {
    /** Path of the requested object (starts with a slash). Default: "/". */
    "uri"?: string;
    /** HTTP method of the request. Default: "GET". */
    "method"?: string;
    /** Query string without the leading ?, empty when the request has none. Default: "". */
    "querystring"?: string;
    /** IP address of the viewer (IPv4 or IPv6). Default: "203.0.113.178". */
    "client-ip"?: string;
    /** Headers of the viewer request, as {"Header-Name": "value"}; each becomes a one-item list of { key, value } under its lower-cased name. Default: {"Host":"d111111abcdef8.cloudfront.net","User-Agent":"curl/7.66.0","Accept":"text/html"}. */
    "headers"?: unknown;
    /** HTTP status code of the response, as a string. Default: "200". */
    "status"?: string;
    /** HTTP reason phrase of the response. Default: "OK". */
    "status-description"?: string;
    /** Response headers as {"Header-Name": "value"}. Default: {"Server":"ExampleCustomOriginServer","Age":"2402","Content-Type":"text/html; charset=utf-8","Content-Length":"9593"}. */
    "response-headers"?: unknown;
    /** ID of the distribution. Default: "EDFDVBD6EXAMPLE". */
    "distribution-id"?: string;
    /** Domain name of the distribution. Default: "d111111abcdef8.cloudfront.net". */
    "distribution-domain-name"?: string;
  };
  "cloudfront.viewer-response.result": {
    /** Status code to return, as a string (200-599). Default: "200". */
    "status"?: string;
    /** Reason phrase to return. Default: "OK". */
    "status-description"?: string;
    /** A header the function adds to the response. Default: "Strict-Transport-Security". */
    "header-name"?: string;
    /** Value of the added header. Default: "max-age=63072000; includeSubdomains; preload". */
    "header-value"?: string;
  };
  "cloudwatch.alarm": {
    /** AWS partition of the alarm ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the alarm. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the alarm. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the metric alarm. Default: "my-function-errors". */
    "alarm-name"?: string;
    /** The alarm description (configuration.description is left out when this is empty). Default: "Errors of my-function over the last minute". */
    "alarm-description"?: string;
    /** The state the alarm moved to. Default: "ALARM". */
    "state"?: "OK" | "ALARM" | "INSUFFICIENT_DATA";
    /** The state the alarm left. Default: "OK". */
    "previous-state"?: "OK" | "ALARM" | "INSUFFICIENT_DATA";
    /** Why the alarm moved to the new state. Default: "Threshold Crossed: 1 out of the last 1 datapoints [3.0 (01/03/24 11:59:00)] was greater than or equal to the threshold (1.0) (minimum 1 datapoint for OK -> ALARM transition).". */
    "reason"?: string;
    /** Why the alarm was in the previous state. Default: "Threshold Crossed: 1 out of the last 1 datapoints [0.0 (01/03/24 11:49:00)] was not greater than or equal to the threshold (1.0) (minimum 1 datapoint for ALARM -> OK transition).". */
    "previous-reason"?: string;
    /** When the alarm changed state, in CloudWatch's format (ISO 8601 with milliseconds and +0000; a Z suffix is accepted too). Default: "2024-03-01T12:00:00.000+0000". */
    "state-time"?: string;
    /** When the alarm entered the previous state, in the same format as state-time. Default: "2024-03-01T11:50:00.000+0000". */
    "previous-state-time"?: string;
    /** Namespace of the metric the alarm watches. Default: "AWS/Lambda". */
    "namespace"?: string;
    /** Name of the metric the alarm watches. Default: "Errors". */
    "metric-name"?: string;
    /** Value of the metric's FunctionName dimension. Default: "my-function". */
    "function-name"?: string;
  };
  "cloudwatch.alarm-sns-message": {
    /** AWS partition of the alarm and topic ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region code of the alarm (in the ARNs). Default: "us-east-1". */
    "region"?: string;
    /** The Region's display name, as the message's Region field carries it. Default: "US East (N. Virginia)". */
    "region-name"?: string;
    /** Account that owns the alarm. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the metric alarm. Default: "my-function-errors". */
    "alarm-name"?: string;
    /** The alarm description (sent as null when this is empty). Default: "Errors of my-function over the last minute". */
    "alarm-description"?: string;
    /** The state the alarm moved to. Default: "ALARM". */
    "new-state"?: "OK" | "ALARM" | "INSUFFICIENT_DATA";
    /** The state the alarm left. Default: "OK". */
    "old-state"?: "OK" | "ALARM" | "INSUFFICIENT_DATA";
    /** Why the alarm moved to the new state. Default: "Threshold Crossed: 1 out of the last 1 datapoints [3.0 (01/03/24 11:59:00)] was greater than or equal to the threshold (1.0) (minimum 1 datapoint for OK -> ALARM transition).". */
    "reason"?: string;
    /** When the alarm changed state, in CloudWatch's format (ISO 8601 with milliseconds and +0000; a Z suffix is accepted too). Default: "2024-03-01T12:00:00.000+0000". */
    "state-time"?: string;
    /** When the alarm configuration last changed, in the same format as state-time. Default: "2024-02-15T09:30:12.345+0000". */
    "configuration-time"?: string;
    /** SNS topic of the alarm's ALARM action (the topic this message was published to). Default: "my-function-alarms". */
    "topic-name"?: string;
    /** Namespace of the metric the alarm watches. Default: "AWS/Lambda". */
    "namespace"?: string;
    /** Name of the metric the alarm watches. Default: "Errors". */
    "metric-name"?: string;
    /** Value of the metric's FunctionName dimension. Default: "my-function". */
    "function-name"?: string;
    /** The alarm threshold. Default: 1. */
    "threshold"?: number;
  };
  "cloudwatch.logs": {
    /** Account that owns the log group. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the log group the events come from. Default: "/aws/lambda/my-function". */
    "log-group"?: string;
    /** Name of the log stream the events come from. Default: "2024/03/01/[$LATEST]8f3b6d0c2a4e4f1d9b7c5a3e1f0d2c4b". */
    "log-stream"?: string;
    /** Name of the subscription filter that matched. Default: "my-function-errors". */
    "subscription-filter"?: string;
    /** The raw log message of the (single) log event. Default: "[ERROR] Something went wrong". */
    "message"?: string;
    /** When the log event occurred (ISO 8601, UTC). Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "cloudwatch.logs-data": {
    /** Account that owns the log group (the owner of data messages). Default: "123456789012". */
    "account-id"?: string;
    /** DATA_MESSAGE for log data; CONTROL_MESSAGE for the health check CloudWatch Logs sends to a new destination (empty group, stream and filters, owner CloudwatchLogs). Default: "DATA_MESSAGE". */
    "message-type"?: "DATA_MESSAGE" | "CONTROL_MESSAGE";
    /** Name of the log group the events come from. Default: "/aws/lambda/my-function". */
    "log-group"?: string;
    /** Name of the log stream the events come from. Default: "2024/03/01/[$LATEST]8f3b6d0c2a4e4f1d9b7c5a3e1f0d2c4b". */
    "log-stream"?: string;
    /** Name of the subscription filter that matched. Default: "my-function-errors". */
    "subscription-filter"?: string;
    /** The raw log message of the (single) log event. Default: "[ERROR] Something went wrong". */
    "message"?: string;
    /** When the log event occurred (ISO 8601, UTC); the event's timestamp is its epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Control messages only: the destination kind named in the health-check message. Default: "Kinesis stream". */
    "destination"?: "Kinesis stream" | "Firehose";
  };
  "cloudwatch.logs-data-in-firehose": {
    /** AWS partition of the Firehose stream ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the Firehose stream. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the Firehose stream and the log group. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Firehose stream the subscription filter writes to. Default: "cloudwatch-logs-to-s3". */
    "delivery-stream-name"?: string;
    /** DATA_MESSAGE for log data; CONTROL_MESSAGE for the health check CloudWatch Logs sends when the subscription is created (drop it). Default: "DATA_MESSAGE". */
    "message-type"?: "DATA_MESSAGE" | "CONTROL_MESSAGE";
    /** Name of the log group the events come from. Default: "/aws/lambda/my-function". */
    "log-group"?: string;
    /** Name of the log stream the events come from. Default: "2024/03/01/[$LATEST]8f3b6d0c2a4e4f1d9b7c5a3e1f0d2c4b". */
    "log-stream"?: string;
    /** Name of the subscription filter that matched. Default: "my-function-to-firehose". */
    "subscription-filter"?: string;
    /** The raw log message of the (single) log event. Default: "[ERROR] Something went wrong". */
    "message"?: string;
    /** When the log event occurred (ISO 8601, UTC). Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** When Firehose received the record (ISO 8601, UTC); approximateArrivalTimestamp is its epoch milliseconds. Default: "2024-03-01T12:00:01.512Z". */
    "arrival-time"?: string;
  };
  "cloudwatch.logs-data-in-kinesis": {
    /** AWS partition of the stream and role ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the stream. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the stream and the log group. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Kinesis data stream the subscription filter writes to. Default: "cloudwatch-logs-stream". */
    "stream-name"?: string;
    /** Execution role Lambda reads the stream with (invokeIdentityArn). Default: "lambda-kinesis-role". */
    "role-name"?: string;
    /** DATA_MESSAGE for log data; CONTROL_MESSAGE for the health check CloudWatch Logs writes when the subscription is created. Default: "DATA_MESSAGE". */
    "message-type"?: "DATA_MESSAGE" | "CONTROL_MESSAGE";
    /** Name of the log group the events come from. Default: "/aws/lambda/my-function". */
    "log-group"?: string;
    /** Name of the log stream the events come from. Default: "2024/03/01/[$LATEST]8f3b6d0c2a4e4f1d9b7c5a3e1f0d2c4b". */
    "log-stream"?: string;
    /** Name of the subscription filter that matched. Default: "my-function-to-kinesis". */
    "subscription-filter"?: string;
    /** The raw log message of the (single) log event. Default: "[ERROR] Something went wrong". */
    "message"?: string;
    /** When the log event occurred (ISO 8601, UTC). Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** When the stream received the record (ISO 8601, UTC); approximateArrivalTimestamp is its epoch seconds. Default: "2024-03-01T12:00:01.512Z". */
    "arrival-time"?: string;
  };
  "codecommit.trigger": {
    /** AWS partition of the repository and user ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the repository. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the repository. Default: "123456789012". */
    "account-id"?: string;
    /** Repository name. Default: "my-repo". */
    "repository"?: string;
    /** Name of the repository trigger. Default: "my-trigger". */
    "trigger"?: string;
    /** The trigger's custom data (customData is left out when this is empty). Default: "this is custom data". */
    "custom-data"?: string;
    /** ReferenceChanges for a push; TriggerEventTest when the trigger is tested from the console. Default: "ReferenceChanges". */
    "event-name"?: "ReferenceChanges" | "TriggerEventTest";
    /** Branch that was pushed (ref is refs/heads/<branch>). Default: "main". */
    "branch"?: string;
    /** IAM user who pushed (userIdentityARN is arn:...:iam::<account>:user/<user-name>). Default: "Mary_Major". */
    "user-name"?: string;
    /** When the push happened, in CodeCommit's format (ISO 8601 with milliseconds and +0000; a Z suffix is accepted too). Default: "2024-03-01T12:00:00.000+0000". */
    "event-time"?: string;
  };
  "codepipeline.job": {
    /** Account that owns the pipeline. Default: "123456789012". */
    "account-id"?: string;
    /** Artifact store bucket of the input artifact. Default: "example-bucket". */
    "input-bucket"?: string;
    /** Object key of the input artifact. Default: "test/key". */
    "input-key"?: string;
    /** Artifact store bucket of the output artifact. Default: "example-bucket2". */
    "output-bucket"?: string;
    /** Object key the function should upload the output artifact to. Default: "test/key2". */
    "output-key"?: string;
    /** The action's FunctionName. Default: "my-function". */
    "function-name"?: string;
    /** The action's UserParameters (left out when this is empty). Default: "user-parameter-string". */
    "user-parameters"?: string;
    /** When the artifact credentials expire (ISO 8601, UTC); expirationTime is its epoch milliseconds. Default: "2024-03-01T13:00:00.000Z". */
    "expiration-time"?: string;
  };
  "cognito.create-auth-challenge": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "CreateAuthChallenge_Authentication". */
    "trigger-source"?: "CreateAuthChallenge_Authentication";
  };
  "cognito.custom-email-sender": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "CustomEmailSender_SignUp". */
    "trigger-source"?: "CustomEmailSender_SignUp" | "CustomEmailSender_Authentication" | "CustomEmailSender_ForgotPassword" | "CustomEmailSender_ResendCode" | "CustomEmailSender_UpdateUserAttribute" | "CustomEmailSender_VerifyUserAttribute" | "CustomEmailSender_AdminCreateUser" | "CustomEmailSender_AccountTakeOverNotification";
    /** The KMS-encrypted code, base64 (not decryptable: a placeholder ciphertext). Default: "AYADeBgaxmpleBase64CiphertextOfTheCode==". */
    "code"?: string;
  };
  "cognito.custom-message": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "CustomMessage_SignUp". */
    "trigger-source"?: "CustomMessage_SignUp" | "CustomMessage_AdminCreateUser" | "CustomMessage_ResendCode" | "CustomMessage_ForgotPassword" | "CustomMessage_UpdateUserAttribute" | "CustomMessage_VerifyUserAttribute" | "CustomMessage_Authentication";
  };
  "cognito.custom-sms-sender": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "CustomSMSSender_SignUp". */
    "trigger-source"?: "CustomSMSSender_SignUp" | "CustomSMSSender_ResendCode" | "CustomSMSSender_ForgotPassword" | "CustomSMSSender_UpdateUserAttribute" | "CustomSMSSender_VerifyUserAttribute" | "CustomSMSSender_Authentication" | "CustomSMSSender_AdminCreateUser";
    /** The KMS-encrypted code, base64 (not decryptable: a placeholder ciphertext). Default: "AYADeBgaxmpleBase64CiphertextOfTheCode==". */
    "code"?: string;
  };
  "cognito.define-auth-challenge": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "DefineAuthChallenge_Authentication". */
    "trigger-source"?: "DefineAuthChallenge_Authentication";
  };
  "cognito.inbound-federation": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "InboundFederation_ExternalProvider". */
    "trigger-source"?: "InboundFederation_ExternalProvider";
    /** Identity provider name. Default: "ExampleOIDCProvider". */
    "provider-name"?: string;
  };
  "cognito.post-authentication": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "PostAuthentication_Authentication". */
    "trigger-source"?: "PostAuthentication_Authentication";
    /** Whether the user signed in on a new device. Default: false. */
    "new-device-used"?: boolean;
  };
  "cognito.post-confirmation": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "PostConfirmation_ConfirmSignUp". */
    "trigger-source"?: "PostConfirmation_ConfirmSignUp" | "PostConfirmation_ConfirmForgotPassword";
  };
  "cognito.pre-authentication": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "PreAuthentication_Authentication". */
    "trigger-source"?: "PreAuthentication_Authentication";
  };
  "cognito.pre-signup": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "PreSignUp_SignUp". */
    "trigger-source"?: "PreSignUp_SignUp" | "PreSignUp_AdminCreateUser" | "PreSignUp_ExternalProvider";
  };
  "cognito.pre-token-generation": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "TokenGeneration_Authentication". */
    "trigger-source"?: "TokenGeneration_HostedAuth" | "TokenGeneration_Authentication" | "TokenGeneration_NewPasswordChallenge" | "TokenGeneration_AuthenticateDevice" | "TokenGeneration_RefreshTokens";
  };
  "cognito.pre-token-generation-v2": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "TokenGeneration_Authentication". */
    "trigger-source"?: "TokenGeneration_HostedAuth" | "TokenGeneration_Authentication" | "TokenGeneration_NewPasswordChallenge" | "TokenGeneration_AuthenticateDevice" | "TokenGeneration_RefreshTokens";
  };
  "cognito.pre-token-generation-v3": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "TokenGeneration_Authentication". */
    "trigger-source"?: "TokenGeneration_HostedAuth" | "TokenGeneration_Authentication" | "TokenGeneration_NewPasswordChallenge" | "TokenGeneration_AuthenticateDevice" | "TokenGeneration_RefreshTokens" | "TokenGeneration_ClientCredentials";
  };
  "cognito.sync-trigger": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** Identity pool ID. Default: "identityPoolId". */
    "identity-pool-id"?: string;
    /** Cognito identity ID. Default: "identityId". */
    "identity-id"?: string;
    /** Dataset name. Default: "datasetName". */
    "dataset-name"?: string;
  };
  "cognito.user-migration": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "UserMigration_Authentication". */
    "trigger-source"?: "UserMigration_Authentication" | "UserMigration_ForgotPassword";
  };
  "cognito.verify-auth-challenge-response": {
    /** AWS Region of the user pool. Default: "us-east-1". */
    "region"?: string;
    /** User pool ID. Default: "us-east-1_EXAMPLE". */
    "user-pool-id"?: string;
    /** Username of the user. Default: "testuser". */
    "user-name"?: string;
    /** App client ID. Default: "1example23456789". */
    "client-id"?: string;
    /** The user's email attribute. Default: "testuser@example.com". */
    "email"?: string;
    /** The triggerSource value. Default: "VerifyAuthChallengeResponse_Authentication". */
    "trigger-source"?: "VerifyAuthChallengeResponse_Authentication";
    /** The user's answer to the challenge. Default: "5". */
    "answer"?: string;
  };
  "config.rule": {
    /** AWS Region of the rule and the evaluated resource. Default: "us-east-1". */
    "region"?: string;
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** Account that owns the rule and the resource. Default: "123456789012". */
    "account-id"?: string;
    /** What triggered the evaluation, i.e. the shape of invokingEvent: a configuration item, an oversized item's summary (the item is in S3), or a periodic trigger. Default: "ConfigurationItemChangeNotification". */
    "message-type"?: "ConfigurationItemChangeNotification" | "OversizedConfigurationItemChangeNotification" | "ScheduledNotification";
    /** Name of the custom rule. Default: "change-triggered-config-rule". */
    "config-rule-name"?: string;
    /** Id of the evaluated EC2 instance (change notifications only). Default: "i-0123456789abcdef0". */
    "resource-id"?: string;
    /** Name tag of the evaluated EC2 instance (change notifications only). Default: "web-server". */
    "resource-name"?: string;
    /** The rule's input parameters; ruleParameters is their JSON text (left out when this is null). Default: {"desiredInstanceType":"t3.micro"}. */
    "rule-parameters"?: unknown;
    /** Whether the resource was removed from the rule's scope. Default: false. */
    "event-left-scope"?: boolean;
    /** When AWS Config captured the change or created the periodic notification (ISO 8601, UTC). Default: "2024-03-01T12:00:00.000Z". */
    "notification-time"?: string;
  };
  "documentdb.change-stream": {
    /** AWS partition of the cluster ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the DocumentDB cluster. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the cluster. Default: "123456789012". */
    "account-id"?: string;
    /** DocumentDB cluster identifier (in its ARN). Default: "example-docdb-cluster". */
    "cluster-name"?: string;
    /** Database of the changed collection (ns.db). Default: "test_database". */
    "database"?: string;
    /** Collection of the changed document (ns.coll). Default: "test_collection". */
    "collection"?: string;
    /** The change: insert and replace carry fullDocument, update carries updateDescription (and fullDocument with full-document), delete only documentKey. Default: "insert". */
    "operation-type"?: "insert" | "update" | "replace" | "delete";
    /** Value of the document's message field after the change. Default: "Hello from DocumentDB". */
    "message"?: string;
    /** For update events: the event source mapping asks for the full document (UpdateLookup), so fullDocument is included. Default: false. */
    "full-document"?: boolean;
    /** When the change was made (ISO 8601, whole seconds); clusterTime.$timestamp.t is its epoch seconds. Default: "2024-03-01T12:00:00Z". */
    "change-time"?: string;
  };
  "dynamodb.stream-batch": {
    /** AWS partition of the stream ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the table. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the table. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the table whose stream is read. Default: "ExampleTableWithStream". */
    "table"?: string;
    /** Label of the table's stream (the time it was enabled), last part of the stream ARN. Default: "2024-02-01T00:00:00.000". */
    "stream-label"?: string;
    /** Partition key (Id, a Number) of the item that is inserted, modified, then removed. Default: 101. */
    "id"?: number;
    /** Message attribute of the item as inserted (INSERT NewImage, MODIFY OldImage). Default: "New item!". */
    "message"?: string;
    /** Message attribute after the update (MODIFY NewImage, REMOVE OldImage). Default: "This item has changed". */
    "new-message"?: string;
    /** When the changes were made (ISO 8601, whole seconds); ApproximateCreationDateTime is its epoch seconds. Default: "2024-03-01T12:00:00Z". */
    "change-time"?: string;
    /** What the stream captures; decides which images the records carry. Default: "NEW_AND_OLD_IMAGES". */
    "stream-view-type"?: "KEYS_ONLY" | "NEW_IMAGE" | "OLD_IMAGE" | "NEW_AND_OLD_IMAGES";
    /** The REMOVE record is a Time to Live expiry (adds userIdentity naming the DynamoDB service). Default: false. */
    "ttl-delete"?: boolean;
  };
  "dynamodb.stream-batch.result": {
    /** SequenceNumber of the stream record that failed (Lambda retries from the lowest one listed). Default: "4608769791397865531693760122". */
    "sequence-number"?: string;
    /** Report the record as failed; false returns an empty batchItemFailures (the whole batch succeeded). Default: true. */
    "failed"?: boolean;
  };
  "dynamodb.stream-record-in-kinesis": {
    /** AWS partition of the stream and role ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the table and the Kinesis data stream. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the table, the stream and the function's execution role. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Kinesis data stream the table streams its changes to. Default: "ExampleTableChanges". */
    "stream-name"?: string;
    /** Execution role Lambda used to read the stream (invokeIdentityArn). Default: "lambda-kinesis-role". */
    "role-name"?: string;
    /** Shard the record was read from (prefix of eventID). Default: "shardId-000000000000". */
    "shard-id"?: string;
    /** Name of the table that changed (tableName). Default: "ExampleTable". */
    "table"?: string;
    /** Partition key (Id, a Number) of the changed item. Default: 101. */
    "id"?: number;
    /** The change: INSERT carries NewImage, MODIFY both images, REMOVE OldImage. Default: "MODIFY". */
    "event-name"?: "INSERT" | "MODIFY" | "REMOVE";
    /** Message attribute before the change (MODIFY/REMOVE OldImage), or as inserted (INSERT NewImage). Default: "New item!". */
    "message"?: string;
    /** Message attribute after a MODIFY (NewImage). Default: "This item has changed". */
    "new-message"?: string;
    /** When the change was made (ISO 8601); ApproximateCreationDateTime is it in the unit `precision` names, and the Kinesis arrival time. Default: "2024-03-01T12:00:00.123Z". */
    "change-time"?: string;
    /** ApproximateCreationDateTimePrecision, the streaming destination's setting. Default: "MILLISECOND". */
    "precision"?: "MILLISECOND" | "MICROSECOND";
  };
  "dynamodb.stream-tumbling-window": {
    /** AWS partition of the stream ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the table. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the table. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the table whose stream is read. Default: "ExampleTableWithStream". */
    "table"?: string;
    /** Label of the table's stream (the time it was enabled), last part of the stream ARN. Default: "2024-02-01T00:00:00.000". */
    "stream-label"?: string;
    /** Partition key (Id, a Number) of the item that is inserted, modified, then removed; the sample state counts changes per Id. Default: 101. */
    "id"?: number;
    /** Message attribute of the item as inserted (INSERT NewImage, MODIFY OldImage). Default: "New item!". */
    "message"?: string;
    /** Message attribute after the update (MODIFY NewImage, REMOVE OldImage). Default: "This item has changed". */
    "new-message"?: string;
    /** When the changes were made (ISO 8601, whole seconds), inside the window; ApproximateCreationDateTime is its epoch seconds. Default: "2024-03-01T12:01:30Z". */
    "change-time"?: string;
    /** What the stream captures; decides which images the records carry. Default: "NEW_AND_OLD_IMAGES". */
    "stream-view-type"?: "KEYS_ONLY" | "NEW_IMAGE" | "OLD_IMAGE" | "NEW_AND_OLD_IMAGES";
    /** The REMOVE record is a Time to Live expiry (adds userIdentity naming the DynamoDB service). Default: false. */
    "ttl-delete"?: boolean;
    /** Start of the tumbling window (ISO 8601, UTC). Default: "2024-03-01T12:00:00Z". */
    "window-start"?: string;
    /** End of the tumbling window (ISO 8601, UTC): start plus TumblingWindowInSeconds. Default: "2024-03-01T12:05:00Z". */
    "window-end"?: string;
    /** The count the function returned for the item on its previous invocation in the window (state is { <id>: count }). Default: 4. */
    "state-count"?: number;
    /** isFinalInvokeForWindow: the last invocation of the window. Default: false. */
    "final"?: boolean;
    /** isWindowTerminatedEarly: Lambda ended the window early because the state passed 1 MB. Default: false. */
    "terminated-early"?: boolean;
  };
  "dynamodb.stream-tumbling-window.result": {
    /** Id of the item the returned state counts changes for (state is { <id>: count }). Default: 101. */
    "id"?: number;
    /** The updated count for the item, passed back as state on the next invocation in the window. Default: 7. */
    "state-count"?: number;
    /** Report a record as failed in batchItemFailures (with ReportBatchItemFailures); false returns an empty list. Default: false. */
    "failed"?: boolean;
    /** SequenceNumber of the failed stream record, when failed is true. Default: "4239588020123272188883431722". */
    "sequence-number"?: string;
  };
  "eventbridge.event": {
    /** AWS Region of the event bus. Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from. Default: "123456789012". */
    "account-id"?: string;
    /** The emitting service or application (aws.<service> for AWS services). Default: "com.example.orders". */
    "source"?: string;
    /** Event type; with source, it tells what detail holds. Default: "Order Placed". */
    "detail-type"?: string;
    /** The event payload: a JSON object. Default: {"order-id":"o-1234","customer-id":"c-5678","total":42.5}. */
    "detail"?: unknown;
    /** ARN (or, for custom events, any string) of the resource involved; empty sends an empty resources array. Default: "". */
    "resource"?: string;
    /** When the event happened (ISO 8601); the event carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
  };
  "eventbridge.scheduled": {
    /** AWS partition of the rule ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the rule. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the rule. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the scheduled rule that fired. Default: "ExampleRule". */
    "rule"?: string;
    /** When the schedule fired (ISO 8601); the event carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
  };
  "iot.button": {
    /** The button's device serial number (DSN). Default: "G030JF055364XVRB". */
    "serial-number"?: string;
    /** How the button was pressed. Default: "SINGLE". */
    "click-type"?: "SINGLE" | "DOUBLE" | "LONG";
    /** Battery voltage in millivolts (sent as text, e.g. 1705mV). Default: 1705. */
    "battery-voltage"?: number;
  };
  "iot.one-click": {
    /** The device id (its serial number). Default: "G030PM0123456789". */
    "device-id"?: string;
    /** How the button was pressed. Default: "SINGLE". */
    "click-type"?: "SINGLE" | "DOUBLE" | "LONG";
    /** When the device reported the click (ISO 8601, UTC). Default: "2024-03-01T12:00:00.000Z". */
    "reported-time"?: string;
    /** Estimated remaining life of the device, in percent. Default: 98.5. */
    "remaining-life"?: number;
    /** Region of the 1-Click project. Default: "us-west-2". */
    "project-region"?: string;
    /** Name of the 1-Click project. Default: "office-supplies". */
    "project-name"?: string;
    /** Name of the placement the device belongs to. Default: "printer-room-2". */
    "placement-name"?: string;
    /** Device template name of the device in the placement. Default: "reorder-button". */
    "device-template-name"?: string;
  };
  "iot.registry-thing-event": {
    /** Account that owns the thing. Default: "123456789012". */
    "account-id"?: string;
    /** What happened to the thing. Default: "CREATED". */
    "operation"?: "CREATED" | "UPDATED" | "DELETED";
    /** Name of the thing. Default: "MyLightBulb". */
    "thing-name"?: string;
    /** The thing's type (thingTypeName is null when this is empty). Default: "LightBulb". */
    "thing-type-name"?: string;
    /** Version of the thing: 1 when created, incremented by each update. Default: 1. */
    "version-number"?: number;
    /** When the event occurred (ISO 8601, UTC); timestamp is its epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "iot.registry-thing-group-event": {
    /** AWS partition of the group ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the registry. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the group. Default: "123456789012". */
    "account-id"?: string;
    /** What happened to the group. Default: "UPDATED". */
    "operation"?: "CREATED" | "UPDATED" | "DELETED";
    /** Name of the thing group. Default: "Floor3Sensors". */
    "thing-group-name"?: string;
    /** Name of the parent group; empty for a root group (parent fields and rootToParentThingGroups are then null). Default: "Building1". */
    "parent-group-name"?: string;
    /** The group's description (null when this is empty). Default: "Sensors on the third floor". */
    "description"?: string;
    /** Version of the group: 1 when created, incremented by each update. Default: 2. */
    "version-number"?: number;
    /** When the event occurred (ISO 8601, UTC); timestamp is its epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "iot.registry-thing-group-hierarchy-event": {
    /** Account that owns the groups. Default: "123456789012". */
    "account-id"?: string;
    /** Whether the child group was added to or removed from the parent. Default: "ADDED". */
    "operation"?: "ADDED" | "REMOVED";
    /** Name of the parent group. Default: "Building1". */
    "thing-group-name"?: string;
    /** Name of the child group. Default: "Floor3Sensors". */
    "child-group-name"?: string;
    /** When the event occurred (ISO 8601, UTC); timestamp is its epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "iot.registry-thing-group-membership-event": {
    /** AWS partition of the group and thing ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the registry. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the group and the thing. Default: "123456789012". */
    "account-id"?: string;
    /** Whether the thing was added to or removed from the group. Default: "ADDED". */
    "operation"?: "ADDED" | "REMOVED";
    /** Name of the thing group. Default: "Floor3Sensors". */
    "thing-group-name"?: string;
    /** Name of the thing. Default: "MyLightBulb". */
    "thing-name"?: string;
    /** When the event occurred (ISO 8601, UTC); timestamp is its epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "iot.registry-thing-type-association-event": {
    /** CREATED when the thing type is associated with the thing, DELETED when it is disassociated. Default: "CREATED". */
    "operation"?: "CREATED" | "DELETED";
    /** Name of the thing. Default: "MyLightBulb". */
    "thing-name"?: string;
    /** The thing type associated with (or removed from) the thing. Default: "LightBulb". */
    "thing-type-name"?: string;
    /** Account that owns the thing (only seeds the thing id: the documented event carries no accountId). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601, UTC); timestamp is its epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "iot.registry-thing-type-event": {
    /** Account that owns the thing type. Default: "123456789012". */
    "account-id"?: string;
    /** What happened to the thing type (deprecating and undeprecating are UPDATED). Default: "CREATED". */
    "operation"?: "CREATED" | "UPDATED" | "DELETED";
    /** Name of the thing type. Default: "LightBulb". */
    "thing-type-name"?: string;
    /** The thing type's description (null when this is empty). Default: "Smart light bulbs". */
    "description"?: string;
    /** Whether the thing type is deprecated (deprecationDate is null otherwise). Default: false. */
    "is-deprecated"?: boolean;
    /** When the type was deprecated (ISO 8601, UTC), used when is-deprecated is true. Default: "2024-03-01T12:00:00.000Z". */
    "deprecation-time"?: string;
    /** When the event occurred (ISO 8601, UTC); timestamp is its epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "iot.rule-action": {
    /** Id the device puts in its message (the rule selects the whole message with SELECT *). Default: "sensor-0042". */
    "device-id"?: string;
    /** Temperature reading, in degrees Celsius. Default: 22.5. */
    "temperature"?: number;
    /** Relative humidity reading, in percent. Default: 48. */
    "humidity"?: number;
    /** When the device took the reading (ISO 8601, UTC); the message carries its epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "kafka.msk": {
    /** AWS partition of the cluster ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the MSK cluster. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the cluster. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the MSK cluster (in its ARN and broker host names). Default: "demo-cluster-1". */
    "cluster-name"?: string;
    /** Topic the record was read from. Default: "mytopic". */
    "topic"?: string;
    /** Partition number of the record within the topic (a decimal number; the batch groups records under <topic>-<partition>). Default: "0". */
    "kafka-partition"?: string;
    /** Offset of the record in its partition (a decimal number). Default: "15". */
    "offset"?: string;
    /** Record key as the producer sent it (raw text); the event carries it base64-encoded. Empty: the record has no key. Default: "order-1234". */
    "key"?: string;
    /** Record value as the producer sent it (raw text); the event carries it base64-encoded. Default: "{\"orderId\":\"order-1234\",\"status\":\"shipped\"}". */
    "value"?: string;
    /** Record timestamp (ISO 8601); sent as epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "record-time"?: string;
    /** Whether the producer (CREATE_TIME) or the broker (LOG_APPEND_TIME) set the timestamp. Default: "CREATE_TIME". */
    "timestamp-type"?: "CREATE_TIME" | "LOG_APPEND_TIME";
  };
  "kafka.self-managed": {
    /** Bootstrap servers configured on the event source mapping, one comma-separated host:port list. Default: "kafka-1.example.com:9092,kafka-2.example.com:9092". */
    "bootstrap-servers"?: string;
    /** Topic the record was read from. Default: "mytopic". */
    "topic"?: string;
    /** Partition number of the record within the topic (a decimal number; the batch groups records under <topic>-<partition>). Default: "0". */
    "kafka-partition"?: string;
    /** Offset of the record in its partition (a decimal number). Default: "15". */
    "offset"?: string;
    /** Record key as the producer sent it (raw text); the event carries it base64-encoded. Empty: the record has no key. Default: "order-1234". */
    "key"?: string;
    /** Record value as the producer sent it (raw text); the event carries it base64-encoded. Default: "{\"orderId\":\"order-1234\",\"status\":\"shipped\"}". */
    "value"?: string;
    /** Record timestamp (ISO 8601); sent as epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "record-time"?: string;
    /** Whether the producer (CREATE_TIME) or the broker (LOG_APPEND_TIME) set the timestamp. Default: "CREATE_TIME". */
    "timestamp-type"?: "CREATE_TIME" | "LOG_APPEND_TIME";
  };
  "kinesis.stream-batch": {
    /** AWS partition of the stream and role ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the stream. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the stream and the function's execution role. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Kinesis data stream. Default: "lambda-stream". */
    "stream-name"?: string;
    /** Execution role Lambda used to read the stream (invokeIdentityArn). Default: "lambda-kinesis-role". */
    "role-name"?: string;
    /** Shard the record was read from (prefix of eventID). Default: "shardId-000000000000". */
    "shard-id"?: string;
    /** Sequence number of the record in its shard (the itemIdentifier to return for a failed record). Default: "49545115243490985018280067714973144582180062593244200961". */
    "sequence"?: string;
    /** Record payload as the producer put it (raw text); the event carries it base64-encoded. Default: "Hello, this is a test 123.". */
    "data"?: string;
    /** Partition key the producer gave. Default: "partitionKey-03". */
    "partition-key"?: string;
    /** When the stream received the record (ISO 8601); sent as epoch seconds with a millisecond fraction. Default: "2024-03-01T12:00:00.123Z". */
    "arrival-time"?: string;
  };
  "kinesis.stream-batch.result": {
    /** Sequence number of the record that failed (Lambda retries from the lowest one listed). Default: "49545115243490985018280067714973144582180062593244200961". */
    "sequence"?: string;
    /** Report the record as failed; false returns an empty batchItemFailures (the whole batch succeeded). Default: true. */
    "failed"?: boolean;
  };
  "kinesis.stream-tumbling-window": {
    /** AWS partition of the stream and role ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the stream. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the stream and the function's execution role. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Kinesis data stream. Default: "lambda-stream". */
    "stream-name"?: string;
    /** Execution role Lambda used to read the stream (invokeIdentityArn). Default: "lambda-kinesis-role". */
    "role-name"?: string;
    /** Shard the records were read from (shardId, and prefix of each eventID). Default: "shardId-000000000006". */
    "shard-id"?: string;
    /** Sequence number of the record in its shard. Default: "49590338271490256608559692538361571095921575989136588898". */
    "sequence"?: string;
    /** Record payload as the producer put it (raw text); the event carries it base64-encoded. Default: "Hello, this is a test.". */
    "data"?: string;
    /** Partition key the producer gave; the sample state counts records per partition key. Default: "1". */
    "partition-key"?: string;
    /** When the stream received the record (ISO 8601), inside the window; sent as epoch seconds with a millisecond fraction. Default: "2024-03-01T12:01:30.123Z". */
    "arrival-time"?: string;
    /** Start of the tumbling window (ISO 8601, UTC). Default: "2024-03-01T12:00:00Z". */
    "window-start"?: string;
    /** End of the tumbling window (ISO 8601, UTC): start plus TumblingWindowInSeconds. Default: "2024-03-01T12:05:00Z". */
    "window-end"?: string;
    /** The count the function returned for this partition key on its previous invocation in the window (state is { <partition-key>: count }). Default: 282. */
    "state-count"?: number;
    /** isFinalInvokeForWindow: the last invocation of the window. Default: false. */
    "final"?: boolean;
    /** isWindowTerminatedEarly: Lambda ended the window early because the state passed 1 MB. Default: false. */
    "terminated-early"?: boolean;
  };
  "kinesis.stream-tumbling-window.result": {
    /** Partition key the returned state counts records for (state is { <partition-key>: count }). Default: "1". */
    "partition-key"?: string;
    /** The updated count for the partition key, passed back as state on the next invocation in the window. Default: 283. */
    "state-count"?: number;
    /** Report a record as failed in batchItemFailures (with ReportBatchItemFailures); false returns an empty list. Default: false. */
    "failed"?: boolean;
    /** Sequence number of the failed record, when failed is true. Default: "49590338271490256608559692538361571095921575989136588898". */
    "sequence"?: string;
  };
  "lambda.destination-record": {
    /** AWS partition of the function ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the function. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the function. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the function whose invocation the record describes. Default: "my-function". */
    "function-name"?: string;
    /** Version that ran (also the qualifier of functionArn). Default: "$LATEST". */
    "executed-version"?: string;
    /** Why the record was sent: Success (on-success destination: 1 attempt, responsePayload is response-payload), RetriesExhausted (3 attempts, the last one failed with error-type/error-message) or EventAgeExceeded (the event expired before any attempt: no response). Default: "RetriesExhausted". */
    "condition"?: "Success" | "RetriesExhausted" | "EventAgeExceeded";
    /** The event the function was invoked with (any JSON value). Default: {"orderId":"ORD-20240301-0042","amount":42.5,"currency":"USD"}. */
    "request-payload"?: unknown;
    /** What the function returned (Success only). Default: {"status":"processed","orderId":"ORD-20240301-0042"}. */
    "response-payload"?: unknown;
    /** errorType of the failure (RetriesExhausted only). Default: "PaymentError". */
    "error-type"?: string;
    /** errorMessage of the failure (RetriesExhausted only). Default: "Payment service unavailable". */
    "error-message"?: string;
    /** When Lambda created the record (ISO 8601, UTC). Default: "2024-03-01T12:03:15.568Z". */
    "record-time"?: string;
  };
  "lambda.function-url": {
    /** Request body as the client sent it (base64-encoded in the event when is-base64-encoded is true); empty for a request without a body (no body key). Default: "{\"test\":\"body\"}". */
    "body"?: string;
    /** Whether Lambda passes the body base64-encoded (binary content types). Default: false. */
    "is-base64-encoded"?: boolean;
    /** content-type header of a request with a body (not sent when the body is empty). Default: "application/json". */
    "content-type"?: string;
    /** HTTP method of the request. Default: "POST". */
    "method"?: string;
    /** Request path, decoded, without the leading slash (rawPath carries it percent-encoded). Default: "my/path". */
    "path"?: string;
    /** Query string parameters: name -> value, or name -> list of values for a repeated name (joined with commas in queryStringParameters); empty for no query string. Default: {"parameter1":["value1","value2"],"parameter2":"value"}. */
    "querystringparameters"?: unknown;
    /** Cookies the client sent, one name=value string each; empty for none (no cookies key). Default: []. */
    "cookies"?: unknown;
    /** The function URL's auth type: AWS_IAM adds the SigV4 caller's identity in requestContext.authorizer.iam. Default: "NONE". */
    "auth-type"?: "NONE" | "AWS_IAM";
    /** Function URL id, the first label of <url-id>.lambda-url.<region>.on.aws. Default: "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6". */
    "url-id"?: string;
    /** AWS partition of the IAM caller's ARN (auth-type AWS_IAM). Default: "aws". */
    "partition"?: string;
    /** AWS Region of the function. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the function (and, with AWS_IAM, of the calling IAM user). Default: "123456789012". */
    "account-id"?: string;
    /** When Lambda received the request (ISO 8601); time and timeEpoch are derived from it. Default: "2024-03-01T12:00:00.000Z". */
    "request-time"?: string;
    /** IP address of the client. Default: "203.0.113.10". */
    "source-ip"?: string;
    /** User-Agent header of the client. Default: "curl/8.5.0". */
    "user-agent"?: string;
  };
  "lambda.function-url-streaming.result": {
    /** HTTP status code returned to the client. Default: 200. */
    "status-code"?: 200 | 201 | 202 | 204 | 301 | 302 | 304 | 400 | 401 | 403 | 404 | 405 | 409 | 429 | 500 | 502 | 503 | 504;
    /** content-type of the streamed body. Default: "text/plain; charset=utf-8". */
    "content-type"?: string;
    /** Cookies to set, one Set-Cookie value each; empty for none (no cookies key). Default: []. */
    "cookies"?: unknown;
  };
  "lambda.function-url.result": {
    /** HTTP status code returned to the client. Default: 200. */
    "status-code"?: 200 | 201 | 202 | 204 | 301 | 302 | 304 | 400 | 401 | 403 | 404 | 405 | 409 | 429 | 500 | 502 | 503 | 504;
    /** Response body (base64-encoded in the result when is-base64-encoded is true). Default: "{\"message\":\"Hello from Lambda!\"}". */
    "body"?: string;
    /** Whether the function returns the body base64-encoded (binary content); Lambda decodes it before answering the client. Default: false. */
    "is-base64-encoded"?: boolean;
    /** content-type response header. Default: "application/json". */
    "content-type"?: string;
    /** Cookies to set, one Set-Cookie value each; empty for none (no cookies key). Default: []. */
    "cookies"?: unknown;
  };
  "mq.activemq": {
    /** AWS partition of the broker ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the broker. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the broker. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Amazon MQ for ActiveMQ broker (its id is derived from it). Default: "ExampleBroker". */
    "broker-name"?: string;
    /** Queue the message was consumed from (destination.physicalName). Default: "testQueue". */
    "queue-name"?: string;
    /** Message body as sent (raw text); the event carries it base64-encoded. Default: "Hello from Amazon MQ!". */
    "data"?: string;
    /** JMS message type: TextMessage or BytesMessage. Default: "jms/text-message". */
    "message-type"?: "jms/text-message" | "jms/bytes-message";
    /** When the producer sent the message and the broker received it (ISO 8601); sent as epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "sent-time"?: string;
    /** When the broker dispatched the message to Lambda (ISO 8601); sent as epoch milliseconds. Default: "2024-03-01T12:00:00.012Z". */
    "dispatch-time"?: string;
    /** JMS delivery mode: true for PERSISTENT (deliveryMode 2), false for NON_PERSISTENT (1). Default: false. */
    "persistent"?: boolean;
    /** JMSRedelivered: the broker delivered the message before. Default: false. */
    "redelivered"?: boolean;
  };
  "mq.rabbitmq": {
    /** AWS partition of the broker ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the broker. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the broker. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Amazon MQ for RabbitMQ broker (its id is derived from it). Default: "ExampleRabbitBroker". */
    "broker-name"?: string;
    /** Queue the message was consumed from (the batch groups messages under <queue>::<virtual host>). Default: "pizzaQueue". */
    "queue-name"?: string;
    /** Virtual host of the queue; / is the default one. Default: "/". */
    "virtual-host"?: string;
    /** Message body as published (raw text); the event carries it base64-encoded. Default: "{\"pizza\":\"margherita\",\"size\":\"large\"}". */
    "data"?: string;
    /** contentType basic property the publisher set. Default: "application/json". */
    "content-type"?: string;
    /** Delivery mode: true for persistent (deliveryMode 2), false for non-persistent (1). Default: false. */
    "persistent"?: boolean;
    /** The broker delivered the message before. Default: false. */
    "redelivered"?: boolean;
  };
  "s3.batch-v1": {
    /** ARN of the bucket holding the object (arn:<partition>:s3:::<bucket>). Default: "arn:aws:s3:::examplebucket". */
    "bucket-arn"?: string;
    /** Object key from the manifest, as stored; the task carries it URL-encoded (form style, spaces as +). Default: "test/key". */
    "key"?: string;
    /** Object version named in the manifest; empty when the manifest names none, which sends null. Default: "". */
    "version-id"?: string;
    /** The Batch Operations job id (a UUID). Default: "f3cc4f60-61f6-4a2b-8a21-d07600c373ce". */
    "job-id"?: string;
  };
  "s3.batch-v1.result": {
    /** bucket-arn of the s3.batch-v1 request answered (its invocationId and taskId are echoed). Default: "arn:aws:s3:::examplebucket". */
    "bucket-arn"?: string;
    /** key of the s3.batch-v1 request answered. Default: "test/key". */
    "key"?: string;
    /** version-id of the s3.batch-v1 request answered. Default: "". */
    "version-id"?: string;
    /** job-id of the s3.batch-v1 request answered. Default: "f3cc4f60-61f6-4a2b-8a21-d07600c373ce". */
    "job-id"?: string;
    /** Outcome of the task: Succeeded, TemporaryFailure (S3 retries it) or PermanentFailure. Default: "Succeeded". */
    "result-code"?: "Succeeded" | "TemporaryFailure" | "PermanentFailure";
    /** Text S3 writes to the completion report for the task. Default: "Processed test/key". */
    "result-string"?: string;
  };
  "s3.batch-v2": {
    /** Bucket name (general purpose, or a directory bucket such as example-bucket--usw2-az1--x-s3). Default: "example-bucket". */
    "bucket"?: string;
    /** Object key from the manifest, as stored; the task carries it URL-encoded (form style, spaces as +). Default: "test/key". */
    "key"?: string;
    /** Object version named in the manifest; empty when the manifest names none, which sends null. Default: "". */
    "version-id"?: string;
    /** The Batch Operations job id (a UUID). Default: "f3cc4f60-61f6-4a2b-8a21-d07600c373ce". */
    "job-id"?: string;
    /** The job's UserArguments: an object of string values (at most 10 keys); null omits userArguments. Default: {"k1":"v1","k2":"v2"}. */
    "user-arguments"?: unknown;
  };
  "s3.batch-v2.result": {
    /** bucket of the s3.batch-v2 request answered (its invocationId and taskId are echoed). Default: "example-bucket". */
    "bucket"?: string;
    /** key of the s3.batch-v2 request answered. Default: "test/key". */
    "key"?: string;
    /** version-id of the s3.batch-v2 request answered. Default: "". */
    "version-id"?: string;
    /** job-id of the s3.batch-v2 request answered. Default: "f3cc4f60-61f6-4a2b-8a21-d07600c373ce". */
    "job-id"?: string;
    /** Outcome of the task: Succeeded, TemporaryFailure (S3 retries it) or PermanentFailure. Default: "Succeeded". */
    "result-code"?: "Succeeded" | "TemporaryFailure" | "PermanentFailure";
    /** Text S3 writes to the completion report for the task. Default: "Processed test/key". */
    "result-string"?: string;
  };
  "s3.eventbridge-object-access-tier-changed": {
    /** AWS partition of the bucket ARN in resources. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the bucket (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +), as Powertools assumes when it decodes it. Default: "test/key". */
    "key"?: string;
    /** Object version (versioning-enabled buckets); empty for an unversioned bucket, which omits version-id. Default: "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY". */
    "version-id"?: string;
    /** Object size in bytes. Default: 1024. */
    "size"?: number;
    /** When the event occurred (ISO 8601); EventBridge's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Who caused the event: S3 itself (s3.amazonaws.com) for this event type. Default: "s3.amazonaws.com". */
    "requester"?: string;
    /** The Intelligent-Tiering archive tier the object moved to. Default: "DEEP_ARCHIVE_ACCESS". */
    "destination-access-tier"?: "ARCHIVE_ACCESS" | "DEEP_ARCHIVE_ACCESS";
  };
  "s3.eventbridge-object-acl-updated": {
    /** AWS partition of the bucket ARN in resources. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the bucket (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +), as Powertools assumes when it decodes it. Default: "test/key". */
    "key"?: string;
    /** Object version (versioning-enabled buckets); empty for an unversioned bucket, which omits version-id. Default: "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY". */
    "version-id"?: string;
    /** When the event occurred (ISO 8601); EventBridge's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Account id (or AWS service principal) that made the request. Default: "123456789012". */
    "requester"?: string;
    /** IP address the request came from. Default: "192.0.2.10". */
    "source-ip"?: string;
  };
  "s3.eventbridge-object-created": {
    /** AWS partition of the bucket ARN in resources. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the bucket (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +), as Powertools assumes when it decodes it. Default: "test/key". */
    "key"?: string;
    /** Object version (versioning-enabled buckets); empty for an unversioned bucket, which omits version-id. Default: "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY". */
    "version-id"?: string;
    /** Object size in bytes. Default: 1024. */
    "size"?: number;
    /** When the event occurred (ISO 8601); EventBridge's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Account id (or AWS service principal) that made the request. Default: "123456789012". */
    "requester"?: string;
    /** IP address the request came from. Default: "192.0.2.10". */
    "source-ip"?: string;
    /** The API that created the object. Default: "PutObject". */
    "reason"?: "PutObject" | "POST Object" | "CopyObject" | "CompleteMultipartUpload";
  };
  "s3.eventbridge-object-deleted": {
    /** AWS partition of the bucket ARN in resources. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the bucket (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +), as Powertools assumes when it decodes it. Default: "test/key". */
    "key"?: string;
    /** Object version (versioning-enabled buckets); empty for an unversioned bucket, which omits version-id. Default: "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY". */
    "version-id"?: string;
    /** When the event occurred (ISO 8601); EventBridge's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Account id (or AWS service principal) that made the request. Default: "123456789012". */
    "requester"?: string;
    /** IP address the request came from. Default: "192.0.2.10". */
    "source-ip"?: string;
    /** DeleteObject (an API call; carries requester and source IP) or Lifecycle Expiration (S3 itself is the requester). Default: "DeleteObject". */
    "reason"?: "DeleteObject" | "Lifecycle Expiration";
    /** Delete Marker Created (versioned bucket) or Permanently Deleted. Default: "Delete Marker Created". */
    "deletion-type"?: "Delete Marker Created" | "Permanently Deleted";
  };
  "s3.eventbridge-object-restore-completed": {
    /** AWS partition of the bucket ARN in resources. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the bucket (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +), as Powertools assumes when it decodes it. Default: "test/key". */
    "key"?: string;
    /** Object version (versioning-enabled buckets); empty for an unversioned bucket, which omits version-id. Default: "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY". */
    "version-id"?: string;
    /** Object size in bytes. Default: 1024. */
    "size"?: number;
    /** When the event occurred (ISO 8601); EventBridge's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Who caused the event: S3 itself (s3.amazonaws.com) for this event type. Default: "s3.amazonaws.com". */
    "requester"?: string;
    /** When S3 deletes the temporary restored copy (ISO 8601). Default: "2024-03-08T00:00:00Z". */
    "restore-expiry-time"?: string;
    /** Storage class of the restored object (GLACIER, DEEP_ARCHIVE, ...). Default: "GLACIER". */
    "source-storage-class"?: string;
  };
  "s3.eventbridge-object-restore-expired": {
    /** AWS partition of the bucket ARN in resources. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the bucket (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +), as Powertools assumes when it decodes it. Default: "test/key". */
    "key"?: string;
    /** Object version (versioning-enabled buckets); empty for an unversioned bucket, which omits version-id. Default: "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY". */
    "version-id"?: string;
    /** When the event occurred (ISO 8601); EventBridge's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Who caused the event: S3 itself (s3.amazonaws.com) for this event type. Default: "s3.amazonaws.com". */
    "requester"?: string;
  };
  "s3.eventbridge-object-restore-initiated": {
    /** AWS partition of the bucket ARN in resources. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the bucket (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +), as Powertools assumes when it decodes it. Default: "test/key". */
    "key"?: string;
    /** Object version (versioning-enabled buckets); empty for an unversioned bucket, which omits version-id. Default: "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY". */
    "version-id"?: string;
    /** Object size in bytes. Default: 1024. */
    "size"?: number;
    /** When the event occurred (ISO 8601); EventBridge's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Account id (or AWS service principal) that made the request. Default: "123456789012". */
    "requester"?: string;
    /** IP address the request came from. Default: "192.0.2.10". */
    "source-ip"?: string;
    /** Storage class of the archived object (GLACIER, DEEP_ARCHIVE, ...). Default: "GLACIER". */
    "source-storage-class"?: string;
  };
  "s3.eventbridge-object-storage-class-changed": {
    /** AWS partition of the bucket ARN in resources. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the bucket (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +), as Powertools assumes when it decodes it. Default: "test/key". */
    "key"?: string;
    /** Object version (versioning-enabled buckets); empty for an unversioned bucket, which omits version-id. Default: "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY". */
    "version-id"?: string;
    /** Object size in bytes. Default: 1024. */
    "size"?: number;
    /** When the event occurred (ISO 8601); EventBridge's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Who caused the event: S3 itself (s3.amazonaws.com) for this event type. Default: "s3.amazonaws.com". */
    "requester"?: string;
    /** The object's new storage class (STANDARD_IA, INTELLIGENT_TIERING, GLACIER, ...). Default: "INTELLIGENT_TIERING". */
    "destination-storage-class"?: string;
  };
  "s3.eventbridge-object-tags-added": {
    /** AWS partition of the bucket ARN in resources. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the bucket (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +), as Powertools assumes when it decodes it. Default: "test/key". */
    "key"?: string;
    /** Object version (versioning-enabled buckets); empty for an unversioned bucket, which omits version-id. Default: "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY". */
    "version-id"?: string;
    /** When the event occurred (ISO 8601); EventBridge's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Account id (or AWS service principal) that made the request. Default: "123456789012". */
    "requester"?: string;
    /** IP address the request came from. Default: "192.0.2.10". */
    "source-ip"?: string;
  };
  "s3.eventbridge-object-tags-deleted": {
    /** AWS partition of the bucket ARN in resources. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the bucket (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +), as Powertools assumes when it decodes it. Default: "test/key". */
    "key"?: string;
    /** Object version (versioning-enabled buckets); empty for an unversioned bucket, which omits version-id. Default: "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY". */
    "version-id"?: string;
    /** When the event occurred (ISO 8601); EventBridge's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Account id (or AWS service principal) that made the request. Default: "123456789012". */
    "requester"?: string;
    /** IP address the request came from. Default: "192.0.2.10". */
    "source-ip"?: string;
  };
  "s3.notification": {
    /** AWS partition of the bucket ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +). Default: "test/key". */
    "key"?: string;
    /** Event type without the s3: prefix; ObjectRemoved:* events carry no size or eTag. Default: "ObjectCreated:Put". */
    "event-name"?: string;
    /** Object size in bytes (not sent for deletes). Default: 1024. */
    "size"?: number;
    /** When S3 finished processing the request (ISO 8601). Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Principal that caused the event. Default: "EXAMPLE". */
    "principal-id"?: string;
    /** IP address the request came from. Default: "127.0.0.1". */
    "source-ip"?: string;
  };
  "s3.notification-in-sqs": {
    /** AWS partition of the queue and bucket ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the queue and the bucket (S3 notifies queues in its own Region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the queue. Default: "123456789012". */
    "account-id"?: string;
    /** Queue name (a standard queue: S3 cannot notify FIFO queues). Default: "MyQueue". */
    "queue-name"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the notification carries it URL-encoded (form style, spaces as +). Default: "test/key". */
    "key"?: string;
    /** Event type without the s3: prefix; ObjectRemoved:* events carry no size or eTag. Default: "ObjectCreated:Put". */
    "event-name"?: string;
    /** Object size in bytes (not sent for deletes). Default: 1024. */
    "size"?: number;
    /** When S3 processed the request and sent the message (ISO 8601); eventTime and the SQS sent timestamps. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "s3.object-lambda": {
    /** AWS partition of the access point ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the access points. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the access points (and, here, the calling IAM user). Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Object Lambda Access Point the client called. Default: "example-object-lambda-ap". */
    "access-point"?: string;
    /** Name of the supporting S3 access point the function reads through. Default: "example-ap". */
    "supporting-access-point"?: string;
    /** The operation being served; it picks the context object (getObjectContext, headObjectContext, listObjectsContext or listObjectsV2Context). Default: "GetObject". */
    "operation"?: "GetObject" | "HeadObject" | "ListObjects" | "ListObjectsV2";
    /** Object key requested (GetObject, HeadObject). Default: "example.txt". */
    "key"?: string;
    /** FunctionPayload of the transformation configuration, passed through as text; empty omits it. Default: "{}". */
    "payload"?: string;
    /** IAM user who called the access point. Default: "example-user". */
    "user-name"?: string;
    /** Event format version (<major>.<minor>). Default: "1.00". */
    "protocol-version"?: string;
  };
  "s3.object-lambda.result": {
    /** The operation answered: HeadObject returns headers and metadata, the list operations return listBucketResult (GetObject answers through WriteGetObjectResponse instead). Default: "HeadObject". */
    "operation"?: "HeadObject" | "ListObjects" | "ListObjectsV2";
    /** HTTP status returned to the caller; any status but 200 sends errorCode and errorMessage instead of the result. Default: 200. */
    "status-code"?: 200 | 400 | 403 | 404 | 500 | 503;
    /** S3 error code sent with a status other than 200. Default: "AccessDenied". */
    "error-code"?: string;
    /** Error message sent with a status other than 200. Default: "Access Denied". */
    "error-message"?: string;
    /** Bucket name (listBucketResult.name). Default: "example-bucket". */
    "bucket"?: string;
    /** Key of the object described (HeadObject) or listed. Default: "example.txt". */
    "key"?: string;
    /** Object size in bytes. Default: 1024. */
    "size"?: number;
    /** Content-Type header returned for HeadObject. Default: "text/plain". */
    "content-type"?: string;
    /** When the object was last modified (ISO 8601, as listed). Default: "2024-03-01T12:00:00.000Z". */
    "last-modified"?: string;
  };
  "s3.test-event": {
    /** Bucket whose notification configuration was created or changed. Default: "example-bucket". */
    "bucket"?: string;
    /** When S3 sent the test message (ISO 8601). Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "ses.receipt": {
    /** AWS Region of the receipt rule and the function. Default: "us-east-1". */
    "region"?: string;
    /** AWS partition of the function ARN. Default: "aws". */
    "partition"?: string;
    /** Account that owns the function. Default: "123456789012". */
    "account-id"?: string;
    /** DNS suffix of the SES inbound SMTP endpoint (in the Received header). Default: "us-east-1.amazonaws.com". */
    "dns-suffix"?: string;
    /** Name of the function the receipt rule invokes. Default: "Example". */
    "function-name"?: string;
    /** How the receipt rule invokes the function: Event (asynchronous) or RequestResponse (the result's disposition controls the mail flow). Default: "Event". */
    "invocation-type"?: "Event" | "RequestResponse";
    /** Sender address (envelope MAIL FROM, From and Return-Path). Default: "janedoe@example.com". */
    "sender"?: string;
    /** Display name in the From header (the From header is the bare address when this is empty). Default: "Jane Doe". */
    "sender-name"?: string;
    /** Recipient address (To header, destination and receipt recipients). Default: "johndoe@example.com". */
    "recipient"?: string;
    /** Subject header. Default: "Test Subject". */
    "subject"?: string;
    /** Date header as written by the sender (RFC 5322). Default: "Fri, 1 Mar 2024 11:59:58 +0000". */
    "date"?: string;
    /** When SES received the message (ISO 8601, UTC); mail.timestamp and receipt.timestamp. Default: "2024-03-01T12:00:00.000Z". */
    "receive-time"?: string;
    /** Status of the spam check. Default: "PASS". */
    "spam-verdict"?: "PASS" | "FAIL" | "GRAY" | "PROCESSING_FAILED";
    /** Status of the virus check. Default: "PASS". */
    "virus-verdict"?: "PASS" | "FAIL" | "GRAY" | "PROCESSING_FAILED";
  };
  "ses.receipt.result": {
    /** STOP_RULE: skip the rest of this rule's actions; STOP_RULE_SET: stop all further actions and rules (for example for spam); CONTINUE: go on. Default: "STOP_RULE_SET". */
    "disposition"?: "STOP_RULE" | "STOP_RULE_SET" | "CONTINUE";
  };
  "sns.notification": {
    /** AWS partition of the topic ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the topic. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the topic. Default: "123456789012". */
    "account-id"?: string;
    /** Topic name. Default: "ExampleTopic". */
    "topic"?: string;
    /** Subject given to Publish; empty for none, which Lambda receives as null. Default: "example subject". */
    "subject"?: string;
    /** Message body exactly as published (JSON stays a string). Default: "example message". */
    "message"?: string;
    /** When the message was published (ISO 8601). Default: "2024-03-01T12:00:00.000Z". */
    "timestamp"?: string;
  };
  "sns.notification-in-sqs": {
    /** AWS partition of the topic and queue ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the topic and the queue. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the topic and the queue. Default: "123456789012". */
    "account-id"?: string;
    /** Topic name (a standard topic; FIFO topic messages are unsigned and carry a SequenceNumber). Default: "ExampleTopic". */
    "topic"?: string;
    /** Name of the subscribed queue. Default: "MyQueue". */
    "queue-name"?: string;
    /** Subject given to Publish; empty for none, which omits Subject from the notification. Default: "example subject". */
    "subject"?: string;
    /** Message body exactly as published (JSON stays a string). Default: "example message". */
    "message"?: string;
    /** When the message was published and delivered to the queue (ISO 8601). Default: "2024-03-01T12:00:00.000Z". */
    "timestamp"?: string;
  };
  "sqs.batch": {
    /** AWS partition of the queue ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the queue. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the queue. Default: "123456789012". */
    "account-id"?: string;
    /** Queue name (end it in .fifo for a FIFO queue). Default: "MyQueue". */
    "queue-name"?: string;
    /** Message body, exactly as sent (md5OfBody is computed from it). Default: "Hello from SQS!". */
    "body"?: string;
    /** When the message was sent (ISO 8601). Default: "2024-03-01T12:00:00.000Z". */
    "sent-time"?: string;
    /** ApproximateReceiveCount. Default: 1. */
    "receive-count"?: number;
  };
  "sqs.batch.result": {
    /** messageId of the message that failed (only it is retried; the rest of the batch is deleted). Default: "28a07459-d355-4ed2-a3ea-ba1d6926ea18". */
    "message-id"?: string;
    /** Report the message as failed; false returns an empty batchItemFailures (the whole batch succeeded). Default: true. */
    "failed"?: boolean;
  };
  "sqs.message-in-firehose": {
    /** AWS partition of the queue and delivery stream ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the queue, the pipe and the Firehose stream. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the queue and the Firehose stream. Default: "123456789012". */
    "account-id"?: string;
    /** Source queue of the pipe (end it in .fifo for a FIFO queue). Default: "MyQueue". */
    "queue-name"?: string;
    /** SQS message body, exactly as sent (md5OfBody is computed from it). Default: "Hello from SQS!". */
    "body"?: string;
    /** When the message was sent to the queue (ISO 8601). Default: "2024-03-01T12:00:00.000Z". */
    "sent-time"?: string;
    /** Name of the Firehose stream the pipe writes to. Default: "sqs-to-s3-stream". */
    "delivery-stream-name"?: string;
    /** When Firehose received the record from the pipe (ISO 8601); sent as epoch milliseconds. Default: "2024-03-01T12:00:01.250Z". */
    "arrival-time"?: string;
  };
  "vpc-lattice.request-v1": {
    /** HTTP method of the request. Default: "POST". */
    "method"?: string;
    /** Request path, decoded, without the leading slash (the event carries it percent-encoded, followed by the query string). Default: "path/to/resource". */
    "path"?: string;
    /** Request body as the client sent it (base64-encoded in the event when is-base64-encoded is true); empty for a request without a body (no body key). Default: "{\"test\":\"body\"}". */
    "body"?: string;
    /** Whether VPC Lattice passes the body base64-encoded (it does when there is a content-encoding header or the content type is not text/*, application/json, application/xml or application/javascript). Default: false. */
    "is-base64-encoded"?: boolean;
    /** content-type header of a request with a body (not sent when the body is empty). Default: "application/json". */
    "content-type"?: string;
    /** The service's auth type: AWS_IAM (an auth policy, SigV4-signed caller) adds the caller's identity. Default: "NONE". */
    "auth-type"?: "NONE" | "AWS_IAM";
    /** IAM role of the SigV4-signed caller (auth-type AWS_IAM), as an assumed-role session. Default: "ExampleRole". */
    "role-name"?: string;
    /** VPC Lattice service name, the start of its DNS name. Default: "my-service". */
    "service-name"?: string;
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the service and target group. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the service, service network and target group (and the calling role). Default: "123456789012". */
    "account-id"?: string;
    /** IP address of the client in the source VPC. Default: "10.0.1.25". */
    "source-ip"?: string;
    /** User-Agent header of the client. Default: "curl/8.5.0". */
    "user-agent"?: string;
    /** Query string parameters: name -> value, or name -> list of values for a repeated name (the last one is kept in query_string_parameters); empty for no query string (no query_string_parameters key). Default: {"query1":"value1"}. */
    "querystringparameters"?: unknown;
  };
  "vpc-lattice.request-v1.result": {
    /** HTTP status code returned to the client. Default: 200. */
    "status-code"?: 200 | 201 | 202 | 204 | 301 | 302 | 304 | 400 | 401 | 403 | 404 | 405 | 409 | 429 | 500 | 502 | 503 | 504;
    /** Response body (base64-encoded in the result when is-base64-encoded is true); empty for none (no body key). Default: "{\"message\":\"Hello from Lambda!\"}". */
    "body"?: string;
    /** Whether the function returns the body base64-encoded (binary content); VPC Lattice decodes it. Default: false. */
    "is-base64-encoded"?: boolean;
    /** content-type response header. Default: "application/json". */
    "content-type"?: string;
  };
  "vpc-lattice.request-v2": {
    /** HTTP method of the request. Default: "POST". */
    "method"?: string;
    /** Request path, decoded, without the leading slash (the event carries it percent-encoded, followed by the query string). Default: "path/to/resource". */
    "path"?: string;
    /** Request body as the client sent it (base64-encoded in the event when is-base64-encoded is true); empty for a request without a body (no body key). Default: "{\"test\":\"body\"}". */
    "body"?: string;
    /** Whether VPC Lattice passes the body base64-encoded (it does when there is a content-encoding header or the content type is not text/*, application/json, application/xml or application/javascript). Default: false. */
    "is-base64-encoded"?: boolean;
    /** content-type header of a request with a body (not sent when the body is empty). Default: "application/json". */
    "content-type"?: string;
    /** The service's auth type: AWS_IAM (an auth policy, SigV4-signed caller) adds the caller's identity. Default: "NONE". */
    "auth-type"?: "NONE" | "AWS_IAM";
    /** IAM role of the SigV4-signed caller (auth-type AWS_IAM), as an assumed-role session. Default: "ExampleRole". */
    "role-name"?: string;
    /** VPC Lattice service name, the start of its DNS name. Default: "my-service". */
    "service-name"?: string;
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the service and target group. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the service, service network and target group (and the calling role). Default: "123456789012". */
    "account-id"?: string;
    /** IP address of the client in the source VPC. Default: "10.0.1.25". */
    "source-ip"?: string;
    /** User-Agent header of the client. Default: "curl/8.5.0". */
    "user-agent"?: string;
    /** Query string parameters: name -> value, or name -> list of values for a repeated name; empty for no query string (no queryStringParameters key). Default: {"query1":"value1"}. */
    "querystringparameters"?: unknown;
    /** When VPC Lattice received the request (ISO 8601); timeEpoch (microseconds) is derived from it. Default: "2024-03-01T12:00:00.000Z". */
    "request-time"?: string;
  };
  "vpc-lattice.request-v2.result": {
    /** HTTP status code returned to the client. Default: 200. */
    "status-code"?: 200 | 201 | 202 | 204 | 301 | 302 | 304 | 400 | 401 | 403 | 404 | 405 | 409 | 429 | 500 | 502 | 503 | 504;
    /** Response body (base64-encoded in the result when is-base64-encoded is true); empty for none (no body key). Default: "{\"message\":\"Hello from Lambda!\"}". */
    "body"?: string;
    /** Whether the function returns the body base64-encoded (binary content); VPC Lattice decodes it. Default: false. */
    "is-base64-encoded"?: boolean;
    /** content-type response header. Default: "application/json". */
    "content-type"?: string;
  };
}
