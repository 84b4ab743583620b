// Generated from schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
import type { HandlerOf } from './handler.js';

/** Handler of `alb.request`: Application Load Balancer request to a Lambda target. @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html */
export type AlbRequestHandler = HandlerOf<"alb.request">;
/** Handler of `amplify.graphql-resolver`: AWS Amplify GraphQL @function resolver event. @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html */
export type AmplifyGraphQlResolverHandler = HandlerOf<"amplify.graphql-resolver">;
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
/** Handler of `appsync.authorizer`: AWS AppSync Lambda authorizer event. @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html */
export type AppSyncAuthorizerHandler = HandlerOf<"appsync.authorizer">;
/** Handler of `appsync.batch-resolver`: AWS AppSync direct Lambda resolver batch event (BatchInvoke). @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html */
export type AppSyncBatchResolverHandler = HandlerOf<"appsync.batch-resolver">;
/** Handler of `appsync.events`: AWS AppSync Events API Lambda handler event. @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html */
export type AppSyncEventsHandler = HandlerOf<"appsync.events">;
/** Handler of `appsync.resolver`: AWS AppSync direct Lambda resolver event. @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html */
export type AppSyncResolverHandler = HandlerOf<"appsync.resolver">;
/** Handler of `cloudformation.custom-resource-in-sns`: CloudFormation custom resource request in an SNS notification. @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html */
export type CloudFormationCustomResourceInSnsHandler = HandlerOf<"cloudformation.custom-resource-in-sns">;
/** Handler of `cloudfront.origin-request`: Lambda@Edge origin request event. @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html */
export type CloudFrontOriginRequestHandler = HandlerOf<"cloudfront.origin-request">;
/** Handler of `cloudfront.origin-response`: Lambda@Edge origin response event. @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html */
export type CloudFrontOriginResponseHandler = HandlerOf<"cloudfront.origin-response">;
/** Handler of `cloudfront.viewer-request`: Lambda@Edge viewer request event. @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html */
export type CloudFrontViewerRequestHandler = HandlerOf<"cloudfront.viewer-request">;
/** Handler of `cloudfront.viewer-response`: Lambda@Edge viewer response event. @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html */
export type CloudFrontViewerResponseHandler = HandlerOf<"cloudfront.viewer-response">;
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
/** Handler of `cognito.create-auth-challenge`: Cognito custom authentication: create auth challenge trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html */
export type CognitoCreateAuthChallengeHandler = HandlerOf<"cognito.create-auth-challenge">;
/** Handler of `cognito.custom-email-sender`: Cognito user pool custom email sender trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html */
export type CognitoCustomEmailSenderHandler = HandlerOf<"cognito.custom-email-sender">;
/** Handler of `cognito.custom-message`: Cognito user pool custom message trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html */
export type CognitoCustomMessageHandler = HandlerOf<"cognito.custom-message">;
/** Handler of `cognito.custom-sms-sender`: Cognito user pool custom SMS sender trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html */
export type CognitoCustomSmsSenderHandler = HandlerOf<"cognito.custom-sms-sender">;
/** Handler of `cognito.define-auth-challenge`: Cognito custom authentication: define auth challenge trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html */
export type CognitoDefineAuthChallengeHandler = HandlerOf<"cognito.define-auth-challenge">;
/** Handler of `cognito.inbound-federation`: Cognito user pool inbound federation trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html */
export type CognitoInboundFederationHandler = HandlerOf<"cognito.inbound-federation">;
/** Handler of `cognito.post-authentication`: Cognito user pool post authentication trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html */
export type CognitoPostAuthenticationHandler = HandlerOf<"cognito.post-authentication">;
/** Handler of `cognito.post-confirmation`: Cognito user pool post confirmation trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html */
export type CognitoPostConfirmationHandler = HandlerOf<"cognito.post-confirmation">;
/** Handler of `cognito.pre-authentication`: Cognito user pool pre authentication trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html */
export type CognitoPreAuthenticationHandler = HandlerOf<"cognito.pre-authentication">;
/** Handler of `cognito.pre-signup`: Cognito user pool pre sign-up trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html */
export type CognitoPreSignupHandler = HandlerOf<"cognito.pre-signup">;
/** Handler of `cognito.pre-token-generation`: Cognito pre token generation trigger, event version 1 (V1_0). @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html */
export type CognitoPreTokenGenerationHandler = HandlerOf<"cognito.pre-token-generation">;
/** Handler of `cognito.pre-token-generation-v2`: Cognito pre token generation trigger, event version 2 (V2_0). @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html */
export type CognitoPreTokenGenerationV2Handler = HandlerOf<"cognito.pre-token-generation-v2">;
/** Handler of `cognito.pre-token-generation-v3`: Cognito pre token generation trigger, event version 3 (V3_0). @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html */
export type CognitoPreTokenGenerationV3Handler = HandlerOf<"cognito.pre-token-generation-v3">;
/** Handler of `cognito.sync-trigger`: Amazon Cognito Sync trigger (legacy Cognito Events). @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html */
export type CognitoSyncTriggerHandler = HandlerOf<"cognito.sync-trigger">;
/** Handler of `cognito.user-migration`: Cognito user pool migrate user trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html */
export type CognitoUserMigrationHandler = HandlerOf<"cognito.user-migration">;
/** Handler of `cognito.verify-auth-challenge-response`: Cognito custom authentication: verify auth challenge response trigger. @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html */
export type CognitoVerifyAuthChallengeResponseHandler = HandlerOf<"cognito.verify-auth-challenge-response">;
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
