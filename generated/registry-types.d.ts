// Generated from schemas/ and generator/runtime/registry-types.ts by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlbRequestEvent, AlbRequestResult, AlexaSkillEvent, AlexaSkillResult, AlexaSmartHomeEvent, AlexaSmartHomeResult, AmplifyGraphQlResolverEvent, ApiGatewayHttpAuthorizerV1Event, ApiGatewayHttpAuthorizerV1Result, ApiGatewayHttpAuthorizerV2Event, ApiGatewayHttpAuthorizerV2Result, ApiGatewayHttpProxyV1Event, ApiGatewayHttpProxyV1Result, ApiGatewayHttpProxyV2Event, ApiGatewayHttpProxyV2Result, ApiGatewayRequestAuthorizerEvent, ApiGatewayRequestAuthorizerResult, ApiGatewayRestProxyEvent, ApiGatewayRestProxyResult, ApiGatewayRestProxyStreamingResult, ApiGatewayTokenAuthorizerEvent, ApiGatewayTokenAuthorizerResult, ApiGatewayWebSocketAuthorizerEvent, ApiGatewayWebSocketEvent, ApiGatewayWebSocketResult, AppSyncAuthorizerEvent, AppSyncAuthorizerResult, AppSyncBatchResolverEvent, AppSyncEventsEvent, AppSyncEventsResult, AppSyncResolverEvent, AutoScalingCustomTerminationPolicyEvent, AutoScalingCustomTerminationPolicyResult, AutoScalingInstanceLaunchLifecycleActionDetail, AutoScalingInstanceLaunchLifecycleActionEvent, AutoScalingInstanceLaunchSuccessfulDetail, AutoScalingInstanceLaunchSuccessfulEvent, AutoScalingInstanceLaunchUnsuccessfulDetail, AutoScalingInstanceLaunchUnsuccessfulEvent, AutoScalingInstanceTerminateLifecycleActionDetail, AutoScalingInstanceTerminateLifecycleActionEvent, AutoScalingInstanceTerminateSuccessfulDetail, AutoScalingInstanceTerminateSuccessfulEvent, AutoScalingInstanceTerminateUnsuccessfulDetail, AutoScalingInstanceTerminateUnsuccessfulEvent, BedrockAgentActionEvent, BedrockAgentActionResult, BedrockAgentFunctionEvent, BedrockAgentFunctionResult, CdkProviderIsCompleteEvent, CdkProviderIsCompleteResult, CdkProviderOnEvent, CdkProviderOnEventResult, ChimeBotEvent, ClientVpnConnectionHandlerEvent, ClientVpnConnectionHandlerResult, CloudFormationCustomResourceEvent, CloudFormationCustomResourceInSnsEvent, CloudFormationCustomResourceRequest, CloudFormationCustomResourceResult, CloudFrontOriginRequestEvent, CloudFrontOriginRequestResult, CloudFrontOriginResponseEvent, CloudFrontOriginResponseResult, CloudFrontViewerRequestEvent, CloudFrontViewerRequestResult, CloudFrontViewerResponseEvent, CloudFrontViewerResponseResult, CloudTrailAwsApiCallDetail, CloudTrailAwsApiCallEvent, CloudWatchAlarmEvent, CloudWatchAlarmSnsMessageEvent, CloudWatchDashboardCustomWidgetEvent, CloudWatchDashboardCustomWidgetResult, CloudWatchLogsDataEvent, CloudWatchLogsDataInFirehoseEvent, CloudWatchLogsDataInKinesisEvent, CloudWatchLogsEvent, CodeBuildBuildPhaseChangeDetail, CodeBuildBuildPhaseChangeEvent, CodeBuildBuildStateChangeDetail, CodeBuildBuildStateChangeEvent, CodeCommitTriggerEvent, CodeDeployDeploymentStateChangeDetail, CodeDeployDeploymentStateChangeEvent, CodeDeployInstanceStateChangeDetail, CodeDeployInstanceStateChangeEvent, CodeDeployLifecycleHookEvent, CodePipelineActionExecutionStateChangeDetail, CodePipelineActionExecutionStateChangeEvent, CodePipelineJobEvent, CodePipelinePipelineExecutionStateChangeDetail, CodePipelinePipelineExecutionStateChangeEvent, CodePipelineStageExecutionStateChangeDetail, CodePipelineStageExecutionStateChangeEvent, CognitoCreateAuthChallengeEvent, CognitoCustomEmailSenderEvent, CognitoCustomMessageEvent, CognitoCustomSmsSenderEvent, CognitoDefineAuthChallengeEvent, CognitoInboundFederationEvent, CognitoPostAuthenticationEvent, CognitoPostConfirmationEvent, CognitoPreAuthenticationEvent, CognitoPreSignupEvent, CognitoPreTokenGenerationEvent, CognitoPreTokenGenerationV2Event, CognitoPreTokenGenerationV3Event, CognitoSyncTriggerEvent, CognitoUserMigrationEvent, CognitoVerifyAuthChallengeResponseEvent, ConfigRuleEvent, ConnectContactFlowEvent, ConnectContactFlowResult, ConnectOutboundCampaignsEvent, DocumentDbChangeStreamEvent, DynamoDbKinesisChangeRecord, DynamoDbStreamBatchEvent, DynamoDbStreamBatchResult, DynamoDbStreamRecordInKinesisEvent, DynamoDbStreamTumblingWindowEvent, DynamoDbStreamTumblingWindowResult, Ec2InstanceStateChangeDetail, Ec2InstanceStateChangeEvent, EcrImageActionDetail, EcrImageActionEvent, EcrImageScanDetail, EcrImageScanEvent, EcsContainerInstanceStateChangeDetail, EcsContainerInstanceStateChangeEvent, EmrAutoScalingPolicyStateChangeDetail, EmrAutoScalingPolicyStateChangeEvent, EmrClusterStateChangeDetail, EmrClusterStateChangeEvent, EmrInstanceGroupStateChangeDetail, EmrInstanceGroupStateChangeEvent, EmrStepStatusChangeDetail, EmrStepStatusChangeEvent, EventBridgeEvent, EventBridgeScheduledEvent, FirehoseTransformationEvent, FirehoseTransformationResult, GameLiftAcceptMatchCompletedDetail, GameLiftAcceptMatchCompletedEvent, GameLiftAcceptMatchDetail, GameLiftAcceptMatchEvent, GameLiftMatchmakingCancelledDetail, GameLiftMatchmakingCancelledEvent, GameLiftMatchmakingFailedDetail, GameLiftMatchmakingFailedEvent, GameLiftMatchmakingSearchingDetail, GameLiftMatchmakingSearchingEvent, GameLiftMatchmakingSucceededDetail, GameLiftMatchmakingSucceededEvent, GameLiftMatchmakingTimedOutDetail, GameLiftMatchmakingTimedOutEvent, GameLiftPotentialMatchCreatedDetail, GameLiftPotentialMatchCreatedEvent, GlueCrawlerFailedDetail, GlueCrawlerFailedEvent, GlueCrawlerStartedDetail, GlueCrawlerStartedEvent, GlueCrawlerSucceededDetail, GlueCrawlerSucceededEvent, GlueDataCatalogDatabaseStateChangeDetail, GlueDataCatalogDatabaseStateChangeEvent, GlueDataCatalogTableStateChangeDetail, GlueDataCatalogTableStateChangeEvent, GlueJobRunStateChangeDetail, GlueJobRunStateChangeEvent, GlueJobRunStatusDetail, GlueJobRunStatusEvent, GuardDutyMalwareProtectionObjectScanResultDetail, GuardDutyMalwareProtectionObjectScanResultEvent, HealthEvent, HealthEventDetail, IoTButtonEvent, IoTCustomAuthorizerEvent, IoTCustomAuthorizerResult, IoTOneClickEvent, IoTPreProvisioningHookEvent, IoTPreProvisioningHookResult, IoTRegistryThingEvent, IoTRegistryThingGroupEvent, IoTRegistryThingGroupHierarchyEvent, IoTRegistryThingGroupMembershipEvent, IoTRegistryThingTypeAssociationEvent, IoTRegistryThingTypeEvent, IoTRuleActionEvent, KafkaMskEvent, KafkaSelfManagedEvent, KinesisAnalyticsOutputDeliveryEvent, KinesisAnalyticsOutputDeliveryResult, KinesisAnalyticsPreprocessingEvent, KinesisAnalyticsPreprocessingResult, KinesisStreamBatchEvent, KinesisStreamBatchResult, KinesisStreamTumblingWindowEvent, KinesisStreamTumblingWindowResult, KmsCmkEvent, KmsCmkEventDetail, LambdaDestinationRecordEvent, LambdaFunctionUrlEvent, LambdaFunctionUrlResult, LambdaFunctionUrlStreamingResult, LexV1Event, LexV1Result, LexV2Event, LexV2Result, MacieAlertUpdatedDetail, MacieAlertUpdatedEvent, MacieBucketContainsHighRiskObjectAlertDetail, MacieBucketContainsHighRiskObjectAlertEvent, MacieBucketScanAlertDetail, MacieBucketScanAlertEvent, MacieBucketWritableAlertDetail, MacieBucketWritableAlertEvent, MqActiveMqEvent, MqRabbitMqEvent, OpsWorksAlertDetail, OpsWorksAlertEvent, OpsWorksCommandStateChangeDetail, OpsWorksCommandStateChangeEvent, OpsWorksDeploymentStateChangeDetail, OpsWorksDeploymentStateChangeEvent, OpsWorksInstanceStateChangeDetail, OpsWorksInstanceStateChangeEvent, S3BatchV1Event, S3BatchV1Result, S3BatchV2Event, S3BatchV2Result, S3EventBridgeObjectAccessTierChangedDetail, S3EventBridgeObjectAclUpdatedDetail, S3EventBridgeObjectCreatedDetail, S3EventBridgeObjectDeletedDetail, S3EventBridgeObjectRestoreCompletedDetail, S3EventBridgeObjectRestoreExpiredDetail, S3EventBridgeObjectRestoreInitiatedDetail, S3EventBridgeObjectStorageClassChangedDetail, S3EventBridgeObjectTagsAddedDetail, S3EventBridgeObjectTagsDeletedDetail, S3NotificationEvent, S3NotificationInSqsEvent, S3ObjectAccessTierChangedEvent, S3ObjectAclUpdatedEvent, S3ObjectCreatedEvent, S3ObjectDeletedEvent, S3ObjectLambdaEvent, S3ObjectLambdaResult, S3ObjectRestoreCompletedEvent, S3ObjectRestoreExpiredEvent, S3ObjectRestoreInitiatedEvent, S3ObjectStorageClassChangedEvent, S3ObjectTagsAddedEvent, S3ObjectTagsDeletedEvent, S3TestEvent, SageMakerGroundTruthAnnotationConsolidationEvent, SageMakerGroundTruthAnnotationConsolidationResult, SageMakerGroundTruthPreHumanTaskEvent, SageMakerGroundTruthPreHumanTaskResult, SecretsManagerRotationEvent, SesReceiptEvent, SesReceiptResult, SigninConsoleSignInDetail, SigninConsoleSignInEvent, SmsJobStateChangeDetail, SmsJobStateChangeEvent, SnsHttpNotification, SnsNotificationEvent, SnsNotificationInSqsEvent, SqsBatchEvent, SqsBatchResult, SqsMessageInFirehoseEvent, SqsRecord, SsmCalendarStateChangeDetail, SsmCalendarStateChangeEvent, SsmConfigurationComplianceStateChangeDetail, SsmConfigurationComplianceStateChangeEvent, SsmEc2AutomationExecutionStatusChangeDetail, SsmEc2AutomationExecutionStatusChangeEvent, SsmEc2AutomationStepStatusChangeDetail, SsmEc2AutomationStepStatusChangeEvent, SsmEc2CommandInvocationStatusChangeDetail, SsmEc2CommandInvocationStatusChangeEvent, SsmEc2CommandStatusChangeDetail, SsmEc2CommandStatusChangeEvent, SsmEc2StateManagerAssociationStateChangeDetail, SsmEc2StateManagerAssociationStateChangeEvent, SsmEc2StateManagerInstanceAssociationStateChangeDetail, SsmEc2StateManagerInstanceAssociationStateChangeEvent, SsmMaintenanceWindowExecutionStateChangeDetail, SsmMaintenanceWindowExecutionStateChangeEvent, SsmMaintenanceWindowStateChangeDetail, SsmMaintenanceWindowStateChangeEvent, SsmMaintenanceWindowTargetRegistrationDetail, SsmMaintenanceWindowTargetRegistrationEvent, SsmMaintenanceWindowTaskExecutionStateChangeDetail, SsmMaintenanceWindowTaskExecutionStateChangeEvent, SsmMaintenanceWindowTaskTargetInvocationStateChangeDetail, SsmMaintenanceWindowTaskTargetInvocationStateChangeEvent, SsmParameterStoreStateChangeDetail, SsmParameterStoreStateChangeEvent, StepFunctionsExecutionStatusChangeDetail, StepFunctionsExecutionStatusChangeEvent, TagTagChangeOnResourceDetail, TagTagChangeOnResourceEvent, TransferIdentityProviderEvent, TransferIdentityProviderResult, TrustedAdvisorCheckItemRefreshNotificationDetail, TrustedAdvisorCheckItemRefreshNotificationEvent, VpcLatticeRequestV1Event, VpcLatticeRequestV1Result, VpcLatticeRequestV2Event, VpcLatticeRequestV2Result, WorkMailMessageFlowEvent, WorkMailMessageFlowResult } from './types.js';

/** The payload type of every registry id. */
export interface PayloadTypes {
  "alb.request": AlbRequestEvent;
  "alb.request.result": AlbRequestResult;
  "alexa.skill": AlexaSkillEvent;
  "alexa.skill.result": AlexaSkillResult;
  "alexa.smart-home": AlexaSmartHomeEvent;
  "alexa.smart-home.result": AlexaSmartHomeResult;
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
  "autoscaling.custom-termination-policy": AutoScalingCustomTerminationPolicyEvent;
  "autoscaling.custom-termination-policy.result": AutoScalingCustomTerminationPolicyResult;
  "autoscaling.eventbridge-instance-launch-lifecycle-action": AutoScalingInstanceLaunchLifecycleActionEvent;
  "autoscaling.eventbridge-instance-launch-successful": AutoScalingInstanceLaunchSuccessfulEvent;
  "autoscaling.eventbridge-instance-launch-unsuccessful": AutoScalingInstanceLaunchUnsuccessfulEvent;
  "autoscaling.eventbridge-instance-terminate-lifecycle-action": AutoScalingInstanceTerminateLifecycleActionEvent;
  "autoscaling.eventbridge-instance-terminate-successful": AutoScalingInstanceTerminateSuccessfulEvent;
  "autoscaling.eventbridge-instance-terminate-unsuccessful": AutoScalingInstanceTerminateUnsuccessfulEvent;
  "bedrock.agent-action": BedrockAgentActionEvent;
  "bedrock.agent-action.result": BedrockAgentActionResult;
  "bedrock.agent-function": BedrockAgentFunctionEvent;
  "bedrock.agent-function.result": BedrockAgentFunctionResult;
  "cdk.provider-is-complete": CdkProviderIsCompleteEvent;
  "cdk.provider-is-complete.result": CdkProviderIsCompleteResult;
  "cdk.provider-on-event": CdkProviderOnEvent;
  "cdk.provider-on-event.result": CdkProviderOnEventResult;
  "chime.bot": ChimeBotEvent;
  "clientvpn.connection-handler": ClientVpnConnectionHandlerEvent;
  "clientvpn.connection-handler.result": ClientVpnConnectionHandlerResult;
  "cloudformation.custom-resource": CloudFormationCustomResourceEvent;
  "cloudformation.custom-resource-in-sns": CloudFormationCustomResourceInSnsEvent;
  "cloudformation.custom-resource.result": CloudFormationCustomResourceResult;
  "cloudfront.origin-request": CloudFrontOriginRequestEvent;
  "cloudfront.origin-request.result": CloudFrontOriginRequestResult;
  "cloudfront.origin-response": CloudFrontOriginResponseEvent;
  "cloudfront.origin-response.result": CloudFrontOriginResponseResult;
  "cloudfront.viewer-request": CloudFrontViewerRequestEvent;
  "cloudfront.viewer-request.result": CloudFrontViewerRequestResult;
  "cloudfront.viewer-response": CloudFrontViewerResponseEvent;
  "cloudfront.viewer-response.result": CloudFrontViewerResponseResult;
  "cloudtrail.eventbridge-aws-api-call": CloudTrailAwsApiCallEvent;
  "cloudwatch.alarm": CloudWatchAlarmEvent;
  "cloudwatch.alarm-sns-message": CloudWatchAlarmSnsMessageEvent;
  "cloudwatch.dashboard-custom-widget": CloudWatchDashboardCustomWidgetEvent;
  "cloudwatch.dashboard-custom-widget.result": CloudWatchDashboardCustomWidgetResult;
  "cloudwatch.logs": CloudWatchLogsEvent;
  "cloudwatch.logs-data": CloudWatchLogsDataEvent;
  "cloudwatch.logs-data-in-firehose": CloudWatchLogsDataInFirehoseEvent;
  "cloudwatch.logs-data-in-kinesis": CloudWatchLogsDataInKinesisEvent;
  "codebuild.eventbridge-build-phase-change": CodeBuildBuildPhaseChangeEvent;
  "codebuild.eventbridge-build-state-change": CodeBuildBuildStateChangeEvent;
  "codecommit.trigger": CodeCommitTriggerEvent;
  "codedeploy.eventbridge-deployment-state-change": CodeDeployDeploymentStateChangeEvent;
  "codedeploy.eventbridge-instance-state-change": CodeDeployInstanceStateChangeEvent;
  "codedeploy.lifecycle-hook": CodeDeployLifecycleHookEvent;
  "codepipeline.eventbridge-action-execution-state-change": CodePipelineActionExecutionStateChangeEvent;
  "codepipeline.eventbridge-pipeline-execution-state-change": CodePipelinePipelineExecutionStateChangeEvent;
  "codepipeline.eventbridge-stage-execution-state-change": CodePipelineStageExecutionStateChangeEvent;
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
  "connect.contact-flow": ConnectContactFlowEvent;
  "connect.contact-flow.result": ConnectContactFlowResult;
  "connect.outbound-campaigns": ConnectOutboundCampaignsEvent;
  "documentdb.change-stream": DocumentDbChangeStreamEvent;
  "dynamodb.stream-batch": DynamoDbStreamBatchEvent;
  "dynamodb.stream-batch.result": DynamoDbStreamBatchResult;
  "dynamodb.stream-record-in-kinesis": DynamoDbStreamRecordInKinesisEvent;
  "dynamodb.stream-tumbling-window": DynamoDbStreamTumblingWindowEvent;
  "dynamodb.stream-tumbling-window.result": DynamoDbStreamTumblingWindowResult;
  "ec2.eventbridge-instance-state-change": Ec2InstanceStateChangeEvent;
  "ecr.eventbridge-image-action": EcrImageActionEvent;
  "ecr.eventbridge-image-scan": EcrImageScanEvent;
  "ecs.eventbridge-container-instance-state-change": EcsContainerInstanceStateChangeEvent;
  "emr.eventbridge-auto-scaling-policy-state-change": EmrAutoScalingPolicyStateChangeEvent;
  "emr.eventbridge-cluster-state-change": EmrClusterStateChangeEvent;
  "emr.eventbridge-instance-group-state-change": EmrInstanceGroupStateChangeEvent;
  "emr.eventbridge-step-status-change": EmrStepStatusChangeEvent;
  "eventbridge.event": EventBridgeEvent;
  "eventbridge.scheduled": EventBridgeScheduledEvent;
  "firehose.transformation": FirehoseTransformationEvent;
  "firehose.transformation.result": FirehoseTransformationResult;
  "gamelift.eventbridge-accept-match": GameLiftAcceptMatchEvent;
  "gamelift.eventbridge-accept-match-completed": GameLiftAcceptMatchCompletedEvent;
  "gamelift.eventbridge-matchmaking-cancelled": GameLiftMatchmakingCancelledEvent;
  "gamelift.eventbridge-matchmaking-failed": GameLiftMatchmakingFailedEvent;
  "gamelift.eventbridge-matchmaking-searching": GameLiftMatchmakingSearchingEvent;
  "gamelift.eventbridge-matchmaking-succeeded": GameLiftMatchmakingSucceededEvent;
  "gamelift.eventbridge-matchmaking-timed-out": GameLiftMatchmakingTimedOutEvent;
  "gamelift.eventbridge-potential-match-created": GameLiftPotentialMatchCreatedEvent;
  "glue.eventbridge-crawler-failed": GlueCrawlerFailedEvent;
  "glue.eventbridge-crawler-started": GlueCrawlerStartedEvent;
  "glue.eventbridge-crawler-succeeded": GlueCrawlerSucceededEvent;
  "glue.eventbridge-data-catalog-database-state-change": GlueDataCatalogDatabaseStateChangeEvent;
  "glue.eventbridge-data-catalog-table-state-change": GlueDataCatalogTableStateChangeEvent;
  "glue.eventbridge-job-run-state-change": GlueJobRunStateChangeEvent;
  "glue.eventbridge-job-run-status": GlueJobRunStatusEvent;
  "guardduty.eventbridge-malware-protection-object-scan-result": GuardDutyMalwareProtectionObjectScanResultEvent;
  "health.eventbridge-event": HealthEvent;
  "iot.button": IoTButtonEvent;
  "iot.custom-authorizer": IoTCustomAuthorizerEvent;
  "iot.custom-authorizer.result": IoTCustomAuthorizerResult;
  "iot.one-click": IoTOneClickEvent;
  "iot.preprovisioning-hook": IoTPreProvisioningHookEvent;
  "iot.preprovisioning-hook.result": IoTPreProvisioningHookResult;
  "iot.registry-thing-event": IoTRegistryThingEvent;
  "iot.registry-thing-group-event": IoTRegistryThingGroupEvent;
  "iot.registry-thing-group-hierarchy-event": IoTRegistryThingGroupHierarchyEvent;
  "iot.registry-thing-group-membership-event": IoTRegistryThingGroupMembershipEvent;
  "iot.registry-thing-type-association-event": IoTRegistryThingTypeAssociationEvent;
  "iot.registry-thing-type-event": IoTRegistryThingTypeEvent;
  "iot.rule-action": IoTRuleActionEvent;
  "kafka.msk": KafkaMskEvent;
  "kafka.self-managed": KafkaSelfManagedEvent;
  "kinesis-analytics.output-delivery": KinesisAnalyticsOutputDeliveryEvent;
  "kinesis-analytics.output-delivery.result": KinesisAnalyticsOutputDeliveryResult;
  "kinesis-analytics.preprocessing": KinesisAnalyticsPreprocessingEvent;
  "kinesis-analytics.preprocessing.result": KinesisAnalyticsPreprocessingResult;
  "kinesis.stream-batch": KinesisStreamBatchEvent;
  "kinesis.stream-batch.result": KinesisStreamBatchResult;
  "kinesis.stream-tumbling-window": KinesisStreamTumblingWindowEvent;
  "kinesis.stream-tumbling-window.result": KinesisStreamTumblingWindowResult;
  "kms.eventbridge-cmk-event": KmsCmkEvent;
  "lambda.destination-record": LambdaDestinationRecordEvent;
  "lambda.function-url": LambdaFunctionUrlEvent;
  "lambda.function-url-streaming.result": LambdaFunctionUrlStreamingResult;
  "lambda.function-url.result": LambdaFunctionUrlResult;
  "lex.v1": LexV1Event;
  "lex.v1.result": LexV1Result;
  "lex.v2": LexV2Event;
  "lex.v2.result": LexV2Result;
  "macie.eventbridge-alert-updated": MacieAlertUpdatedEvent;
  "macie.eventbridge-bucket-contains-high-risk-object-alert": MacieBucketContainsHighRiskObjectAlertEvent;
  "macie.eventbridge-bucket-scan-alert": MacieBucketScanAlertEvent;
  "macie.eventbridge-bucket-writable-alert": MacieBucketWritableAlertEvent;
  "mq.activemq": MqActiveMqEvent;
  "mq.rabbitmq": MqRabbitMqEvent;
  "opsworks.eventbridge-alert": OpsWorksAlertEvent;
  "opsworks.eventbridge-command-state-change": OpsWorksCommandStateChangeEvent;
  "opsworks.eventbridge-deployment-state-change": OpsWorksDeploymentStateChangeEvent;
  "opsworks.eventbridge-instance-state-change": OpsWorksInstanceStateChangeEvent;
  "s3.batch-v1": S3BatchV1Event;
  "s3.batch-v1.result": S3BatchV1Result;
  "s3.batch-v2": S3BatchV2Event;
  "s3.batch-v2.result": S3BatchV2Result;
  "s3.eventbridge-object-access-tier-changed": S3ObjectAccessTierChangedEvent;
  "s3.eventbridge-object-acl-updated": S3ObjectAclUpdatedEvent;
  "s3.eventbridge-object-created": S3ObjectCreatedEvent;
  "s3.eventbridge-object-deleted": S3ObjectDeletedEvent;
  "s3.eventbridge-object-restore-completed": S3ObjectRestoreCompletedEvent;
  "s3.eventbridge-object-restore-expired": S3ObjectRestoreExpiredEvent;
  "s3.eventbridge-object-restore-initiated": S3ObjectRestoreInitiatedEvent;
  "s3.eventbridge-object-storage-class-changed": S3ObjectStorageClassChangedEvent;
  "s3.eventbridge-object-tags-added": S3ObjectTagsAddedEvent;
  "s3.eventbridge-object-tags-deleted": S3ObjectTagsDeletedEvent;
  "s3.notification": S3NotificationEvent;
  "s3.notification-in-sqs": S3NotificationInSqsEvent;
  "s3.object-lambda": S3ObjectLambdaEvent;
  "s3.object-lambda.result": S3ObjectLambdaResult;
  "s3.test-event": S3TestEvent;
  "sagemaker.ground-truth-annotation-consolidation": SageMakerGroundTruthAnnotationConsolidationEvent;
  "sagemaker.ground-truth-annotation-consolidation.result": SageMakerGroundTruthAnnotationConsolidationResult;
  "sagemaker.ground-truth-pre-human-task": SageMakerGroundTruthPreHumanTaskEvent;
  "sagemaker.ground-truth-pre-human-task.result": SageMakerGroundTruthPreHumanTaskResult;
  "secretsmanager.rotation": SecretsManagerRotationEvent;
  "ses.receipt": SesReceiptEvent;
  "ses.receipt.result": SesReceiptResult;
  "signin.eventbridge-console-sign-in": SigninConsoleSignInEvent;
  "sms.eventbridge-job-state-change": SmsJobStateChangeEvent;
  "sns.notification": SnsNotificationEvent;
  "sns.notification-in-sqs": SnsNotificationInSqsEvent;
  "sqs.batch": SqsBatchEvent;
  "sqs.batch.result": SqsBatchResult;
  "sqs.message-in-firehose": SqsMessageInFirehoseEvent;
  "ssm.eventbridge-calendar-state-change": SsmCalendarStateChangeEvent;
  "ssm.eventbridge-configuration-compliance-state-change": SsmConfigurationComplianceStateChangeEvent;
  "ssm.eventbridge-ec2-automation-execution-status-change": SsmEc2AutomationExecutionStatusChangeEvent;
  "ssm.eventbridge-ec2-automation-step-status-change": SsmEc2AutomationStepStatusChangeEvent;
  "ssm.eventbridge-ec2-command-invocation-status-change": SsmEc2CommandInvocationStatusChangeEvent;
  "ssm.eventbridge-ec2-command-status-change": SsmEc2CommandStatusChangeEvent;
  "ssm.eventbridge-ec2-state-manager-association-state-change": SsmEc2StateManagerAssociationStateChangeEvent;
  "ssm.eventbridge-ec2-state-manager-instance-association-state-change": SsmEc2StateManagerInstanceAssociationStateChangeEvent;
  "ssm.eventbridge-maintenance-window-execution-state-change": SsmMaintenanceWindowExecutionStateChangeEvent;
  "ssm.eventbridge-maintenance-window-state-change": SsmMaintenanceWindowStateChangeEvent;
  "ssm.eventbridge-maintenance-window-target-registration": SsmMaintenanceWindowTargetRegistrationEvent;
  "ssm.eventbridge-maintenance-window-task-execution-state-change": SsmMaintenanceWindowTaskExecutionStateChangeEvent;
  "ssm.eventbridge-maintenance-window-task-target-invocation-state-change": SsmMaintenanceWindowTaskTargetInvocationStateChangeEvent;
  "ssm.eventbridge-parameter-store-state-change": SsmParameterStoreStateChangeEvent;
  "stepfunctions.eventbridge-execution-status-change": StepFunctionsExecutionStatusChangeEvent;
  "tag.eventbridge-tag-change-on-resource": TagTagChangeOnResourceEvent;
  "transfer.identity-provider": TransferIdentityProviderEvent;
  "transfer.identity-provider.result": TransferIdentityProviderResult;
  "trustedadvisor.eventbridge-check-item-refresh-notification": TrustedAdvisorCheckItemRefreshNotificationEvent;
  "vpc-lattice.request-v1": VpcLatticeRequestV1Event;
  "vpc-lattice.request-v1.result": VpcLatticeRequestV1Result;
  "vpc-lattice.request-v2": VpcLatticeRequestV2Event;
  "vpc-lattice.request-v2.result": VpcLatticeRequestV2Result;
  "workmail.message-flow": WorkMailMessageFlowEvent;
  "workmail.message-flow.result": WorkMailMessageFlowResult;
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
  "alexa.skill": AlexaSkillEvent;
  "alexa.smart-home": AlexaSmartHomeEvent;
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
  "autoscaling.custom-termination-policy": AutoScalingCustomTerminationPolicyEvent;
  "autoscaling.eventbridge-instance-launch-lifecycle-action": AutoScalingInstanceLaunchLifecycleActionEvent;
  "autoscaling.eventbridge-instance-launch-successful": AutoScalingInstanceLaunchSuccessfulEvent;
  "autoscaling.eventbridge-instance-launch-unsuccessful": AutoScalingInstanceLaunchUnsuccessfulEvent;
  "autoscaling.eventbridge-instance-terminate-lifecycle-action": AutoScalingInstanceTerminateLifecycleActionEvent;
  "autoscaling.eventbridge-instance-terminate-successful": AutoScalingInstanceTerminateSuccessfulEvent;
  "autoscaling.eventbridge-instance-terminate-unsuccessful": AutoScalingInstanceTerminateUnsuccessfulEvent;
  "bedrock.agent-action": BedrockAgentActionEvent;
  "bedrock.agent-function": BedrockAgentFunctionEvent;
  "cdk.provider-is-complete": CdkProviderIsCompleteEvent;
  "cdk.provider-on-event": CdkProviderOnEvent;
  "chime.bot": ChimeBotEvent;
  "clientvpn.connection-handler": ClientVpnConnectionHandlerEvent;
  "cloudformation.custom-resource": CloudFormationCustomResourceEvent;
  "cloudformation.custom-resource-in-sns": CloudFormationCustomResourceInSnsEvent;
  "cloudfront.origin-request": CloudFrontOriginRequestEvent;
  "cloudfront.origin-response": CloudFrontOriginResponseEvent;
  "cloudfront.viewer-request": CloudFrontViewerRequestEvent;
  "cloudfront.viewer-response": CloudFrontViewerResponseEvent;
  "cloudtrail.eventbridge-aws-api-call": CloudTrailAwsApiCallEvent;
  "cloudwatch.alarm": CloudWatchAlarmEvent;
  "cloudwatch.alarm-sns-message": CloudWatchAlarmSnsMessageEvent;
  "cloudwatch.dashboard-custom-widget": CloudWatchDashboardCustomWidgetEvent;
  "cloudwatch.logs": CloudWatchLogsEvent;
  "cloudwatch.logs-data": CloudWatchLogsDataEvent;
  "cloudwatch.logs-data-in-firehose": CloudWatchLogsDataInFirehoseEvent;
  "cloudwatch.logs-data-in-kinesis": CloudWatchLogsDataInKinesisEvent;
  "codebuild.eventbridge-build-phase-change": CodeBuildBuildPhaseChangeEvent;
  "codebuild.eventbridge-build-state-change": CodeBuildBuildStateChangeEvent;
  "codecommit.trigger": CodeCommitTriggerEvent;
  "codedeploy.eventbridge-deployment-state-change": CodeDeployDeploymentStateChangeEvent;
  "codedeploy.eventbridge-instance-state-change": CodeDeployInstanceStateChangeEvent;
  "codedeploy.lifecycle-hook": CodeDeployLifecycleHookEvent;
  "codepipeline.eventbridge-action-execution-state-change": CodePipelineActionExecutionStateChangeEvent;
  "codepipeline.eventbridge-pipeline-execution-state-change": CodePipelinePipelineExecutionStateChangeEvent;
  "codepipeline.eventbridge-stage-execution-state-change": CodePipelineStageExecutionStateChangeEvent;
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
  "connect.contact-flow": ConnectContactFlowEvent;
  "connect.outbound-campaigns": ConnectOutboundCampaignsEvent;
  "documentdb.change-stream": DocumentDbChangeStreamEvent;
  "dynamodb.stream-batch": DynamoDbStreamBatchEvent;
  "dynamodb.stream-record-in-kinesis": DynamoDbStreamRecordInKinesisEvent;
  "dynamodb.stream-tumbling-window": DynamoDbStreamTumblingWindowEvent;
  "ec2.eventbridge-instance-state-change": Ec2InstanceStateChangeEvent;
  "ecr.eventbridge-image-action": EcrImageActionEvent;
  "ecr.eventbridge-image-scan": EcrImageScanEvent;
  "ecs.eventbridge-container-instance-state-change": EcsContainerInstanceStateChangeEvent;
  "emr.eventbridge-auto-scaling-policy-state-change": EmrAutoScalingPolicyStateChangeEvent;
  "emr.eventbridge-cluster-state-change": EmrClusterStateChangeEvent;
  "emr.eventbridge-instance-group-state-change": EmrInstanceGroupStateChangeEvent;
  "emr.eventbridge-step-status-change": EmrStepStatusChangeEvent;
  "eventbridge.event": EventBridgeEvent;
  "eventbridge.scheduled": EventBridgeScheduledEvent;
  "firehose.transformation": FirehoseTransformationEvent;
  "gamelift.eventbridge-accept-match": GameLiftAcceptMatchEvent;
  "gamelift.eventbridge-accept-match-completed": GameLiftAcceptMatchCompletedEvent;
  "gamelift.eventbridge-matchmaking-cancelled": GameLiftMatchmakingCancelledEvent;
  "gamelift.eventbridge-matchmaking-failed": GameLiftMatchmakingFailedEvent;
  "gamelift.eventbridge-matchmaking-searching": GameLiftMatchmakingSearchingEvent;
  "gamelift.eventbridge-matchmaking-succeeded": GameLiftMatchmakingSucceededEvent;
  "gamelift.eventbridge-matchmaking-timed-out": GameLiftMatchmakingTimedOutEvent;
  "gamelift.eventbridge-potential-match-created": GameLiftPotentialMatchCreatedEvent;
  "glue.eventbridge-crawler-failed": GlueCrawlerFailedEvent;
  "glue.eventbridge-crawler-started": GlueCrawlerStartedEvent;
  "glue.eventbridge-crawler-succeeded": GlueCrawlerSucceededEvent;
  "glue.eventbridge-data-catalog-database-state-change": GlueDataCatalogDatabaseStateChangeEvent;
  "glue.eventbridge-data-catalog-table-state-change": GlueDataCatalogTableStateChangeEvent;
  "glue.eventbridge-job-run-state-change": GlueJobRunStateChangeEvent;
  "glue.eventbridge-job-run-status": GlueJobRunStatusEvent;
  "guardduty.eventbridge-malware-protection-object-scan-result": GuardDutyMalwareProtectionObjectScanResultEvent;
  "health.eventbridge-event": HealthEvent;
  "iot.button": IoTButtonEvent;
  "iot.custom-authorizer": IoTCustomAuthorizerEvent;
  "iot.one-click": IoTOneClickEvent;
  "iot.preprovisioning-hook": IoTPreProvisioningHookEvent;
  "iot.registry-thing-event": IoTRegistryThingEvent;
  "iot.registry-thing-group-event": IoTRegistryThingGroupEvent;
  "iot.registry-thing-group-hierarchy-event": IoTRegistryThingGroupHierarchyEvent;
  "iot.registry-thing-group-membership-event": IoTRegistryThingGroupMembershipEvent;
  "iot.registry-thing-type-association-event": IoTRegistryThingTypeAssociationEvent;
  "iot.registry-thing-type-event": IoTRegistryThingTypeEvent;
  "iot.rule-action": IoTRuleActionEvent;
  "kafka.msk": KafkaMskEvent;
  "kafka.self-managed": KafkaSelfManagedEvent;
  "kinesis-analytics.output-delivery": KinesisAnalyticsOutputDeliveryEvent;
  "kinesis-analytics.preprocessing": KinesisAnalyticsPreprocessingEvent;
  "kinesis.stream-batch": KinesisStreamBatchEvent;
  "kinesis.stream-tumbling-window": KinesisStreamTumblingWindowEvent;
  "kms.eventbridge-cmk-event": KmsCmkEvent;
  "lambda.destination-record": LambdaDestinationRecordEvent;
  "lambda.function-url": LambdaFunctionUrlEvent;
  "lex.v1": LexV1Event;
  "lex.v2": LexV2Event;
  "macie.eventbridge-alert-updated": MacieAlertUpdatedEvent;
  "macie.eventbridge-bucket-contains-high-risk-object-alert": MacieBucketContainsHighRiskObjectAlertEvent;
  "macie.eventbridge-bucket-scan-alert": MacieBucketScanAlertEvent;
  "macie.eventbridge-bucket-writable-alert": MacieBucketWritableAlertEvent;
  "mq.activemq": MqActiveMqEvent;
  "mq.rabbitmq": MqRabbitMqEvent;
  "opsworks.eventbridge-alert": OpsWorksAlertEvent;
  "opsworks.eventbridge-command-state-change": OpsWorksCommandStateChangeEvent;
  "opsworks.eventbridge-deployment-state-change": OpsWorksDeploymentStateChangeEvent;
  "opsworks.eventbridge-instance-state-change": OpsWorksInstanceStateChangeEvent;
  "s3.batch-v1": S3BatchV1Event;
  "s3.batch-v2": S3BatchV2Event;
  "s3.eventbridge-object-access-tier-changed": S3ObjectAccessTierChangedEvent;
  "s3.eventbridge-object-acl-updated": S3ObjectAclUpdatedEvent;
  "s3.eventbridge-object-created": S3ObjectCreatedEvent;
  "s3.eventbridge-object-deleted": S3ObjectDeletedEvent;
  "s3.eventbridge-object-restore-completed": S3ObjectRestoreCompletedEvent;
  "s3.eventbridge-object-restore-expired": S3ObjectRestoreExpiredEvent;
  "s3.eventbridge-object-restore-initiated": S3ObjectRestoreInitiatedEvent;
  "s3.eventbridge-object-storage-class-changed": S3ObjectStorageClassChangedEvent;
  "s3.eventbridge-object-tags-added": S3ObjectTagsAddedEvent;
  "s3.eventbridge-object-tags-deleted": S3ObjectTagsDeletedEvent;
  "s3.notification": S3NotificationEvent;
  "s3.notification-in-sqs": S3NotificationInSqsEvent;
  "s3.object-lambda": S3ObjectLambdaEvent;
  "s3.test-event": S3TestEvent;
  "sagemaker.ground-truth-annotation-consolidation": SageMakerGroundTruthAnnotationConsolidationEvent;
  "sagemaker.ground-truth-pre-human-task": SageMakerGroundTruthPreHumanTaskEvent;
  "secretsmanager.rotation": SecretsManagerRotationEvent;
  "ses.receipt": SesReceiptEvent;
  "signin.eventbridge-console-sign-in": SigninConsoleSignInEvent;
  "sms.eventbridge-job-state-change": SmsJobStateChangeEvent;
  "sns.notification": SnsNotificationEvent;
  "sns.notification-in-sqs": SnsNotificationInSqsEvent;
  "sqs.batch": SqsBatchEvent;
  "sqs.message-in-firehose": SqsMessageInFirehoseEvent;
  "ssm.eventbridge-calendar-state-change": SsmCalendarStateChangeEvent;
  "ssm.eventbridge-configuration-compliance-state-change": SsmConfigurationComplianceStateChangeEvent;
  "ssm.eventbridge-ec2-automation-execution-status-change": SsmEc2AutomationExecutionStatusChangeEvent;
  "ssm.eventbridge-ec2-automation-step-status-change": SsmEc2AutomationStepStatusChangeEvent;
  "ssm.eventbridge-ec2-command-invocation-status-change": SsmEc2CommandInvocationStatusChangeEvent;
  "ssm.eventbridge-ec2-command-status-change": SsmEc2CommandStatusChangeEvent;
  "ssm.eventbridge-ec2-state-manager-association-state-change": SsmEc2StateManagerAssociationStateChangeEvent;
  "ssm.eventbridge-ec2-state-manager-instance-association-state-change": SsmEc2StateManagerInstanceAssociationStateChangeEvent;
  "ssm.eventbridge-maintenance-window-execution-state-change": SsmMaintenanceWindowExecutionStateChangeEvent;
  "ssm.eventbridge-maintenance-window-state-change": SsmMaintenanceWindowStateChangeEvent;
  "ssm.eventbridge-maintenance-window-target-registration": SsmMaintenanceWindowTargetRegistrationEvent;
  "ssm.eventbridge-maintenance-window-task-execution-state-change": SsmMaintenanceWindowTaskExecutionStateChangeEvent;
  "ssm.eventbridge-maintenance-window-task-target-invocation-state-change": SsmMaintenanceWindowTaskTargetInvocationStateChangeEvent;
  "ssm.eventbridge-parameter-store-state-change": SsmParameterStoreStateChangeEvent;
  "stepfunctions.eventbridge-execution-status-change": StepFunctionsExecutionStatusChangeEvent;
  "tag.eventbridge-tag-change-on-resource": TagTagChangeOnResourceEvent;
  "transfer.identity-provider": TransferIdentityProviderEvent;
  "trustedadvisor.eventbridge-check-item-refresh-notification": TrustedAdvisorCheckItemRefreshNotificationEvent;
  "vpc-lattice.request-v1": VpcLatticeRequestV1Event;
  "vpc-lattice.request-v2": VpcLatticeRequestV2Event;
  "workmail.message-flow": WorkMailMessageFlowEvent;
}
/** For each event id: what its invoker reads back (void where the return value is ignored, unknown where the registry has no result schema yet). */
export interface ResultTypes {
  "alb.request": AlbRequestResult;
  "alexa.skill": AlexaSkillResult;
  "alexa.smart-home": AlexaSmartHomeResult;
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
  "autoscaling.custom-termination-policy": AutoScalingCustomTerminationPolicyResult;
  "autoscaling.eventbridge-instance-launch-lifecycle-action": void;
  "autoscaling.eventbridge-instance-launch-successful": void;
  "autoscaling.eventbridge-instance-launch-unsuccessful": void;
  "autoscaling.eventbridge-instance-terminate-lifecycle-action": void;
  "autoscaling.eventbridge-instance-terminate-successful": void;
  "autoscaling.eventbridge-instance-terminate-unsuccessful": void;
  "bedrock.agent-action": BedrockAgentActionResult;
  "bedrock.agent-function": BedrockAgentFunctionResult;
  "cdk.provider-is-complete": CdkProviderIsCompleteResult;
  "cdk.provider-on-event": CdkProviderOnEventResult;
  "chime.bot": void;
  "clientvpn.connection-handler": ClientVpnConnectionHandlerResult;
  "cloudformation.custom-resource": CloudFormationCustomResourceResult | void;
  "cloudformation.custom-resource-in-sns": void;
  "cloudfront.origin-request": CloudFrontOriginRequestResult;
  "cloudfront.origin-response": CloudFrontOriginResponseResult;
  "cloudfront.viewer-request": CloudFrontViewerRequestResult;
  "cloudfront.viewer-response": CloudFrontViewerResponseResult;
  "cloudtrail.eventbridge-aws-api-call": void;
  "cloudwatch.alarm": void;
  "cloudwatch.alarm-sns-message": unknown;
  "cloudwatch.dashboard-custom-widget": CloudWatchDashboardCustomWidgetResult;
  "cloudwatch.logs": void;
  "cloudwatch.logs-data": unknown;
  "cloudwatch.logs-data-in-firehose": unknown;
  "cloudwatch.logs-data-in-kinesis": KinesisStreamBatchResult | void;
  "codebuild.eventbridge-build-phase-change": void;
  "codebuild.eventbridge-build-state-change": void;
  "codecommit.trigger": void;
  "codedeploy.eventbridge-deployment-state-change": void;
  "codedeploy.eventbridge-instance-state-change": void;
  "codedeploy.lifecycle-hook": unknown;
  "codepipeline.eventbridge-action-execution-state-change": void;
  "codepipeline.eventbridge-pipeline-execution-state-change": void;
  "codepipeline.eventbridge-stage-execution-state-change": void;
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
  "connect.contact-flow": ConnectContactFlowResult;
  "connect.outbound-campaigns": unknown;
  "documentdb.change-stream": unknown;
  "dynamodb.stream-batch": DynamoDbStreamBatchResult | void;
  "dynamodb.stream-record-in-kinesis": KinesisStreamBatchResult | void;
  "dynamodb.stream-tumbling-window": DynamoDbStreamTumblingWindowResult | void;
  "ec2.eventbridge-instance-state-change": void;
  "ecr.eventbridge-image-action": void;
  "ecr.eventbridge-image-scan": void;
  "ecs.eventbridge-container-instance-state-change": void;
  "emr.eventbridge-auto-scaling-policy-state-change": void;
  "emr.eventbridge-cluster-state-change": void;
  "emr.eventbridge-instance-group-state-change": void;
  "emr.eventbridge-step-status-change": void;
  "eventbridge.event": void;
  "eventbridge.scheduled": void;
  "firehose.transformation": FirehoseTransformationResult;
  "gamelift.eventbridge-accept-match": void;
  "gamelift.eventbridge-accept-match-completed": void;
  "gamelift.eventbridge-matchmaking-cancelled": void;
  "gamelift.eventbridge-matchmaking-failed": void;
  "gamelift.eventbridge-matchmaking-searching": void;
  "gamelift.eventbridge-matchmaking-succeeded": void;
  "gamelift.eventbridge-matchmaking-timed-out": void;
  "gamelift.eventbridge-potential-match-created": void;
  "glue.eventbridge-crawler-failed": void;
  "glue.eventbridge-crawler-started": void;
  "glue.eventbridge-crawler-succeeded": void;
  "glue.eventbridge-data-catalog-database-state-change": void;
  "glue.eventbridge-data-catalog-table-state-change": void;
  "glue.eventbridge-job-run-state-change": void;
  "glue.eventbridge-job-run-status": void;
  "guardduty.eventbridge-malware-protection-object-scan-result": void;
  "health.eventbridge-event": void;
  "iot.button": void;
  "iot.custom-authorizer": IoTCustomAuthorizerResult;
  "iot.one-click": void;
  "iot.preprovisioning-hook": IoTPreProvisioningHookResult;
  "iot.registry-thing-event": void;
  "iot.registry-thing-group-event": void;
  "iot.registry-thing-group-hierarchy-event": void;
  "iot.registry-thing-group-membership-event": void;
  "iot.registry-thing-type-association-event": void;
  "iot.registry-thing-type-event": void;
  "iot.rule-action": void;
  "kafka.msk": unknown;
  "kafka.self-managed": unknown;
  "kinesis-analytics.output-delivery": KinesisAnalyticsOutputDeliveryResult;
  "kinesis-analytics.preprocessing": KinesisAnalyticsPreprocessingResult;
  "kinesis.stream-batch": KinesisStreamBatchResult | void;
  "kinesis.stream-tumbling-window": KinesisStreamTumblingWindowResult | void;
  "kms.eventbridge-cmk-event": void;
  "lambda.destination-record": void;
  "lambda.function-url": LambdaFunctionUrlResult;
  "lex.v1": LexV1Result;
  "lex.v2": LexV2Result;
  "macie.eventbridge-alert-updated": void;
  "macie.eventbridge-bucket-contains-high-risk-object-alert": void;
  "macie.eventbridge-bucket-scan-alert": void;
  "macie.eventbridge-bucket-writable-alert": void;
  "mq.activemq": unknown;
  "mq.rabbitmq": unknown;
  "opsworks.eventbridge-alert": void;
  "opsworks.eventbridge-command-state-change": void;
  "opsworks.eventbridge-deployment-state-change": void;
  "opsworks.eventbridge-instance-state-change": void;
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
  "sagemaker.ground-truth-annotation-consolidation": SageMakerGroundTruthAnnotationConsolidationResult;
  "sagemaker.ground-truth-pre-human-task": SageMakerGroundTruthPreHumanTaskResult;
  "secretsmanager.rotation": unknown;
  "ses.receipt": SesReceiptResult | void;
  "signin.eventbridge-console-sign-in": void;
  "sms.eventbridge-job-state-change": void;
  "sns.notification": void;
  "sns.notification-in-sqs": SqsBatchResult | void;
  "sqs.batch": SqsBatchResult | void;
  "sqs.message-in-firehose": unknown;
  "ssm.eventbridge-calendar-state-change": void;
  "ssm.eventbridge-configuration-compliance-state-change": void;
  "ssm.eventbridge-ec2-automation-execution-status-change": void;
  "ssm.eventbridge-ec2-automation-step-status-change": void;
  "ssm.eventbridge-ec2-command-invocation-status-change": void;
  "ssm.eventbridge-ec2-command-status-change": void;
  "ssm.eventbridge-ec2-state-manager-association-state-change": void;
  "ssm.eventbridge-ec2-state-manager-instance-association-state-change": void;
  "ssm.eventbridge-maintenance-window-execution-state-change": void;
  "ssm.eventbridge-maintenance-window-state-change": void;
  "ssm.eventbridge-maintenance-window-target-registration": void;
  "ssm.eventbridge-maintenance-window-task-execution-state-change": void;
  "ssm.eventbridge-maintenance-window-task-target-invocation-state-change": void;
  "ssm.eventbridge-parameter-store-state-change": void;
  "stepfunctions.eventbridge-execution-status-change": void;
  "tag.eventbridge-tag-change-on-resource": void;
  "transfer.identity-provider": TransferIdentityProviderResult;
  "trustedadvisor.eventbridge-check-item-refresh-notification": void;
  "vpc-lattice.request-v1": VpcLatticeRequestV1Result;
  "vpc-lattice.request-v2": VpcLatticeRequestV2Result;
  "workmail.message-flow": WorkMailMessageFlowResult | void;
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
 * The event types generic over what they carry (`x-lambda.typeParameters[].at`), with `T` in the
 * carried slot: what a handler sees once an envelope (`lambda-event-registry/envelopes`) decoded
 * and checked the payloads, e.g. `CarryingTypes<OrderPlaced>['sqs.batch']` is `SqsBatchEvent<OrderPlaced>`.
 */
export interface CarryingTypes<T> {
  "alb.request": AlbRequestEvent<T>;
  "apigateway.http-proxy-v1": ApiGatewayHttpProxyV1Event<T>;
  "apigateway.http-proxy-v2": ApiGatewayHttpProxyV2Event<T>;
  "apigateway.rest-proxy": ApiGatewayRestProxyEvent<T>;
  "dynamodb.stream-batch": DynamoDbStreamBatchEvent<T>;
  "eventbridge.event": EventBridgeEvent<string, T, string>;
  "firehose.transformation": FirehoseTransformationEvent<T>;
  "kafka.msk": KafkaMskEvent<T>;
  "kafka.self-managed": KafkaSelfManagedEvent<T>;
  "kinesis.stream-batch": KinesisStreamBatchEvent<T>;
  "lambda.function-url": LambdaFunctionUrlEvent<T>;
  "sns.notification": SnsNotificationEvent<T>;
  "sqs.batch": SqsBatchEvent<T>;
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
  "alexa.skill": {
    /** Session id suffix (sessionId is amzn1.echo-api.session.<session-id>). Default: "123456789012". */
    "session-id"?: string;
    /** User id suffix (userId is amzn1.ask.account.<user-id>). Default: "testUser". */
    "user-id"?: string;
    /** Skill id suffix (applicationId is amzn1.ask.skill.<application-id>). Default: "987654321". */
    "application-id"?: string;
    /** Request id suffix (requestId is amzn1.echo-api.request.<request-id>). Default: "1234". */
    "request-id"?: string;
    /** LaunchRequest, IntentRequest or SessionEndedRequest. Default: "IntentRequest". */
    "request-type"?: "LaunchRequest" | "IntentRequest" | "SessionEndedRequest";
    /** With IntentRequest: the intent. Default: "GetNewFactIntent". */
    "intent-name"?: string;
    /** With IntentRequest: slot name to the spoken value (a string, or null for an unfilled slot). Default: {}. */
    "slots"?: unknown;
    /** Whether this request starts the session. Default: false. */
    "new-session"?: boolean;
    /** Session attributes the skill returned in its previous response. Default: {}. */
    "session-attributes"?: unknown;
    /** With SessionEndedRequest: why the session ended. Default: "USER_INITIATED". */
    "reason"?: "USER_INITIATED" | "ERROR" | "EXCEEDED_MAX_REPROMPTS";
    /** The user's locale. Default: "en-US". */
    "locale"?: string;
    /** When Alexa sent the request (skills must reject requests older than 150 seconds). Default: "2024-03-01T12:00:00Z". */
    "timestamp"?: string;
  };
  "alexa.skill.result": {
    /** What Alexa says. Default: "Here's your fact: a year on Mercury is just 88 days long.". */
    "speech"?: string;
    /** PlainText (speech goes to text) or SSML (speech goes to ssml, wrapped in <speak>). Default: "PlainText". */
    "speech-type"?: "PlainText" | "SSML";
    /** What Alexa says if the user does not answer (left out when empty). Default: "". */
    "reprompt"?: string;
    /** Title of a Simple card for the Alexa app (no card when empty). Default: "Space Facts". */
    "card-title"?: string;
    /** End the session after this response. Default: true. */
    "should-end-session"?: boolean;
    /** Attributes to keep for the session. Default: {}. */
    "session-attributes"?: unknown;
  };
  "alexa.smart-home": {
    /** The interface of the directive (Alexa.Discovery for discovery: no endpoint, the token goes in payload.scope). Default: "Alexa.PowerController". */
    "namespace"?: string;
    /** The directive (TurnOn, TurnOff, Discover, ReportState ...). Default: "TurnOn". */
    "name"?: string;
    /** The device the directive targets (the id the skill gave in discovery). Default: "endpoint-001". */
    "endpoint-id"?: string;
    /** The account-linking access token. Default: "access-token-from-skill". */
    "token"?: string;
    /** The directive's message id. Default: "9484BF6A-854E-47B8-86CB-54B22F15740D". */
    "message-id"?: string;
    /** Identifies the directive in the response (not sent with Discover). Default: "dFMb0z+PgpgdDmluhJ1LddFvSqZ/jCc8ptlAKulUj90jSqg==". */
    "correlation-token"?: string;
    /** The directive's payload (for example {"brightness": 75} for SetBrightness). Default: {}. */
    "payload"?: unknown;
  };
  "alexa.smart-home.result": {
    /** Interface of the reported property. Default: "Alexa.PowerController". */
    "namespace"?: string;
    /** The property reported in context. Default: "powerState". */
    "property"?: string;
    /** The property's value after the directive. Default: "ON". */
    "value"?: unknown;
    /** The device the response is about. Default: "endpoint-001". */
    "endpoint-id"?: string;
    /** The account-linking access token (echoed in endpoint.scope). Default: "access-token-from-skill". */
    "token"?: string;
    /** The directive's correlation token. Default: "dFMb0z+PgpgdDmluhJ1LddFvSqZ/jCc8ptlAKulUj90jSqg==". */
    "correlation-token"?: string;
    /** When the value was read. Default: "2024-03-01T12:00:00.000Z". */
    "time-of-sample"?: string;
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
  "autoscaling.custom-termination-policy": {
    /** AWS partition of the group ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the group. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the group. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Auto Scaling group. Default: "my-asg". */
    "group-name"?: string;
    /** What triggered the termination. Default: "SCALE_IN". */
    "cause"?: "SCALE_IN" | "INSTANCE_REFRESH" | "MAX_INSTANCE_LIFETIME" | "REBALANCE";
    /** Type of the suggested instances. Default: "t2.nano". */
    "instance-type"?: string;
    /** Purchase option of the capacity and instances. Default: "on-demand". */
    "market"?: "on-demand" | "spot";
  };
  "autoscaling.custom-termination-policy.result": {
    /** Ids of the instances ready to terminate ([] when none is ready). Default: ["i-02e1c69383a3ed501","i-036bc44b6092c01c7"]. */
    "instance-ids"?: unknown;
  };
  "autoscaling.eventbridge-instance-launch-lifecycle-action": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the Auto Scaling group (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the Auto Scaling group (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Auto Scaling group name. Default: "my-asg". */
    "group"?: string;
    /** The instance id. Default: "i-1234567890abcdef0". */
    "instance-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Lifecycle hook name. Default: "my-lifecycle-hook". */
    "hook"?: string;
    /** The hook's NotificationMetadata. Default: "additional-info". */
    "metadata"?: string;
  };
  "autoscaling.eventbridge-instance-launch-successful": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the Auto Scaling group (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the Auto Scaling group (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Auto Scaling group name. Default: "my-asg". */
    "group"?: string;
    /** The instance id. Default: "i-1234567890abcdef0". */
    "instance-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Availability Zone of the instance. Default: "us-east-1b". */
    "availability-zone"?: string;
    /** Subnet of the instance. Default: "subnet-12345678". */
    "subnet-id"?: string;
    /** StatusMessage (the error on unsuccessful events). Default: "". */
    "status-message"?: string;
  };
  "autoscaling.eventbridge-instance-launch-unsuccessful": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the Auto Scaling group (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the Auto Scaling group (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Auto Scaling group name. Default: "my-asg". */
    "group"?: string;
    /** The instance id. Default: "i-1234567890abcdef0". */
    "instance-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Availability Zone of the instance. Default: "us-east-1b". */
    "availability-zone"?: string;
    /** Subnet of the instance. Default: "subnet-12345678". */
    "subnet-id"?: string;
    /** StatusMessage (the error on unsuccessful events). Default: "The requested configuration is currently not supported.". */
    "status-message"?: string;
  };
  "autoscaling.eventbridge-instance-terminate-lifecycle-action": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the Auto Scaling group (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the Auto Scaling group (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Auto Scaling group name. Default: "my-asg". */
    "group"?: string;
    /** The instance id. Default: "i-1234567890abcdef0". */
    "instance-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Lifecycle hook name. Default: "my-lifecycle-hook". */
    "hook"?: string;
    /** The hook's NotificationMetadata. Default: "additional-info". */
    "metadata"?: string;
  };
  "autoscaling.eventbridge-instance-terminate-successful": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the Auto Scaling group (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the Auto Scaling group (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Auto Scaling group name. Default: "my-asg". */
    "group"?: string;
    /** The instance id. Default: "i-1234567890abcdef0". */
    "instance-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Availability Zone of the instance. Default: "us-east-1b". */
    "availability-zone"?: string;
    /** Subnet of the instance. Default: "subnet-12345678". */
    "subnet-id"?: string;
    /** StatusMessage (the error on unsuccessful events). Default: "". */
    "status-message"?: string;
  };
  "autoscaling.eventbridge-instance-terminate-unsuccessful": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the Auto Scaling group (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the Auto Scaling group (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Auto Scaling group name. Default: "my-asg". */
    "group"?: string;
    /** The instance id. Default: "i-1234567890abcdef0". */
    "instance-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Availability Zone of the instance. Default: "us-east-1b". */
    "availability-zone"?: string;
    /** Subnet of the instance. Default: "subnet-12345678". */
    "subnet-id"?: string;
    /** StatusMessage (the error on unsuccessful events). Default: "The requested configuration is currently not supported.". */
    "status-message"?: string;
  };
  "bedrock.agent-action": {
    /** Name of the agent. Default: "InsuranceAgent". */
    "agent-name"?: string;
    /** Id of the agent. Default: "AGENT12345". */
    "agent-id"?: string;
    /** Id of the agent alias (TSTALIASID for the working draft). Default: "TSTALIASID". */
    "agent-alias"?: string;
    /** Agent version (DRAFT or a number). Default: "DRAFT". */
    "agent-version"?: string;
    /** The user's input for this turn. Default: "What documents are still missing for claim 1234?". */
    "input-text"?: string;
    /** Id of the agent session. Default: "123456789012345". */
    "session-id"?: string;
    /** Name of the action group. Default: "ClaimManagementActionGroup". */
    "action-group"?: string;
    /** Path of the operation in the OpenAPI schema. Default: "/claims/{claimId}/identify-missing-documents". */
    "api-path"?: string;
    /** Method of the operation. Default: "GET". */
    "http-method"?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    /** Value of the claimId path parameter. Default: "1234". */
    "claim-id"?: string;
  };
  "bedrock.agent-action.result": {
    /** The invocation's actionGroup. Default: "ClaimManagementActionGroup". */
    "action-group"?: string;
    /** The invocation's apiPath. Default: "/claims/{claimId}/identify-missing-documents". */
    "api-path"?: string;
    /** The invocation's httpMethod. Default: "GET". */
    "http-method"?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    /** HTTP status of the operation. Default: 200. */
    "status-code"?: number;
    /** The operation's result; sent as JSON text in responseBody.application/json.body. Default: {"pendingDocuments":["DriverLicense","VehicleRegistration"]}. */
    "body"?: unknown;
  };
  "bedrock.agent-function": {
    /** Name of the agent. Default: "BookingAgent". */
    "agent-name"?: string;
    /** Id of the agent. Default: "AGENT12345". */
    "agent-id"?: string;
    /** Id of the agent alias (TSTALIASID for the working draft). Default: "TSTALIASID". */
    "agent-alias"?: string;
    /** Agent version (DRAFT or a number). Default: "DRAFT". */
    "agent-version"?: string;
    /** The user's input for this turn. Default: "Book a table for 4 people tonight at 7pm". */
    "input-text"?: string;
    /** Id of the agent session. Default: "123456789012345". */
    "session-id"?: string;
    /** Name of the action group. Default: "TableBookingActionGroup". */
    "action-group"?: string;
    /** Name of the function the agent calls. Default: "create_booking". */
    "function"?: string;
    /** The elicited parameters: [{ name, type, value (a string) }]. Default: [{"name":"num_guests","type":"integer","value":"4"},{"name":"hour","type":"string","value":"19:00"}]. */
    "parameters"?: unknown;
  };
  "bedrock.agent-function.result": {
    /** The invocation's actionGroup. Default: "TableBookingActionGroup". */
    "action-group"?: string;
    /** The invocation's function. Default: "create_booking". */
    "function"?: string;
    /** The function's result text (TEXT.body). Default: "Booking 8f2c confirmed for 4 guests at 19:00.". */
    "body"?: string;
    /** Empty for a normal result; FAILURE fails the turn, REPROMPT sends the body back to the model. Default: "". */
    "response-state"?: "" | "FAILURE" | "REPROMPT";
  };
  "cdk.provider-is-complete": {
    /** AWS partition of the stack and function ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the stack and the provider. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the stack. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the stack holding the custom resource. Default: "MyStack". */
    "stack"?: string;
    /** Construct id of the Provider (its framework onEvent function's name starts with the stack name and this id). Default: "MyProvider". */
    "provider"?: string;
    /** Create, Update (adds OldResourceProperties) or Delete. Default: "Create". */
    "request-type"?: "Create" | "Update" | "Delete";
    /** Logical id of the custom resource in the template. Default: "Resource1". */
    "logical-resource-id"?: string;
    /** The template's resource type (CustomResource's default, or a Custom:: type). Default: "AWS::CloudFormation::CustomResource". */
    "resource-type"?: string;
    /** The id onEvent returned (the framework's default is the RequestId on Create). Default: "my-resource-1234567890ab". */
    "physical-resource-id"?: string;
    /** When CloudFormation sent the request (seeds the request id and the URL signature). Default: "2024-03-01T12:00:00.000Z". */
    "timestamp"?: string;
  };
  "cdk.provider-is-complete.result": {
    /** Whether the operation has finished (Data is sent only when true). Default: true. */
    "is-complete"?: boolean;
  };
  "cdk.provider-on-event": {
    /** AWS partition of the stack and function ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the stack and the provider. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the stack. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the stack holding the custom resource. Default: "MyStack". */
    "stack"?: string;
    /** Construct id of the Provider (its framework onEvent function's name starts with the stack name and this id). Default: "MyProvider". */
    "provider"?: string;
    /** Create, Update (adds PhysicalResourceId and OldResourceProperties) or Delete (adds PhysicalResourceId). Default: "Create". */
    "request-type"?: "Create" | "Update" | "Delete";
    /** Logical id of the custom resource in the template. Default: "Resource1". */
    "logical-resource-id"?: string;
    /** The template's resource type (CustomResource's default, or a Custom:: type). Default: "AWS::CloudFormation::CustomResource". */
    "resource-type"?: string;
    /** Id onEvent returned on Create; sent with Update and Delete requests. Default: "my-resource-1234567890ab". */
    "physical-resource-id"?: string;
    /** When CloudFormation sent the request (seeds the request id and the URL signature). Default: "2024-03-01T12:00:00.000Z". */
    "timestamp"?: string;
  };
  "cdk.provider-on-event.result": {
    /** The resource's physical id (left out when empty: the framework then uses its default). Default: "my-resource-1234567890ab". */
    "physical-resource-id"?: string;
    /** Mask the Data values in Fn::GetAtt output and in the framework's logs. Default: false. */
    "no-echo"?: boolean;
  };
  "chime.bot": {
    /** Invite (bot added to a room), Mention (a user @mentioned it) or Remove (bot removed). Default: "Mention". */
    "event-type"?: "Invite" | "Mention" | "Remove";
    /** Email address of the user who caused the event. Default: "user@example.com". */
    "sender"?: string;
    /** The chat room's id. Default: "abcdef12-g34h-56i7-j8kl-mn9opqr012st". */
    "discussion-id"?: string;
    /** With Mention: the message that mentioned the bot. Default: "@Bot Hello Chatbot". */
    "message"?: string;
    /** When the event happened. Default: "2019-04-04T21:30:43.181Z". */
    "event-timestamp"?: string;
  };
  "clientvpn.connection-handler": {
    /** The Client VPN endpoint the device connects to. Default: "cvpn-endpoint-0f13eab7f860433cc". */
    "endpoint-id"?: string;
    /** Common name of the device's client certificate. Default: "laptop-0042.example.com". */
    "common-name"?: string;
    /** User name (Active Directory) or SAML NameID; empty for mutual authentication. Default: "jdoe". */
    "username"?: string;
    /** Client operating system platform. Default: "win". */
    "platform"?: string;
    /** Operating system version (empty unless the client pushes peer info on Windows). Default: "10.0.19045". */
    "platform-version"?: string;
    /** Public IP address of the connecting device. Default: "198.51.100.23". */
    "public-ip"?: string;
    /** OpenVPN version of the client. Default: "2.4.7". */
    "client-openvpn-version"?: string;
    /** The user's groups (schema v2; empty for mutual authentication). Default: "vpn-users". */
    "groups"?: string;
    /** Request schema version: v1 has no groups field. Default: "v2". */
    "schema-version"?: "v1" | "v2";
  };
  "clientvpn.connection-handler.result": {
    /** Allow (true) or deny (false) the connection. Default: true. */
    "allow"?: boolean;
    /** Message shown to the client when the connection is denied (up to 255 characters). Default: "Your device does not meet the security policy. Update it and connect again.". */
    "message"?: string;
    /** The device's posture compliance status (a name you define). Default: "compliant". */
    "status"?: string;
    /** Response schema version: v1 names the message field error-msg-on-failed-posture-compliance. Default: "v2". */
    "schema-version"?: "v1" | "v2";
  };
  "cloudformation.custom-resource": {
    /** AWS partition of the stack and function ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the stack and the function. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the stack and the function. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the stack holding the custom resource. Default: "MyStack". */
    "stack"?: string;
    /** The function the resource's ServiceToken names. Default: "MyCustomResourceFunction". */
    "function-name"?: string;
    /** Create, Update (adds PhysicalResourceId and OldResourceProperties) or Delete (adds PhysicalResourceId). Default: "Create". */
    "request-type"?: "Create" | "Update" | "Delete";
    /** Logical id of the custom resource in the template. Default: "MyTestResource". */
    "logical-resource-id"?: string;
    /** The template's resource type. Default: "Custom::TestResource". */
    "resource-type"?: string;
    /** Id the provider returned on Create; sent with Update and Delete requests. Default: "MyTestResource-1234567890ab". */
    "physical-resource-id"?: string;
    /** When CloudFormation sent the request (seeds the request id and the URL signature). Default: "2024-03-01T12:00:00.000Z". */
    "timestamp"?: string;
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
  "cloudformation.custom-resource.result": {
    /** AWS partition of the stack ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the stack. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the stack. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the stack holding the custom resource. Default: "MyStack". */
    "stack"?: string;
    /** The request being answered (seeds the request id, as in the request sample). Default: "Create". */
    "request-type"?: "Create" | "Update" | "Delete";
    /** Logical id of the custom resource, copied from the request. Default: "MyTestResource". */
    "logical-resource-id"?: string;
    /** The provider's id for the resource (non-empty). Default: "MyTestResource-1234567890ab". */
    "physical-resource-id"?: string;
    /** SUCCESS, or FAILED (then reason is sent). Default: "SUCCESS". */
    "status"?: "SUCCESS" | "FAILED";
    /** Why the operation failed or what happened; required when status is FAILED. Default: "See the details in CloudWatch Log Stream: 2024/03/01/[$LATEST]0123456789abcdef0123456789abcdef". */
    "reason"?: string;
    /** When CloudFormation sent the request (seeds the request id, as in the request sample). Default: "2024-03-01T12:00:00.000Z". */
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
  "cloudtrail.eventbridge-aws-api-call": {
    /** AWS Region of the call (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the resource called (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** The service called: source is aws.<service>, eventSource <service>.amazonaws.com. Default: "s3". */
    "service"?: string;
    /** The API operation called. Default: "CreateBucket". */
    "event-name"?: string;
    /** The IAM user that made the call. Default: "Alice". */
    "user-name"?: string;
    /** IP address the call came from. Default: "192.0.2.10". */
    "source-ip"?: string;
    /** The request parameters (a JSON object, or null). Default: {"bucketName":"amzn-s3-demo-bucket"}. */
    "request-parameters"?: unknown;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
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
  "cloudwatch.dashboard-custom-widget": {
    /** Account of the dashboard. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the dashboard showing the widget. Default: "MyDashboard". */
    "dashboard"?: string;
    /** Id of the widget on the dashboard. Default: "widget-16". */
    "widget-id"?: string;
    /** The widget's title. Default: "Hello world". */
    "title"?: string;
    /** The widget's parameters (a JSON object): sent at the top level of the event and in widgetContext.params. Default: {"echo":"<h1>Hello world</h1>"}. */
    "params"?: unknown;
    /** Start of the dashboard's (absolute) time range. Default: "2024-02-29T12:00:00.000Z". */
    "start-time"?: string;
    /** End of the dashboard's (absolute) time range. Default: "2024-03-01T12:00:00.000Z". */
    "end-time"?: string;
    /** Console theme. Default: "light". */
    "theme"?: "light" | "dark";
  };
  "cloudwatch.dashboard-custom-widget.result": {
    /** What the function returns: an HTML string, or Markdown wrapped as {"markdown": ...}. Default: "html". */
    "format"?: "html" | "markdown";
    /** The HTML or Markdown text. Default: "<h1>Hello world</h1>". */
    "content"?: string;
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
  "codebuild.eventbridge-build-phase-change": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the project (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the project (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Build project name. Default: "my-sample-project". */
    "project"?: string;
    /** Who started the build. Default: "MyCodeBuildDemoUser". */
    "initiator"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** The phase that completed. Default: "BUILD". */
    "completed-phase"?: string;
    /** Status of the completed phase. Default: "SUCCEEDED". */
    "completed-phase-status"?: string;
    /** Whether the build has finished. Default: false. */
    "build-complete"?: boolean;
  };
  "codebuild.eventbridge-build-state-change": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the project (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the project (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Build project name. Default: "my-sample-project". */
    "project"?: string;
    /** Who started the build. Default: "MyCodeBuildDemoUser". */
    "initiator"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** The build status. Default: "SUCCEEDED". */
    "build-status"?: "IN_PROGRESS" | "SUCCEEDED" | "FAILED" | "STOPPED" | "FAULT" | "TIMED_OUT";
    /** Whether the build has finished (false while IN_PROGRESS). Default: true. */
    "build-complete"?: boolean;
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
  "codedeploy.eventbridge-deployment-state-change": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the deployment (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the application (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** CodeDeploy application name. Default: "myApplication". */
    "application"?: string;
    /** Deployment group name. Default: "myDeploymentGroup". */
    "deployment-group"?: string;
    /** Deployment id. Default: "d-123456789". */
    "deployment-id"?: string;
    /** The new state (START, SUCCESS, FAILURE, READY). Default: "SUCCESS". */
    "state"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
  };
  "codedeploy.eventbridge-instance-state-change": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the deployment (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the application (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** CodeDeploy application name. Default: "myApplication". */
    "application"?: string;
    /** Deployment group name. Default: "myDeploymentGroup". */
    "deployment-group"?: string;
    /** Deployment id. Default: "d-123456789". */
    "deployment-id"?: string;
    /** The new state (START, SUCCESS, FAILURE, READY). Default: "SUCCESS". */
    "state"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** The instance id. Default: "i-0000000aaaaaaaaaa". */
    "instance-id"?: string;
  };
  "codedeploy.lifecycle-hook": {
    /** The deployment id (d- and nine upper-case letters or digits). Default: "d-ABCDEF123". */
    "deployment-id"?: string;
    /** The lifecycle event whose hook runs (seeds the execution id). Default: "BeforeAllowTraffic". */
    "hook"?: string;
  };
  "codepipeline.eventbridge-action-execution-state-change": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the pipeline (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the pipeline (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Pipeline name. Default: "myPipeline". */
    "pipeline"?: string;
    /** The new state. Default: "STARTED". */
    "state"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Stage name. Default: "Prod". */
    "stage"?: string;
    /** Action name. Default: "myAction". */
    "action"?: string;
    /** Action category. Default: "Deploy". */
    "category"?: "Source" | "Build" | "Test" | "Deploy" | "Approval" | "Invoke";
    /** Action provider. Default: "CodeDeploy". */
    "provider"?: string;
  };
  "codepipeline.eventbridge-pipeline-execution-state-change": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the pipeline (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the pipeline (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Pipeline name. Default: "myPipeline". */
    "pipeline"?: string;
    /** The new state. Default: "STARTED". */
    "state"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
  };
  "codepipeline.eventbridge-stage-execution-state-change": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the pipeline (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the pipeline (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Pipeline name. Default: "myPipeline". */
    "pipeline"?: string;
    /** The new state. Default: "STARTED". */
    "state"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Stage name. Default: "Prod". */
    "stage"?: string;
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
  "connect.contact-flow": {
    /** AWS partition of the instance ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the Amazon Connect instance. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the instance. Default: "123456789012". */
    "account-id"?: string;
    /** The Amazon Connect instance id. Default: "9308c2a1-9bc6-4cea-8290-6c0b4a6d38fa". */
    "instance-id"?: string;
    /** The contact's id (also its initial and previous contact id). Default: "5ca32fbd-8f92-46af-92a5-6b0f970f0efe". */
    "contact-id"?: string;
    /** The customer's and the system's phone number (E.164). Default: "+11234567890". */
    "phone-number"?: string;
    /** The contact's channel. Default: "VOICE". */
    "channel"?: "VOICE" | "CHAT" | "TASK" | "EMAIL";
    /** How the contact started. Default: "INBOUND". */
    "initiation-method"?: "INBOUND" | "OUTBOUND" | "TRANSFER" | "CALLBACK" | "API" | "QUEUE_TRANSFER";
    /** Name of the contact's queue (Queue is null when empty: not queued yet). Default: "BasicQueue". */
    "queue"?: string;
    /** Contact attributes set so far (string values). Default: {}. */
    "attributes"?: unknown;
    /** The block's function input parameters (string values). Default: {"sentAttributeKey":"sentAttributeValue"}. */
    "parameters"?: unknown;
  };
  "connect.contact-flow.result": {
    /** The flat map of string values the flow reads as $.External.<key>. Default: {"Name":"CustomerName","Address":"1234 Main Road","CallerType":"Patient"}. */
    "values"?: unknown;
  };
  "connect.outbound-campaigns": {
    /** The campaign's id. Default: "campaign-12345". */
    "campaign-id"?: string;
    /** The campaign's name. Default: "Welcome Campaign". */
    "campaign-name"?: string;
    /** The id of this campaign run. Default: "run-67890". */
    "run-id"?: string;
    /** The id of the flow action being executed. Default: "activity-abc123". */
    "action-id"?: string;
    /** The customer profiles of the batch (each becomes CustomerData JSON text). Default: [{"firstName":"John","lastName":"Doe","email":"john.doe@example.com"},{"firstName":"Jane","lastName":"Smith","email":"jane.smith@example.com"}]. */
    "profiles"?: unknown;
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
  "ec2.eventbridge-instance-state-change": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the instance (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the instance (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** The instance id. Default: "i-1234567890abcdef0". */
    "instance-id"?: string;
    /** The state the instance entered. Default: "running". */
    "state"?: "pending" | "running" | "stopping" | "stopped" | "shutting-down" | "terminated";
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
  };
  "ecr.eventbridge-image-action": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the repository (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the repository (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Repository name. Default: "my-repository-name". */
    "repository"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** PUSH or DELETE. Default: "PUSH". */
    "action-type"?: string;
    /** SUCCESS or FAILURE. Default: "SUCCESS". */
    "result"?: string;
    /** Image tag. Default: "latest". */
    "tag"?: string;
  };
  "ecr.eventbridge-image-scan": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the repository (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the repository (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Repository name. Default: "my-repository-name". */
    "repository"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Image tag. Default: "latest". */
    "tag"?: string;
    /** Number of CRITICAL findings. Default: 0. */
    "critical"?: number;
    /** Number of HIGH findings. Default: 2. */
    "high"?: number;
  };
  "ecs.eventbridge-container-instance-state-change": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the cluster (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the cluster (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Cluster name. Default: "default". */
    "cluster"?: string;
    /** EC2 instance id. Default: "i-f3a8506b". */
    "instance-id"?: string;
    /** Container instance status. Default: "ACTIVE". */
    "status"?: string;
    /** Version counter of the container instance. Default: 14801. */
    "version"?: number;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
  };
  "emr.eventbridge-auto-scaling-policy-state-change": {
    /** AWS Region of the cluster (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the cluster (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Cluster id. Default: "j-123456789ABCD". */
    "cluster-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Instance group the policy belongs to. Default: "ig-X2LBMHTGPCBU". */
    "instance-group-id"?: string;
    /** Policy state. Default: "PENDING". */
    "state"?: string;
  };
  "emr.eventbridge-cluster-state-change": {
    /** AWS Region of the cluster (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the cluster (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Cluster id. Default: "j-123456789ABCD". */
    "cluster-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Cluster name. Default: "Development Cluster". */
    "name"?: string;
    /** Cluster state. Default: "TERMINATED". */
    "state"?: string;
    /** State change reason code (inside the JSON text of stateChangeReason). Default: "USER_REQUEST". */
    "reason-code"?: string;
  };
  "emr.eventbridge-instance-group-state-change": {
    /** AWS Region of the cluster (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the cluster (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Cluster id. Default: "j-123456789ABCD". */
    "cluster-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Instance group id. Default: "ig-ABCDEFGHIJKL". */
    "instance-group-id"?: string;
    /** Instance group state. Default: "RUNNING". */
    "state"?: string;
    /** Requested and running instance count (a string, as in the EMR examples). Default: "2". */
    "instance-count"?: string;
  };
  "emr.eventbridge-step-status-change": {
    /** AWS Region of the cluster (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the cluster (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Cluster id. Default: "j-123456789ABCD". */
    "cluster-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Step id. Default: "s-ZYXWVUTSRQPON". */
    "step-id"?: string;
    /** Step name. Default: "CustomJAR". */
    "step-name"?: string;
    /** Step state. Default: "COMPLETED". */
    "state"?: string;
    /** INFO, or ERROR for a failed step. Default: "INFO". */
    "severity"?: string;
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
  "firehose.transformation": {
    /** AWS partition of the Firehose stream ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the Firehose stream. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the Firehose stream (and the source Kinesis data stream or log group). Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Firehose stream. Default: "example-delivery-stream". */
    "delivery-stream-name"?: string;
    /** The record payload as text: the template base64-encodes it into data (SAM CLI takes it already base64-encoded). Ignored when content is cloudwatch-logs. Default: "Hello, this is a test 123.". */
    "data"?: string;
    /** text: data as given; cloudwatch-logs: the gzip-compressed CloudWatch Logs payload a subscription filter writes to the stream (the SAM CLI cloudwatch-logs-processor event; detection names such a batch cloudwatch.logs-data-in-firehose). Default: "text". */
    "content"?: "text" | "cloudwatch-logs";
    /** direct-put: producers write to the Firehose stream; kinesis-stream: the Firehose stream reads a Kinesis data stream, so the batch carries sourceKinesisStreamArn and each record kinesisRecordMetadata. Default: "direct-put". */
    "source"?: "direct-put" | "kinesis-stream";
    /** Source Kinesis data stream (source kinesis-stream). Default: "example-stream". */
    "stream-name"?: string;
    /** Partition key of the source Kinesis record (source kinesis-stream). Default: "partitionKey-03". */
    "partition-key"?: string;
    /** Sequence number of the source Kinesis record (source kinesis-stream). Default: "49545115243490985018280067714973144582180062593244200961". */
    "sequence"?: string;
    /** When Firehose received the record (ISO 8601); sent as epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "arrival-time"?: string;
  };
  "firehose.transformation.result": {
    /** recordId of the record in the invocation, echoed unchanged. Default: "49546986683135544286507457936321625675700192471156785154". */
    "record-id"?: string;
    /** Ok (transformed), Dropped (dropped on purpose) or ProcessingFailed (could not be transformed). Default: "Ok". */
    "result"?: "Ok" | "Dropped" | "ProcessingFailed";
    /** The transformed payload as text (the template base64-encodes it into data). Default: "{\"message\":\"Hello, this is a test 123.\"}\n". */
    "data"?: string;
    /** Dynamic partitioning keys, name to string value (e.g. {"customerId":"c-123"}); null leaves metadata out. Default: null. */
    "partition-keys"?: unknown;
  };
  "gamelift.eventbridge-accept-match": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the matchmaking configuration (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the matchmaking configuration (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Matchmaking configuration name. Default: "SampleConfiguration". */
    "configuration"?: string;
    /** Matchmaking ticket id. Default: "ticket-1". */
    "ticket-id"?: string;
    /** Player id on the ticket. Default: "player-1". */
    "player-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "gamelift.eventbridge-accept-match-completed": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the matchmaking configuration (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the matchmaking configuration (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Matchmaking configuration name. Default: "SampleConfiguration". */
    "configuration"?: string;
    /** Matchmaking ticket id. Default: "ticket-1". */
    "ticket-id"?: string;
    /** Player id on the ticket. Default: "player-1". */
    "player-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Outcome of acceptance. Default: "Accepted". */
    "acceptance"?: "Accepted" | "Rejected" | "TimedOut";
  };
  "gamelift.eventbridge-matchmaking-cancelled": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the matchmaking configuration (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the matchmaking configuration (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Matchmaking configuration name. Default: "SampleConfiguration". */
    "configuration"?: string;
    /** Matchmaking ticket id. Default: "ticket-1". */
    "ticket-id"?: string;
    /** Player id on the ticket. Default: "player-1". */
    "player-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "gamelift.eventbridge-matchmaking-failed": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the matchmaking configuration (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the matchmaking configuration (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Matchmaking configuration name. Default: "SampleConfiguration". */
    "configuration"?: string;
    /** Matchmaking ticket id. Default: "ticket-1". */
    "ticket-id"?: string;
    /** Player id on the ticket. Default: "player-1". */
    "player-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Failure reason. Default: "UNEXPECTED_ERROR". */
    "reason"?: string;
    /** Failure message. Default: "An unexpected error was encountered during match placing.". */
    "message"?: string;
  };
  "gamelift.eventbridge-matchmaking-searching": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the matchmaking configuration (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the matchmaking configuration (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Matchmaking configuration name. Default: "SampleConfiguration". */
    "configuration"?: string;
    /** Matchmaking ticket id. Default: "ticket-1". */
    "ticket-id"?: string;
    /** Player id on the ticket. Default: "player-1". */
    "player-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "gamelift.eventbridge-matchmaking-succeeded": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the matchmaking configuration (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the matchmaking configuration (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Matchmaking configuration name. Default: "SampleConfiguration". */
    "configuration"?: string;
    /** Matchmaking ticket id. Default: "ticket-1". */
    "ticket-id"?: string;
    /** Player id on the ticket. Default: "player-1". */
    "player-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Game session IP address. Default: "192.0.2.1". */
    "ip-address"?: string;
    /** Game session port. Default: 10777. */
    "port"?: number;
  };
  "gamelift.eventbridge-matchmaking-timed-out": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the matchmaking configuration (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the matchmaking configuration (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Matchmaking configuration name. Default: "SampleConfiguration". */
    "configuration"?: string;
    /** Matchmaking ticket id. Default: "ticket-1". */
    "ticket-id"?: string;
    /** Player id on the ticket. Default: "player-1". */
    "player-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "gamelift.eventbridge-potential-match-created": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the matchmaking configuration (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the matchmaking configuration (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Matchmaking configuration name. Default: "SampleConfiguration". */
    "configuration"?: string;
    /** Matchmaking ticket id. Default: "ticket-1". */
    "ticket-id"?: string;
    /** Player id on the ticket. Default: "player-1". */
    "player-id"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
  };
  "glue.eventbridge-crawler-failed": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the crawler. Default: "example-crawler". */
    "crawler-name"?: string;
    /** Why the crawl failed. Default: "Internal Service Exception". */
    "error-message"?: string;
  };
  "glue.eventbridge-crawler-started": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the crawler. Default: "example-crawler". */
    "crawler-name"?: string;
  };
  "glue.eventbridge-crawler-succeeded": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the crawler. Default: "example-crawler". */
    "crawler-name"?: string;
    /** Number of tables the crawl created (sent as a string). Default: 1. */
    "tables-created"?: number;
  };
  "glue.eventbridge-data-catalog-database-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Database name. Default: "example_db". */
    "database"?: string;
    /** Table name. Default: "example_table". */
    "table"?: string;
    /** The Data Catalog operation. Default: "CreateTable". */
    "type-of-change"?: "CreateDatabase" | "CreateTable" | "UpdateTable" | "DeleteTable" | "BatchDeleteTable";
  };
  "glue.eventbridge-data-catalog-table-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Database name. Default: "example_db". */
    "database"?: string;
    /** Table name. Default: "example_table". */
    "table"?: string;
    /** The Data Catalog operation. Default: "BatchCreatePartition". */
    "type-of-change"?: "UpdateTable" | "CreatePartition" | "BatchCreatePartition" | "UpdatePartition" | "BatchUpdatePartition" | "DeletePartition" | "BatchDeletePartition";
  };
  "glue.eventbridge-job-run-state-change": {
    /** AWS Region of the job (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the job (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Glue job name. Default: "MyJob". */
    "job-name"?: string;
    /** Final job run state. Default: "SUCCEEDED". */
    "state"?: "SUCCEEDED" | "FAILED" | "TIMEOUT" | "STOPPED";
    /** INFO, WARN or ERROR (Glue uses INFO for SUCCEEDED/STOPPED, WARN for TIMEOUT, ERROR for FAILED). Default: "INFO". */
    "severity"?: string;
    /** The event message. Default: "Job run succeeded". */
    "message"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
  };
  "glue.eventbridge-job-run-status": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the job. Default: "MyJob". */
    "job-name"?: string;
    /** State the run stayed in past the threshold. Default: "RUNNING". */
    "state"?: "STARTING" | "RUNNING" | "STOPPING";
    /** The job's delay notification threshold in minutes. Default: 1. */
    "notify-delay-after"?: number;
    /** When the job run started. Default: "2024-03-01T11:58:00.000Z". */
    "started-on"?: string;
  };
  "guardduty.eventbridge-malware-protection-object-scan-result": {
    /** AWS partition of the ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the protected bucket (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the protected bucket (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** The protected bucket. Default: "amzn-s3-demo-bucket". */
    "bucket"?: string;
    /** The scanned object key. Default: "uploads/report.pdf". */
    "key"?: string;
    /** The scan result status. Default: "NO_THREATS_FOUND". */
    "scan-result"?: "NO_THREATS_FOUND" | "THREATS_FOUND" | "UNSUPPORTED" | "ACCESS_DENIED" | "FAILED";
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
  };
  "health.eventbridge-event": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** The affected service. Default: "EC2". */
    "service"?: string;
    /** The Health event type. Default: "AWS_EC2_INSTANCE_REBOOT_MAINTENANCE_SCHEDULED". */
    "event-type-code"?: string;
    /** The event category. Default: "scheduledChange". */
    "event-type-category"?: "issue" | "accountNotification" | "scheduledChange" | "investigation";
    /** The event status. Default: "upcoming". */
    "status-code"?: "open" | "closed" | "upcoming";
    /** The affected resource (also in resources). Default: "arn:aws:ec2:us-east-1:123456789012:instance/i-1234567890abcdef0". */
    "entity"?: string;
    /** The latest description (en_US). Default: "A description of the event will be provided here". */
    "description"?: string;
  };
  "iot.button": {
    /** The button's device serial number (DSN). Default: "G030JF055364XVRB". */
    "serial-number"?: string;
    /** How the button was pressed. Default: "SINGLE". */
    "click-type"?: "SINGLE" | "DOUBLE" | "LONG";
    /** Battery voltage in millivolts (sent as text, e.g. 1705mV). Default: 1705. */
    "battery-voltage"?: number;
  };
  "iot.custom-authorizer": {
    /** How the device connects: mqtt (MQTT over TLS with user name and password) or http (HTTPS/WebSockets with the token in a header). Default: "mqtt". */
    "protocol"?: "mqtt" | "http";
    /** The token the device sent (empty: the authorizer has no token key, token is left out). Default: "aToken". */
    "token"?: string;
    /** Whether the gateway validated the token signature (false when signing is disabled). Default: true. */
    "signature-verified"?: boolean;
    /** TLS server name indication (SNI) host name. Default: "a1b2c3d4e5f6g7-ats.iot.us-east-1.amazonaws.com". */
    "server-name"?: string;
    /** MQTT CONNECT user name. Default: "myUserName". */
    "username"?: string;
    /** MQTT CONNECT password as text (sent base64-encoded). Default: "myPassword". */
    "password"?: string;
    /** MQTT client id. Default: "myClientId". */
    "client-id"?: string;
    /** Connection id (a UUID). Default: "e56f08c3-c559-490f-aa9f-7e8427d0f57b". */
    "connection-id"?: string;
  };
  "iot.custom-authorizer.result": {
    /** Whether the connection is authenticated. Default: true. */
    "authenticated"?: boolean;
    /** Principal id (1 to 128 letters and digits). Default: "TEST123". */
    "principal-id"?: string;
    /** Effect of the policy statements. Default: "Allow". */
    "effect"?: "Allow" | "Deny";
    /** AWS Region of the IoT endpoint. Default: "us-east-1". */
    "region"?: string;
    /** Account of the IoT resources. Default: "123456789012". */
    "account-id"?: string;
    /** Client id allowed to connect and publish. Default: "myClientName". */
    "client-id"?: string;
    /** Return the policy document as JSON text instead of an object. Default: false. */
    "as-string"?: boolean;
    /** disconnectAfterInSeconds. Default: 3600. */
    "disconnect-after"?: number;
    /** refreshAfterInSeconds. Default: 300. */
    "refresh-after"?: number;
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
  "iot.preprovisioning-hook": {
    /** AWS partition of the template ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the provisioning template. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the template. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the provisioning template. Default: "MyTemplate". */
    "template-name"?: string;
    /** MQTT client id of the device. Default: "221a6d10-9c7f-42f1-9153-e52e6fc869c1". */
    "client-id"?: string;
    /** The RegisterThing request's parameters (string values). Default: {"SerialNumber":"ABC123","DeviceLocation":"Seattle"}. */
    "parameters"?: unknown;
  };
  "iot.preprovisioning-hook.result": {
    /** Whether to provision the device. Default: true. */
    "allow"?: boolean;
    /** Values added to the RegisterThing parameters (string values); null leaves parameterOverrides out. Default: {"DeviceLocation":"Seattle"}. */
    "parameter-overrides"?: unknown;
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
  "kinesis-analytics.output-delivery": {
    /** AWS partition of the application ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the application. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the application. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Kinesis Data Analytics application. Default: "example-application". */
    "application"?: string;
    /** The output row as text (JSON or CSV); the template base64-encodes it. Default: "{\"TICKER_SYMBOL\":\"QXZ\",\"AVG_PRICE\":84.51}". */
    "data"?: string;
    /** Number of delivery retries of this record so far. Default: 0. */
    "retry-hint"?: number;
  };
  "kinesis-analytics.output-delivery.result": {
    /** recordId of the record in the invocation, echoed unchanged. Default: "5b2e4c60-3a1d-4f0e-9c8b-7d6a5e4f3c2b". */
    "record-id"?: string;
    /** Ok (delivered) or DeliveryFailed (the application redelivers it). Default: "Ok". */
    "result"?: "Ok" | "DeliveryFailed";
  };
  "kinesis-analytics.preprocessing": {
    /** AWS partition of the application and stream ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the application. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the application and its source. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the Kinesis Data Analytics application. Default: "example-application". */
    "application"?: string;
    /** Name of the streaming source (Kinesis data stream or Firehose stream). Default: "example-stream". */
    "stream"?: string;
    /** kinesis-stream: records carry kinesisStreamRecordMetadata; firehose: the source is a Firehose stream and records carry kinesisFirehoseRecordMetadata. Default: "kinesis-stream". */
    "source"?: "kinesis-stream" | "firehose";
    /** The source record payload as text; the template base64-encodes it (gzip first when compression is gzip). Default: "This is a test from Kinesis Analytics". */
    "data"?: string;
    /** gzip: the producer wrote gzip-compressed records (the SAM CLI analytics-compressed event), which the function must decompress. Default: "none". */
    "compression"?: "none" | "gzip";
    /** Partition key of the Kinesis record (source kinesis-stream). Default: "partitionKey-01". */
    "partition-key"?: string;
    /** When the source stream received the record (ISO 8601); sent as epoch milliseconds. Default: "2024-03-01T12:00:00.000Z". */
    "arrival-time"?: string;
  };
  "kinesis-analytics.preprocessing.result": {
    /** recordId of the record in the invocation, echoed unchanged. Default: "49571347871967966406409637155186850213682522142927749122". */
    "record-id"?: string;
    /** Ok (transformed; data required), Dropped or ProcessingFailed (data optional). Default: "Ok". */
    "result"?: "Ok" | "Dropped" | "ProcessingFailed";
    /** The transformed payload as text (JSON documents or CSV rows); the template base64-encodes it. Left out for Dropped and ProcessingFailed. Default: "{\"ticker_symbol\":\"QXZ\",\"price\":84.51}\n". */
    "data"?: string;
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
  "kms.eventbridge-cmk-event": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Which key lifecycle event. Default: "KMS CMK Rotation". */
    "detail-type"?: "KMS CMK Rotation" | "KMS Imported Key Material Expiration" | "KMS CMK Deletion";
    /** Id of the KMS key. Default: "1234abcd-12ab-34cd-56ef-1234567890ab". */
    "key-id"?: string;
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
  "lex.v1": {
    /** Name of the bot. Default: "OrderFlowers". */
    "bot-name"?: string;
    /** Alias of the bot version ($LATEST in the console's test window). Default: "$LATEST". */
    "bot-alias"?: string;
    /** Bot version ($LATEST or a number). Default: "$LATEST". */
    "bot-version"?: string;
    /** Name of the intent Lex recognized. Default: "OrderFlowers". */
    "intent-name"?: string;
    /** Slot name to value (a string, or null while the slot is unfilled). Default: {"FlowerType":"lilies","PickupDate":"2030-11-08","PickupTime":"10:00"}. */
    "slots"?: unknown;
    /** The user's answer to the confirmation prompt. Default: "None". */
    "confirmation-status"?: "None" | "Confirmed" | "Denied";
    /** DialogCodeHook (validate each turn) or FulfillmentCodeHook (all slots filled). Default: "DialogCodeHook". */
    "invocation-source"?: "DialogCodeHook" | "FulfillmentCodeHook";
    /** Text or Voice, from the runtime request's content type. Default: "Text". */
    "output-dialog-mode"?: "Text" | "Voice";
    /** User id the client passed to PostText/PostContent. Default: "John". */
    "user-id"?: string;
    /** The text Lex processed (typed, or recognized from speech). Default: "I would like to order some flowers". */
    "input-transcript"?: string;
    /** Session attributes the client sent (string values). Default: {}. */
    "session-attributes"?: unknown;
  };
  "lex.v1.result": {
    /** The dialog action type; Close adds fulfillmentState, ElicitSlot and ConfirmIntent add intentName and slots, ElicitSlot also slotToElicit. Default: "Close". */
    "type"?: "Close" | "ElicitSlot" | "ConfirmIntent" | "ElicitIntent" | "Delegate";
    /** With Close: Fulfilled or Failed. Default: "Fulfilled". */
    "fulfillment-state"?: "Fulfilled" | "Failed";
    /** With ElicitSlot and ConfirmIntent: the intent. Default: "OrderFlowers". */
    "intent-name"?: string;
    /** With ElicitSlot, ConfirmIntent and Delegate: the intent's slots (string or null values). Default: {"FlowerType":"lilies","PickupDate":"2030-11-08","PickupTime":null}. */
    "slots"?: unknown;
    /** With ElicitSlot: the slot to ask for. Default: "PickupTime". */
    "slot-to-elicit"?: string;
    /** Plain-text message for the user (left out when empty: Lex uses the configured prompt). Default: "Thanks, your order has been placed.". */
    "message"?: string;
    /** Session attributes to keep (string values). Default: {}. */
    "session-attributes"?: unknown;
  };
  "lex.v2": {
    /** Name of the bot. Default: "BookTrip". */
    "bot-name"?: string;
    /** Bot id (10 characters). Default: "CCGFLGVZMD". */
    "bot-id"?: string;
    /** Alias id (TSTALIASID is the test alias). Default: "TSTALIASID". */
    "bot-alias-id"?: string;
    /** Alias name. Default: "TestBotAlias". */
    "bot-alias-name"?: string;
    /** Bot version (DRAFT or a number). Default: "DRAFT". */
    "bot-version"?: string;
    /** Locale of the bot alias whose Lambda function is called. Default: "en_US". */
    "locale-id"?: string;
    /** Session id the client uses. Default: "254688924456220". */
    "session-id"?: string;
    /** Text Lex processed (typed, DTMF, or recognized from speech). Default: "Book a car". */
    "input-transcript"?: string;
    /** How the user gave the input. Default: "Text". */
    "input-mode"?: "Text" | "Speech" | "DTMF";
    /** DialogCodeHook after a user input, FulfillmentCodeHook when the intent is ready for fulfillment. Default: "DialogCodeHook". */
    "invocation-source"?: "DialogCodeHook" | "FulfillmentCodeHook";
    /** Name of the intent Lex recognized. Default: "BookCar". */
    "intent-name"?: string;
    /** State of the intent. Default: "InProgress". */
    "intent-state"?: "InProgress" | "ReadyForFulfillment" | "Fulfilled" | "Failed" | "FulfillmentInProgress" | "Waiting";
    /** Slot name to the user's value (a string, made a Scalar slot with that interpretedValue) or null while unfilled. Default: {"PickUpCity":null,"PickUpDate":null,"ReturnDate":null,"CarType":null,"DriverAge":null}. */
    "slots"?: unknown;
    /** The slot Lex proposes to elicit next (proposedNextState ElicitSlot); empty for no proposedNextState (as in fulfillment hooks). Default: "PickUpCity". */
    "slot-to-elicit"?: string;
    /** Lex's confidence in the intent, 0 to 1. Default: 1. */
    "nlu-confidence"?: number;
    /** Id of the runtime request of this turn. Default: "d32005f8-c142-48b5-bf88-c2dd4c05a25e". */
    "originating-request-id"?: string;
  };
  "lex.v2.result": {
    /** The dialog action type. ElicitSlot adds slotToElicit; ElicitIntent leaves out the intent. Default: "Close". */
    "type"?: "Close" | "ElicitSlot" | "ConfirmIntent" | "ElicitIntent" | "Delegate";
    /** Name of the intent. Default: "BookCar". */
    "intent-name"?: string;
    /** State of the intent (Fulfilled or Failed with Close). Default: "Fulfilled". */
    "intent-state"?: "Fulfilled" | "Failed" | "InProgress" | "ReadyForFulfillment";
    /** Slot name to interpretedValue (string) or null. Default: {"PickUpCity":"Chicago","CarType":null}. */
    "slots"?: unknown;
    /** With ElicitSlot: the slot to ask for. Default: "CarType". */
    "slot-to-elicit"?: string;
    /** Plain-text message for the user (left out when empty, except with ElicitIntent, which needs one). Default: "Your car is booked.". */
    "message"?: string;
  };
  "macie.eventbridge-alert-updated": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the alert. Default: "Example alert". */
    "alert-name"?: string;
    /** Risk score of the alert. Default: 70. */
    "risk-score"?: number;
    /** The anomalous feature (API name) of the predictive alert. Default: "ListRolePolicies". */
    "feature"?: string;
  };
  "macie.eventbridge-bucket-contains-high-risk-object-alert": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the alert. Default: "Example alert". */
    "alert-name"?: string;
    /** Risk score of the alert. Default: 70. */
    "risk-score"?: number;
    /** Whether the alert is new or updated. Default: "ALERT_CREATED". */
    "notification-type"?: "ALERT_CREATED" | "ALERT_UPDATED";
    /** The bucket holding the object (also the actor). Default: "example-bucket". */
    "bucket"?: string;
    /** The high-risk object key. Default: "secret_key.txt". */
    "key"?: string;
  };
  "macie.eventbridge-bucket-scan-alert": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the alert. Default: "Example alert". */
    "alert-name"?: string;
    /** Risk score of the alert. Default: 70. */
    "risk-score"?: number;
    /** Whether the alert is new or updated. Default: "ALERT_CREATED". */
    "notification-type"?: "ALERT_CREATED" | "ALERT_UPDATED";
    /** The API whose calls the alert counts. Default: "GetBucketPolicy". */
    "api-name"?: string;
    /** Source IP of the calls. Default: "192.0.2.10". */
    "source-ip"?: string;
  };
  "macie.eventbridge-bucket-writable-alert": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the alert. Default: "Example alert". */
    "alert-name"?: string;
    /** Risk score of the alert. Default: 70. */
    "risk-score"?: number;
    /** Whether the alert is new or updated. Default: "ALERT_CREATED". */
    "notification-type"?: "ALERT_CREATED" | "ALERT_UPDATED";
    /** The writable bucket. Default: "example-bucket". */
    "bucket"?: string;
    /** The group granted write access. Default: "http://acs.amazonaws.com/groups/global/AuthenticatedUsers". */
    "grantee-uri"?: string;
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
  "opsworks.eventbridge-alert": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Id of the stack. Default: "acd3df16-e859-4598-8414-377b12a902da". */
    "stack-id"?: string;
    /** OpsWorks id of the instance. Default: "a648d98f-fdd8-4323-952a-a50a3e4e500f". */
    "instance-id"?: string;
    /** The failed operation. Default: "InstanceStop". */
    "type"?: string;
    /** Description of the error. Default: "The shutdown of the instance timed out. Please try stopping it again.". */
    "message"?: string;
  };
  "opsworks.eventbridge-command-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Id of the stack. Default: "acd3df16-e859-4598-8414-377b12a902da". */
    "stack-id"?: string;
    /** OpsWorks id of the instance. Default: "a648d98f-fdd8-4323-952a-a50a3e4e500f". */
    "instance-id"?: string;
    /** Command state. Default: "successful". */
    "status"?: "expired" | "failed" | "skipped" | "successful" | "superseded";
    /** Command type. Default: "setup". */
    "type"?: string;
  };
  "opsworks.eventbridge-deployment-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Id of the stack. Default: "acd3df16-e859-4598-8414-377b12a902da". */
    "stack-id"?: string;
    /** OpsWorks id of the instance. Default: "a648d98f-fdd8-4323-952a-a50a3e4e500f". */
    "instance-id"?: string;
    /** Deployment state. Default: "successful". */
    "status"?: "running" | "successful" | "failed";
    /** Deployment command. Default: "deploy". */
    "command"?: string;
  };
  "opsworks.eventbridge-instance-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Id of the stack. Default: "acd3df16-e859-4598-8414-377b12a902da". */
    "stack-id"?: string;
    /** OpsWorks id of the instance. Default: "a648d98f-fdd8-4323-952a-a50a3e4e500f". */
    "instance-id"?: string;
    /** The new instance state. Default: "online". */
    "status"?: "booting" | "connection_lost" | "online" | "pending" | "rebooting" | "requested" | "running_setup" | "setup_failed" | "shutting_down" | "start_failed" | "stopping" | "stop_failed" | "stopped" | "terminating" | "terminated";
    /** Host name of the instance. Default: "webserver1". */
    "hostname"?: string;
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
  "sagemaker.ground-truth-annotation-consolidation": {
    /** AWS partition of the job and role ARNs. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the labeling job. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the labeling job. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the labeling job. Default: "example-job". */
    "labeling-job-name"?: string;
    /** The job's label attribute name (its name unless set otherwise). Default: "example-attribute". */
    "label-attribute-name"?: string;
    /** The job's S3 output path; the annotation file is under <output>/<job>/annotations/worker_response/. Default: "s3://sagemakerexample/output". */
    "s3-output-path"?: string;
    /** Name of the job's IAM execution role. Default: "sagemaker-role". */
    "execution-role"?: string;
    /** Iteration, object and time part of the annotation file's key. Default: "iteration-1/0/2019-09-06_18:35:03". */
    "iteration-object-timestamp"?: string;
  };
  "sagemaker.ground-truth-annotation-consolidation.result": {
    /** The job's label attribute name: the key of the consolidated label. Default: "example-attribute". */
    "label-attribute-name"?: string;
    /** datasetObjectId of the data object, from the annotation file. Default: "0". */
    "dataset-object-id"?: string;
    /** The consolidated label (a bounding box with this label). Default: "Bird". */
    "label"?: string;
  };
  "sagemaker.ground-truth-pre-human-task": {
    /** AWS partition of the labeling job ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the labeling job. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the labeling job. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the labeling job. Default: "example-job". */
    "labeling-job-name"?: string;
    /** S3 URI of the data object (the manifest line's source-ref); empty to send the source text instead. Default: "s3://sagemakerexample/object_to_annotate.jpg". */
    "source-ref"?: string;
    /** The data object itself (the manifest line's source), used when source-ref is empty. Default: "Sue purchased 10 shares of the stock on April 10th, 2020". */
    "source"?: string;
  };
  "sagemaker.ground-truth-pre-human-task.result": {
    /** The data object passed on to the worker task template as task.input.taskObject. Default: "s3://sagemakerexample/object_to_annotate.jpg". */
    "source-ref"?: string;
    /** Whether workers should label the object. Default: true. */
    "human-annotation-required"?: boolean;
  };
  "secretsmanager.rotation": {
    /** Rotation step: createSecret, setSecret, testSecret or finishSecret. Default: "createSecret". */
    "step"?: "createSecret" | "setSecret" | "testSecret" | "finishSecret";
    /** AWS partition of the secret ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the secret (and of the rotation function). Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the secret. Default: "123456789012". */
    "account-id"?: string;
    /** Name of the secret (the ARN adds a dash and six random characters). Default: "prod/app/db-credentials". */
    "secret-name"?: string;
    /** Include RotationToken (current rotation requests carry it). Default: true. */
    "rotation-token"?: boolean;
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
  "signin.eventbridge-console-sign-in": {
    /** Account that owns the account signed in to (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** Region of the event (sign-ins to the global endpoint are recorded in us-east-1). Default: "us-east-1". */
    "region"?: string;
    /** The IAM user signing in. Default: "anaya". */
    "user-name"?: string;
    /** The sign-in result. Default: "Success". */
    "result"?: "Success" | "Failure";
    /** Whether MFA was used. Default: "No". */
    "mfa-used"?: "Yes" | "No";
    /** IP address of the browser. Default: "192.0.2.0". */
    "source-ip"?: string;
    /** When the event occurred (ISO 8601, UTC); the envelope's time carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
  };
  "sms.eventbridge-job-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Replication job id. Default: "sms-job-2ea64347". */
    "job-id"?: string;
    /** The job state (the two documented). Default: "Completed". */
    "state"?: "Completed" | "Deleted";
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
    /** FIFO queues only (queue-name ending in .fifo): the MessageGroupId the message was sent with. Default: "group-1". */
    "message-group-id"?: string;
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
  "ssm.eventbridge-calendar-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the Change Calendar document. Default: "MyCalendar". */
    "calendar"?: string;
    /** The new calendar state. Default: "OPEN". */
    "state"?: "OPEN" | "CLOSED";
    /** When the state changes next. Default: "2024-03-08T12:00:00Z". */
    "next-transition-time"?: string;
  };
  "ssm.eventbridge-configuration-compliance-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** The managed node. Default: "i-01234567890abcdef". */
    "instance-id"?: string;
    /** The new compliance status. Default: "non_compliant". */
    "compliance-status"?: "compliant" | "non_compliant";
    /** What was evaluated. Default: "Patch". */
    "compliance-type"?: "Patch" | "Association";
  };
  "ssm.eventbridge-ec2-automation-execution-status-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the Automation runbook. Default: "AWS-RestartEC2Instance". */
    "runbook"?: string;
    /** Status of the execution or step. Default: "Success". */
    "status"?: "Pending" | "InProgress" | "Waiting" | "Success" | "TimedOut" | "Cancelling" | "Cancelled" | "Failed";
    /** Principal that started the execution. Default: "arn:aws:iam::123456789012:user/userName". */
    "executed-by"?: string;
  };
  "ssm.eventbridge-ec2-automation-step-status-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the Automation runbook. Default: "AWS-RestartEC2Instance". */
    "runbook"?: string;
    /** Status of the execution or step. Default: "Success". */
    "status"?: "Pending" | "InProgress" | "Waiting" | "Success" | "TimedOut" | "Cancelling" | "Cancelled" | "Failed";
    /** Name of the step. Default: "stopInstances". */
    "step-name"?: string;
    /** Action of the step. Default: "aws:changeInstanceState". */
    "action"?: string;
  };
  "ssm.eventbridge-ec2-command-invocation-status-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** The managed node. Default: "i-0123456789abcdef0". */
    "instance-id"?: string;
    /** The SSM document run. Default: "AWS-RunShellScript". */
    "document-name"?: string;
    /** Status of the command or invocation. Default: "Success". */
    "status"?: "Pending" | "InProgress" | "Delayed" | "Success" | "DeliveryTimedOut" | "ExecutionTimedOut" | "Failed" | "Canceled" | "Undeliverable" | "Terminated";
  };
  "ssm.eventbridge-ec2-command-status-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** The managed node. Default: "i-0123456789abcdef0". */
    "instance-id"?: string;
    /** The SSM document run. Default: "AWS-RunShellScript". */
    "document-name"?: string;
    /** Status of the command or invocation. Default: "Success". */
    "status"?: "Pending" | "InProgress" | "Delayed" | "Success" | "DeliveryTimedOut" | "ExecutionTimedOut" | "Failed" | "Canceled" | "Undeliverable" | "Terminated";
    /** The `commands` parameter (a list of strings). Default: ["date"]. */
    "commands"?: unknown;
  };
  "ssm.eventbridge-ec2-state-manager-association-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** The SSM document of the association. Default: "AWS-RunPatchBaseline". */
    "document-name"?: string;
    /** A managed node the association targets. Default: "i-0123456789abcdef0". */
    "instance-id"?: string;
    /** Status of the association. Default: "Success". */
    "status"?: "Success" | "Failed" | "Pending";
  };
  "ssm.eventbridge-ec2-state-manager-instance-association-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** The SSM document of the association. Default: "AWS-RunPatchBaseline". */
    "document-name"?: string;
    /** A managed node the association targets. Default: "i-0123456789abcdef0". */
    "instance-id"?: string;
    /** Status of the association. Default: "Success". */
    "status"?: "Success" | "Failed" | "Pending";
  };
  "ssm.eventbridge-maintenance-window-execution-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Id of the maintenance window. Default: "mw-0c50858d01EXAMPLE". */
    "window-id"?: string;
    /** Status of the run. Default: "SUCCESS". */
    "status"?: "PENDING" | "IN_PROGRESS" | "SUCCESS" | "FAILED" | "TIMED_OUT" | "CANCELLING" | "CANCELLED" | "SKIPPED_OVERLAPPING";
  };
  "ssm.eventbridge-maintenance-window-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Id of the maintenance window. Default: "mw-0c50858d01EXAMPLE". */
    "window-id"?: string;
    /** The window's new state. Default: "DISABLED". */
    "status"?: "ENABLED" | "DISABLED";
  };
  "ssm.eventbridge-maintenance-window-target-registration": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Id of the maintenance window. Default: "mw-0c50858d01EXAMPLE". */
    "window-id"?: string;
    /** Registered or deregistered. Default: "REGISTERED". */
    "status"?: "REGISTERED" | "DEREGISTERED";
  };
  "ssm.eventbridge-maintenance-window-task-execution-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Id of the maintenance window. Default: "mw-0c50858d01EXAMPLE". */
    "window-id"?: string;
    /** Status of the task or invocation. Default: "SUCCESS". */
    "status"?: "IN_PROGRESS" | "SUCCESS" | "FAILED" | "TIMED_OUT";
  };
  "ssm.eventbridge-maintenance-window-task-target-invocation-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Id of the maintenance window. Default: "mw-0c50858d01EXAMPLE". */
    "window-id"?: string;
    /** Status of the task or invocation. Default: "SUCCESS". */
    "status"?: "IN_PROGRESS" | "SUCCESS" | "FAILED" | "TIMED_OUT";
    /** Owner information of the target. Default: "Owner". */
    "owner-information"?: string;
  };
  "ssm.eventbridge-parameter-store-state-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Parameter name. Default: "/app/prod/db-url". */
    "name"?: string;
    /** What happened to the parameter. Default: "Update". */
    "operation"?: "Create" | "Update" | "Delete" | "LabelParameterVersion";
    /** Parameter type. Default: "String". */
    "type"?: "String" | "StringList" | "SecureString";
  };
  "stepfunctions.eventbridge-execution-status-change": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the state machine. Default: "MyStateMachine". */
    "state-machine"?: string;
    /** Name of the execution. Default: "example-execution". */
    "execution-name"?: string;
    /** The execution status. Default: "SUCCEEDED". */
    "status"?: "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED";
    /** Execution input (sent as JSON text). Default: {}. */
    "input"?: unknown;
    /** Execution output (sent as JSON text when the status is SUCCEEDED, otherwise null). Default: "Hello World!". */
    "output"?: unknown;
    /** When the execution started. Default: "2024-03-01T11:59:58.000Z". */
    "start-time"?: string;
  };
  "tag.eventbridge-tag-change-on-resource": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Service of the tagged resource. Default: "ec2". */
    "service"?: string;
    /** Type of the tagged resource. Default: "instance". */
    "resource-type"?: string;
    /** Id of the tagged resource. Default: "i-0123456789abcdef0". */
    "resource-id"?: string;
    /** All tags after the change (a string-to-string map). Default: {"Environment":"prod","Team":"payments"}. */
    "tags"?: unknown;
    /** Keys this change added, changed or removed. Default: ["Environment"]. */
    "changed-tag-keys"?: unknown;
    /** Version of the tag set. Default: 2. */
    "version"?: number;
  };
  "transfer.identity-provider": {
    /** User name the client logged in with. Default: "bobusa". */
    "username"?: string;
    /** Password the client sent; empty for public key authentication (the field is then left out). Default: "mysecretpassword". */
    "password"?: string;
    /** Protocol of the login. Default: "SFTP". */
    "protocol"?: "SFTP" | "FTPS" | "FTP";
    /** Id of the Transfer Family server. Default: "s-1234567890abcdef0". */
    "server-id"?: string;
    /** IP address of the client. Default: "192.168.0.100". */
    "source-ip"?: string;
  };
  "transfer.identity-provider.result": {
    /** false returns {} (no Role), which denies the login. Default: true. */
    "authenticated"?: boolean;
    /** IAM role that controls the user's access. Default: "arn:aws:iam::123456789012:role/transfer-access-role-s3". */
    "role-arn"?: string;
    /** PATH uses home-directory; LOGICAL maps / to it. Default: "LOGICAL". */
    "home-directory-type"?: "PATH" | "LOGICAL";
    /** The user's directory (/bucket/path or /fs-id/path). Default: "/amzn-s3-demo-bucket/home/bobusa". */
    "home-directory"?: string;
    /** An SSH public key to return for public key authentication; empty for password authentication (PublicKeys is then left out). Default: "". */
    "public-key"?: string;
  };
  "trustedadvisor.eventbridge-check-item-refresh-notification": {
    /** AWS Region the event comes from (the event's region). Default: "us-east-1". */
    "region"?: string;
    /** Account the event comes from (the event's account). Default: "123456789012". */
    "account-id"?: string;
    /** When the event occurred (ISO 8601); the envelope carries it to the second. Default: "2024-03-01T12:00:00Z". */
    "event-time"?: string;
    /** Name of the check. Default: "Low Utilization Amazon EC2 Instances". */
    "check-name"?: string;
    /** Status of the item. Default: "WARN". */
    "status"?: "OK" | "WARN" | "ERROR";
    /** ARN of the flagged resource (empty when not a resource). Default: "arn:aws:ec2:us-east-2:123456789012:instance/i-01234567890abcdef". */
    "resource-id"?: string;
    /** The check's columns for the item (strings or null). Default: {"Region/AZ":"us-east-2a","Instance ID":"i-01234567890abcdef","Instance Type":"t2.micro","Instance Name":null,"Estimated Monthly Savings":"$9.22"}. */
    "check-item-detail"?: unknown;
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
  "workmail.message-flow": {
    /** Direction of the email flow rule. Default: "INBOUND". */
    "flow-direction"?: "INBOUND" | "OUTBOUND";
    /** The envelope's From address. Default: "from@example.com". */
    "mail-from"?: string;
    /** The user who sent the message on behalf of mail-from (left out when empty). Default: "sender@example.com". */
    "sender"?: string;
    /** The envelope's recipient. Default: "recipient1@example.com". */
    "recipient"?: string;
    /** The subject line. Default: "Hello From Amazon WorkMail!". */
    "subject"?: string;
  };
  "workmail.message-flow.result": {
    /** A recipient the message is dropped for (every other recipient gets the default action). Default: "drop-recipient@example.com". */
    "drop-recipient"?: string;
  };
}

/** One of: `CognitoCreateAuthChallengeEvent`, `CognitoCustomEmailSenderEvent`, `CognitoCustomMessageEvent`, `CognitoCustomSmsSenderEvent`, `CognitoDefineAuthChallengeEvent`, `CognitoInboundFederationEvent`, `CognitoPostAuthenticationEvent`, `CognitoPostConfirmationEvent`, `CognitoPreAuthenticationEvent`, `CognitoPreSignupEvent`, `CognitoPreTokenGenerationEvent`, `CognitoPreTokenGenerationV2Event`, `CognitoPreTokenGenerationV3Event`, `CognitoUserMigrationEvent`, `CognitoVerifyAuthChallengeResponseEvent` (a discriminated union: narrow on its constant fields). */
export type CognitoUserPoolTriggerEvent =
  | CognitoCreateAuthChallengeEvent
  | CognitoCustomEmailSenderEvent
  | CognitoCustomMessageEvent
  | CognitoCustomSmsSenderEvent
  | CognitoDefineAuthChallengeEvent
  | CognitoInboundFederationEvent
  | CognitoPostAuthenticationEvent
  | CognitoPostConfirmationEvent
  | CognitoPreAuthenticationEvent
  | CognitoPreSignupEvent
  | CognitoPreTokenGenerationEvent
  | CognitoPreTokenGenerationV2Event
  | CognitoPreTokenGenerationV3Event
  | CognitoUserMigrationEvent
  | CognitoVerifyAuthChallengeResponseEvent;

/** The `detail` of every AWS service detail type on EventBridge that the registry knows, by `detail-type`. */
export interface EventBridgeDetailTypes {
  "AWS API Call via CloudTrail": CloudTrailAwsApiCallDetail;
  "AWS Console Sign In via CloudTrail": SigninConsoleSignInDetail;
  "AWS Health Event": HealthEventDetail;
  "Calendar State Change": SsmCalendarStateChangeDetail;
  "CodeBuild Build Phase Change": CodeBuildBuildPhaseChangeDetail;
  "CodeBuild Build State Change": CodeBuildBuildStateChangeDetail;
  "CodeDeploy Deployment State-change Notification": CodeDeployDeploymentStateChangeDetail;
  "CodeDeploy Instance State-change Notification": CodeDeployInstanceStateChangeDetail;
  "CodePipeline Action Execution State Change": CodePipelineActionExecutionStateChangeDetail;
  "CodePipeline Pipeline Execution State Change": CodePipelinePipelineExecutionStateChangeDetail;
  "CodePipeline Stage Execution State Change": CodePipelineStageExecutionStateChangeDetail;
  "Configuration Compliance State Change": SsmConfigurationComplianceStateChangeDetail;
  "EC2 Automation Execution Status-change Notification": SsmEc2AutomationExecutionStatusChangeDetail;
  "EC2 Automation Step Status-change Notification": SsmEc2AutomationStepStatusChangeDetail;
  "EC2 Command Invocation Status-change Notification": SsmEc2CommandInvocationStatusChangeDetail;
  "EC2 Command Status-change Notification": SsmEc2CommandStatusChangeDetail;
  "EC2 Instance Launch Successful": AutoScalingInstanceLaunchSuccessfulDetail;
  "EC2 Instance Launch Unsuccessful": AutoScalingInstanceLaunchUnsuccessfulDetail;
  "EC2 Instance State-change Notification": Ec2InstanceStateChangeDetail;
  "EC2 Instance Terminate Successful": AutoScalingInstanceTerminateSuccessfulDetail;
  "EC2 Instance Terminate Unsuccessful": AutoScalingInstanceTerminateUnsuccessfulDetail;
  "EC2 Instance-launch Lifecycle Action": AutoScalingInstanceLaunchLifecycleActionDetail;
  "EC2 Instance-terminate Lifecycle Action": AutoScalingInstanceTerminateLifecycleActionDetail;
  "EC2 State Manager Association State Change": SsmEc2StateManagerAssociationStateChangeDetail;
  "EC2 State Manager Instance Association State Change": SsmEc2StateManagerInstanceAssociationStateChangeDetail;
  "ECR Image Action": EcrImageActionDetail;
  "ECR Image Scan": EcrImageScanDetail;
  "ECS Container Instance State Change": EcsContainerInstanceStateChangeDetail;
  "EMR Auto Scaling Policy State Change": EmrAutoScalingPolicyStateChangeDetail;
  "EMR Cluster State Change": EmrClusterStateChangeDetail;
  "EMR Instance Group State Change": EmrInstanceGroupStateChangeDetail;
  "EMR Step Status Change": EmrStepStatusChangeDetail;
  "GameLift Matchmaking Event": GameLiftAcceptMatchCompletedDetail | GameLiftAcceptMatchDetail | GameLiftMatchmakingCancelledDetail | GameLiftMatchmakingFailedDetail | GameLiftMatchmakingSearchingDetail | GameLiftMatchmakingSucceededDetail | GameLiftMatchmakingTimedOutDetail | GameLiftPotentialMatchCreatedDetail;
  "Glue Crawler State Change": GlueCrawlerFailedDetail | GlueCrawlerStartedDetail | GlueCrawlerSucceededDetail;
  "Glue Data Catalog Database State Change": GlueDataCatalogDatabaseStateChangeDetail;
  "Glue Data Catalog Table State Change": GlueDataCatalogTableStateChangeDetail;
  "Glue Job Run Status": GlueJobRunStatusDetail;
  "Glue Job State Change": GlueJobRunStateChangeDetail;
  "GuardDuty Malware Protection Object Scan Result": GuardDutyMalwareProtectionObjectScanResultDetail;
  "KMS CMK Deletion": KmsCmkEventDetail;
  "KMS CMK Rotation": KmsCmkEventDetail;
  "KMS Imported Key Material Expiration": KmsCmkEventDetail;
  "Macie Alert": MacieAlertUpdatedDetail | MacieBucketContainsHighRiskObjectAlertDetail | MacieBucketScanAlertDetail | MacieBucketWritableAlertDetail;
  "Maintenance Window Execution State-change Notification": SsmMaintenanceWindowExecutionStateChangeDetail;
  "Maintenance Window State-change Notification": SsmMaintenanceWindowStateChangeDetail;
  "Maintenance Window Target Registration Notification": SsmMaintenanceWindowTargetRegistrationDetail;
  "Maintenance Window Task Execution State-change Notification": SsmMaintenanceWindowTaskExecutionStateChangeDetail;
  "Maintenance Window Task Target Invocation State-change Notification": SsmMaintenanceWindowTaskTargetInvocationStateChangeDetail;
  "Object ACL Updated": S3EventBridgeObjectAclUpdatedDetail;
  "Object Access Tier Changed": S3EventBridgeObjectAccessTierChangedDetail;
  "Object Created": S3EventBridgeObjectCreatedDetail;
  "Object Deleted": S3EventBridgeObjectDeletedDetail;
  "Object Restore Completed": S3EventBridgeObjectRestoreCompletedDetail;
  "Object Restore Expired": S3EventBridgeObjectRestoreExpiredDetail;
  "Object Restore Initiated": S3EventBridgeObjectRestoreInitiatedDetail;
  "Object Storage Class Changed": S3EventBridgeObjectStorageClassChangedDetail;
  "Object Tags Added": S3EventBridgeObjectTagsAddedDetail;
  "Object Tags Deleted": S3EventBridgeObjectTagsDeletedDetail;
  "OpsWorks Alert": OpsWorksAlertDetail;
  "OpsWorks Command State Change": OpsWorksCommandStateChangeDetail;
  "OpsWorks Deployment State Change": OpsWorksDeploymentStateChangeDetail;
  "OpsWorks Instance State Change": OpsWorksInstanceStateChangeDetail;
  "Parameter Store Change": SsmParameterStoreStateChangeDetail;
  "Server Migration Job State Change": SmsJobStateChangeDetail;
  "Step Functions Execution Status Change": StepFunctionsExecutionStatusChangeDetail;
  "Tag Change on Resource": TagTagChangeOnResourceDetail;
  "Trusted Advisor Check Item Refresh Notification": TrustedAdvisorCheckItemRefreshNotificationDetail;
}
/**
 * An EventBridge event of any of the given detail types, for a function subscribed to several:
 * it narrows on `event['detail-type']`.
 */
export type EventBridgeEventOf<T extends keyof EventBridgeDetailTypes> = { [K in T]: EventBridgeEvent<K, EventBridgeDetailTypes[K]> }[T];
