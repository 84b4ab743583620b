// Generated from schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
import type { HandlerOf } from './handler.js';

/** Handler of `alb.request`: Application Load Balancer request to a Lambda target. @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html */
export type AlbRequestHandler = HandlerOf<"alb.request">;
/** Handler of `alexa.skill`: Alexa Skills Kit request. @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html */
export type AlexaSkillHandler = HandlerOf<"alexa.skill">;
/** Handler of `alexa.smart-home`: Alexa Smart Home directive. @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html */
export type AlexaSmartHomeHandler = HandlerOf<"alexa.smart-home">;
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
/** Handler of `autoscaling.custom-termination-policy`: Amazon EC2 Auto Scaling custom termination policy request. @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html */
export type AutoScalingCustomTerminationPolicyHandler = HandlerOf<"autoscaling.custom-termination-policy">;
/** Handler of `autoscaling.eventbridge-instance-launch-lifecycle-action`: Amazon EC2 Auto Scaling EC2 Instance-launch Lifecycle Action via EventBridge. @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html */
export type AutoScalingEventBridgeInstanceLaunchLifecycleActionHandler = HandlerOf<"autoscaling.eventbridge-instance-launch-lifecycle-action">;
/** Handler of `autoscaling.eventbridge-instance-launch-successful`: Amazon EC2 Auto Scaling EC2 Instance Launch Successful via EventBridge. @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html */
export type AutoScalingEventBridgeInstanceLaunchSuccessfulHandler = HandlerOf<"autoscaling.eventbridge-instance-launch-successful">;
/** Handler of `autoscaling.eventbridge-instance-launch-unsuccessful`: Amazon EC2 Auto Scaling EC2 Instance Launch Unsuccessful via EventBridge. @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html */
export type AutoScalingEventBridgeInstanceLaunchUnsuccessfulHandler = HandlerOf<"autoscaling.eventbridge-instance-launch-unsuccessful">;
/** Handler of `autoscaling.eventbridge-instance-terminate-lifecycle-action`: Amazon EC2 Auto Scaling EC2 Instance-terminate Lifecycle Action via EventBridge. @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html */
export type AutoScalingEventBridgeInstanceTerminateLifecycleActionHandler = HandlerOf<"autoscaling.eventbridge-instance-terminate-lifecycle-action">;
/** Handler of `autoscaling.eventbridge-instance-terminate-successful`: Amazon EC2 Auto Scaling EC2 Instance Terminate Successful via EventBridge. @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html */
export type AutoScalingEventBridgeInstanceTerminateSuccessfulHandler = HandlerOf<"autoscaling.eventbridge-instance-terminate-successful">;
/** Handler of `autoscaling.eventbridge-instance-terminate-unsuccessful`: Amazon EC2 Auto Scaling EC2 Instance Terminate Unsuccessful via EventBridge. @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html */
export type AutoScalingEventBridgeInstanceTerminateUnsuccessfulHandler = HandlerOf<"autoscaling.eventbridge-instance-terminate-unsuccessful">;
/** Handler of `bedrock.agent-action`: Amazon Bedrock agent action group invocation (OpenAPI schema). @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html */
export type BedrockAgentActionHandler = HandlerOf<"bedrock.agent-action">;
/** Handler of `bedrock.agent-function`: Amazon Bedrock agent action group invocation (function details). @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html */
export type BedrockAgentFunctionHandler = HandlerOf<"bedrock.agent-function">;
/** Handler of `cdk.provider-is-complete`: CDK Provider framework isComplete request. @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html */
export type CdkProviderIsCompleteHandler = HandlerOf<"cdk.provider-is-complete">;
/** Handler of `cdk.provider-on-event`: CDK Provider framework onEvent request. @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html */
export type CdkProviderOnEventHandler = HandlerOf<"cdk.provider-on-event">;
/** Handler of `chime.bot`: Amazon Chime chat bot event. @see https://docs.aws.amazon.com/chime/latest/ag/events-bots.html */
export type ChimeBotHandler = HandlerOf<"chime.bot">;
/** Handler of `clientvpn.connection-handler`: AWS Client VPN client connect handler request. @see https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html */
export type ClientVpnConnectionHandlerHandler = HandlerOf<"clientvpn.connection-handler">;
/** Handler of `cloudformation.custom-resource`: CloudFormation custom resource request. @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html */
export type CloudFormationCustomResourceHandler = HandlerOf<"cloudformation.custom-resource">;
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
/** Handler of `cloudtrail.eventbridge-aws-api-call`: AWS API Call via CloudTrail (EventBridge). @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html */
export type CloudTrailEventBridgeAwsApiCallHandler = HandlerOf<"cloudtrail.eventbridge-aws-api-call">;
/** Handler of `cloudwatch.alarm`: Amazon CloudWatch alarm Lambda action. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-actions-Lambda.html */
export type CloudWatchAlarmHandler = HandlerOf<"cloudwatch.alarm">;
/** Handler of `cloudwatch.alarm-sns-message`: CloudWatch alarm notification in an SNS message. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html */
export type CloudWatchAlarmSnsMessageHandler = HandlerOf<"cloudwatch.alarm-sns-message">;
/** Handler of `cloudwatch.dashboard-custom-widget`: CloudWatch dashboard custom widget request. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html */
export type CloudWatchDashboardCustomWidgetHandler = HandlerOf<"cloudwatch.dashboard-custom-widget">;
/** Handler of `cloudwatch.logs`: Amazon CloudWatch Logs subscription event. @see https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html */
export type CloudWatchLogsHandler = HandlerOf<"cloudwatch.logs">;
/** Handler of `cloudwatch.logs-data`: Decoded CloudWatch Logs subscription data. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html */
export type CloudWatchLogsDataHandler = HandlerOf<"cloudwatch.logs-data">;
/** Handler of `cloudwatch.logs-data-in-firehose`: CloudWatch Logs data in a Firehose transformation batch. @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html */
export type CloudWatchLogsDataInFirehoseHandler = HandlerOf<"cloudwatch.logs-data-in-firehose">;
/** Handler of `cloudwatch.logs-data-in-kinesis`: CloudWatch Logs data in a Kinesis batch. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html */
export type CloudWatchLogsDataInKinesisHandler = HandlerOf<"cloudwatch.logs-data-in-kinesis">;
/** Handler of `codebuild.eventbridge-build-phase-change`: AWS CodeBuild Build Phase Change via EventBridge. @see https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html#sample-build-notifications-ref */
export type CodeBuildEventBridgeBuildPhaseChangeHandler = HandlerOf<"codebuild.eventbridge-build-phase-change">;
/** Handler of `codebuild.eventbridge-build-state-change`: AWS CodeBuild Build State Change via EventBridge. @see https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html#sample-build-notifications-ref */
export type CodeBuildEventBridgeBuildStateChangeHandler = HandlerOf<"codebuild.eventbridge-build-state-change">;
/** Handler of `codecommit.trigger`: AWS CodeCommit repository trigger. @see https://docs.aws.amazon.com/lambda/latest/dg/services-codecommit.html */
export type CodeCommitTriggerHandler = HandlerOf<"codecommit.trigger">;
/** Handler of `codedeploy.eventbridge-deployment-state-change`: AWS CodeDeploy Deployment State-change Notification via EventBridge. @see https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html */
export type CodeDeployEventBridgeDeploymentStateChangeHandler = HandlerOf<"codedeploy.eventbridge-deployment-state-change">;
/** Handler of `codedeploy.eventbridge-instance-state-change`: AWS CodeDeploy Instance State-change Notification via EventBridge. @see https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html */
export type CodeDeployEventBridgeInstanceStateChangeHandler = HandlerOf<"codedeploy.eventbridge-instance-state-change">;
/** Handler of `codedeploy.lifecycle-hook`: CodeDeploy lifecycle event hook invocation. @see https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html */
export type CodeDeployLifecycleHookHandler = HandlerOf<"codedeploy.lifecycle-hook">;
/** Handler of `codepipeline.eventbridge-action-execution-state-change`: AWS CodePipeline Action Execution State Change via EventBridge. @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html */
export type CodePipelineEventBridgeActionExecutionStateChangeHandler = HandlerOf<"codepipeline.eventbridge-action-execution-state-change">;
/** Handler of `codepipeline.eventbridge-pipeline-execution-state-change`: AWS CodePipeline Pipeline Execution State Change via EventBridge. @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html */
export type CodePipelineEventBridgePipelineExecutionStateChangeHandler = HandlerOf<"codepipeline.eventbridge-pipeline-execution-state-change">;
/** Handler of `codepipeline.eventbridge-stage-execution-state-change`: AWS CodePipeline Stage Execution State Change via EventBridge. @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html */
export type CodePipelineEventBridgeStageExecutionStateChangeHandler = HandlerOf<"codepipeline.eventbridge-stage-execution-state-change">;
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
/** Handler of `connect.contact-flow`: Amazon Connect flow Lambda invocation. @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html */
export type ConnectContactFlowHandler = HandlerOf<"connect.contact-flow">;
/** Handler of `connect.outbound-campaigns`: Amazon Connect outbound campaigns custom action. @see https://docs.aws.amazon.com/connect/latest/adminguide/lambda-invoke-functions.html */
export type ConnectOutboundCampaignsHandler = HandlerOf<"connect.outbound-campaigns">;
/** Handler of `documentdb.change-stream`: Amazon DocumentDB change stream batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html */
export type DocumentDbChangeStreamHandler = HandlerOf<"documentdb.change-stream">;
/** Handler of `dynamodb.stream-batch`: Amazon DynamoDB Streams batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html */
export type DynamoDbStreamBatchHandler = HandlerOf<"dynamodb.stream-batch">;
/** Handler of `dynamodb.stream-record-in-kinesis`: DynamoDB change records in a Kinesis batch. @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html */
export type DynamoDbStreamRecordInKinesisHandler = HandlerOf<"dynamodb.stream-record-in-kinesis">;
/** Handler of `dynamodb.stream-tumbling-window`: Amazon DynamoDB Streams batch with tumbling window. @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html */
export type DynamoDbStreamTumblingWindowHandler = HandlerOf<"dynamodb.stream-tumbling-window">;
/** Handler of `ec2.eventbridge-instance-state-change`: Amazon EC2 Instance State-change Notification via EventBridge. @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instance-state-changes.html */
export type Ec2EventBridgeInstanceStateChangeHandler = HandlerOf<"ec2.eventbridge-instance-state-change">;
/** Handler of `ecr.eventbridge-image-action`: Amazon ECR Image Action via EventBridge. @see https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html */
export type EcrEventBridgeImageActionHandler = HandlerOf<"ecr.eventbridge-image-action">;
/** Handler of `ecr.eventbridge-image-scan`: Amazon ECR Image Scan via EventBridge. @see https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html */
export type EcrEventBridgeImageScanHandler = HandlerOf<"ecr.eventbridge-image-scan">;
/** Handler of `ecs.eventbridge-container-instance-state-change`: Amazon ECS Container Instance State Change via EventBridge. @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_container_instance_events.html */
export type EcsEventBridgeContainerInstanceStateChangeHandler = HandlerOf<"ecs.eventbridge-container-instance-state-change">;
/** Handler of `emr.eventbridge-auto-scaling-policy-state-change`: Amazon EMR Auto Scaling Policy State Change via EventBridge. @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html */
export type EmrEventBridgeAutoScalingPolicyStateChangeHandler = HandlerOf<"emr.eventbridge-auto-scaling-policy-state-change">;
/** Handler of `emr.eventbridge-cluster-state-change`: Amazon EMR Cluster State Change via EventBridge. @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html */
export type EmrEventBridgeClusterStateChangeHandler = HandlerOf<"emr.eventbridge-cluster-state-change">;
/** Handler of `emr.eventbridge-instance-group-state-change`: Amazon EMR Instance Group State Change via EventBridge. @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html */
export type EmrEventBridgeInstanceGroupStateChangeHandler = HandlerOf<"emr.eventbridge-instance-group-state-change">;
/** Handler of `emr.eventbridge-step-status-change`: Amazon EMR Step Status Change via EventBridge. @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html */
export type EmrEventBridgeStepStatusChangeHandler = HandlerOf<"emr.eventbridge-step-status-change">;
/** Handler of `eventbridge.event`: Amazon EventBridge event. @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html */
export type EventBridgeEventHandler = HandlerOf<"eventbridge.event">;
/** Handler of `eventbridge.scheduled`: Amazon EventBridge scheduled event. @see https://docs.aws.amazon.com/eventbridge/latest/userguide/event-reference.html */
export type EventBridgeScheduledHandler = HandlerOf<"eventbridge.scheduled">;
/** Handler of `firehose.transformation`: Amazon Data Firehose data transformation invocation. @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html */
export type FirehoseTransformationHandler = HandlerOf<"firehose.transformation">;
/** Handler of `gamelift.eventbridge-accept-match`: Amazon GameLift FlexMatch AcceptMatch event via EventBridge. @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html */
export type GameLiftEventBridgeAcceptMatchHandler = HandlerOf<"gamelift.eventbridge-accept-match">;
/** Handler of `gamelift.eventbridge-accept-match-completed`: Amazon GameLift FlexMatch AcceptMatchCompleted event via EventBridge. @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html */
export type GameLiftEventBridgeAcceptMatchCompletedHandler = HandlerOf<"gamelift.eventbridge-accept-match-completed">;
/** Handler of `gamelift.eventbridge-matchmaking-cancelled`: Amazon GameLift FlexMatch MatchmakingCancelled event via EventBridge. @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html */
export type GameLiftEventBridgeMatchmakingCancelledHandler = HandlerOf<"gamelift.eventbridge-matchmaking-cancelled">;
/** Handler of `gamelift.eventbridge-matchmaking-failed`: Amazon GameLift FlexMatch MatchmakingFailed event via EventBridge. @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html */
export type GameLiftEventBridgeMatchmakingFailedHandler = HandlerOf<"gamelift.eventbridge-matchmaking-failed">;
/** Handler of `gamelift.eventbridge-matchmaking-searching`: Amazon GameLift FlexMatch MatchmakingSearching event via EventBridge. @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html */
export type GameLiftEventBridgeMatchmakingSearchingHandler = HandlerOf<"gamelift.eventbridge-matchmaking-searching">;
/** Handler of `gamelift.eventbridge-matchmaking-succeeded`: Amazon GameLift FlexMatch MatchmakingSucceeded event via EventBridge. @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html */
export type GameLiftEventBridgeMatchmakingSucceededHandler = HandlerOf<"gamelift.eventbridge-matchmaking-succeeded">;
/** Handler of `gamelift.eventbridge-matchmaking-timed-out`: Amazon GameLift FlexMatch MatchmakingTimedOut event via EventBridge. @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html */
export type GameLiftEventBridgeMatchmakingTimedOutHandler = HandlerOf<"gamelift.eventbridge-matchmaking-timed-out">;
/** Handler of `gamelift.eventbridge-potential-match-created`: Amazon GameLift FlexMatch PotentialMatchCreated event via EventBridge. @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html */
export type GameLiftEventBridgePotentialMatchCreatedHandler = HandlerOf<"gamelift.eventbridge-potential-match-created">;
/** Handler of `glue.eventbridge-crawler-failed`: AWS Glue crawler failed event via EventBridge. @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html */
export type GlueEventBridgeCrawlerFailedHandler = HandlerOf<"glue.eventbridge-crawler-failed">;
/** Handler of `glue.eventbridge-crawler-started`: AWS Glue crawler started event via EventBridge. @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html */
export type GlueEventBridgeCrawlerStartedHandler = HandlerOf<"glue.eventbridge-crawler-started">;
/** Handler of `glue.eventbridge-crawler-succeeded`: AWS Glue crawler succeeded event via EventBridge. @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html */
export type GlueEventBridgeCrawlerSucceededHandler = HandlerOf<"glue.eventbridge-crawler-succeeded">;
/** Handler of `glue.eventbridge-data-catalog-database-state-change`: AWS Glue Data Catalog Database State Change event via EventBridge. @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html */
export type GlueEventBridgeDataCatalogDatabaseStateChangeHandler = HandlerOf<"glue.eventbridge-data-catalog-database-state-change">;
/** Handler of `glue.eventbridge-data-catalog-table-state-change`: AWS Glue Data Catalog Table State Change event via EventBridge. @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html */
export type GlueEventBridgeDataCatalogTableStateChangeHandler = HandlerOf<"glue.eventbridge-data-catalog-table-state-change">;
/** Handler of `glue.eventbridge-job-run-state-change`: AWS Glue Job State Change via EventBridge. @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html */
export type GlueEventBridgeJobRunStateChangeHandler = HandlerOf<"glue.eventbridge-job-run-state-change">;
/** Handler of `glue.eventbridge-job-run-status`: AWS Glue Job Run Status event via EventBridge. @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html */
export type GlueEventBridgeJobRunStatusHandler = HandlerOf<"glue.eventbridge-job-run-status">;
/** Handler of `guardduty.eventbridge-malware-protection-object-scan-result`: Amazon GuardDuty Malware Protection for S3 Object Scan Result via EventBridge. @see https://docs.aws.amazon.com/guardduty/latest/ug/monitor-with-eventbridge-s3-malware-protection.html */
export type GuardDutyEventBridgeMalwareProtectionObjectScanResultHandler = HandlerOf<"guardduty.eventbridge-malware-protection-object-scan-result">;
/** Handler of `health.eventbridge-event`: AWS Health event via EventBridge. @see https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html */
export type HealthEventBridgeEventHandler = HandlerOf<"health.eventbridge-event">;
/** Handler of `iot.button`: AWS IoT Button click. @see https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html */
export type IoTButtonHandler = HandlerOf<"iot.button">;
/** Handler of `iot.custom-authorizer`: AWS IoT Core custom authorizer request. @see https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html */
export type IoTCustomAuthorizerHandler = HandlerOf<"iot.custom-authorizer">;
/** Handler of `iot.one-click`: AWS IoT 1-Click device event. @see https://docs.aws.amazon.com/iot-1-click/latest/developerguide/1click-events.html */
export type IoTOneClickHandler = HandlerOf<"iot.one-click">;
/** Handler of `iot.preprovisioning-hook`: AWS IoT fleet provisioning pre-provisioning hook request. @see https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html */
export type IoTPreProvisioningHookHandler = HandlerOf<"iot.preprovisioning-hook">;
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
/** Handler of `kinesis-analytics.output-delivery`: Kinesis Data Analytics (SQL) Lambda output delivery invocation. @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html */
export type KinesisAnalyticsOutputDeliveryHandler = HandlerOf<"kinesis-analytics.output-delivery">;
/** Handler of `kinesis-analytics.preprocessing`: Kinesis Data Analytics (SQL) input preprocessing invocation. @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html */
export type KinesisAnalyticsPreprocessingHandler = HandlerOf<"kinesis-analytics.preprocessing">;
/** Handler of `kinesis.stream-batch`: Amazon Kinesis Data Streams batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html */
export type KinesisStreamBatchHandler = HandlerOf<"kinesis.stream-batch">;
/** Handler of `kinesis.stream-tumbling-window`: Amazon Kinesis Data Streams batch with tumbling window. @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html */
export type KinesisStreamTumblingWindowHandler = HandlerOf<"kinesis.stream-tumbling-window">;
/** Handler of `kms.eventbridge-cmk-event`: AWS KMS key lifecycle event via EventBridge. @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-events.html */
export type KmsEventBridgeCmkEventHandler = HandlerOf<"kms.eventbridge-cmk-event">;
/** Handler of `lambda.destination-record`: Lambda asynchronous invocation record (Lambda destination). @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html */
export type LambdaDestinationRecordHandler = HandlerOf<"lambda.destination-record">;
/** Handler of `lambda.function-url`: Lambda function URL request. @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html */
export type LambdaFunctionUrlHandler = HandlerOf<"lambda.function-url">;
/** Handler of `lex.v1`: Amazon Lex V1 code hook input. @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html */
export type LexV1Handler = HandlerOf<"lex.v1">;
/** Handler of `lex.v2`: Amazon Lex V2 code hook input. @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html */
export type LexV2Handler = HandlerOf<"lex.v2">;
/** Handler of `macie.eventbridge-alert-updated`: Amazon Macie Classic alert updated via EventBridge. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types */
export type MacieEventBridgeAlertUpdatedHandler = HandlerOf<"macie.eventbridge-alert-updated">;
/** Handler of `macie.eventbridge-bucket-contains-high-risk-object-alert`: Amazon Macie Classic high-risk object alert via EventBridge. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types */
export type MacieEventBridgeBucketContainsHighRiskObjectAlertHandler = HandlerOf<"macie.eventbridge-bucket-contains-high-risk-object-alert">;
/** Handler of `macie.eventbridge-bucket-scan-alert`: Amazon Macie Classic bucket scan alert via EventBridge. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types */
export type MacieEventBridgeBucketScanAlertHandler = HandlerOf<"macie.eventbridge-bucket-scan-alert">;
/** Handler of `macie.eventbridge-bucket-writable-alert`: Amazon Macie Classic bucket writable alert via EventBridge. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types */
export type MacieEventBridgeBucketWritableAlertHandler = HandlerOf<"macie.eventbridge-bucket-writable-alert">;
/** Handler of `mq.activemq`: Amazon MQ for ActiveMQ batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html */
export type MqActiveMqHandler = HandlerOf<"mq.activemq">;
/** Handler of `mq.rabbitmq`: Amazon MQ for RabbitMQ batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html */
export type MqRabbitMqHandler = HandlerOf<"mq.rabbitmq">;
/** Handler of `opsworks.eventbridge-alert`: AWS OpsWorks Stacks alert via EventBridge. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types */
export type OpsWorksEventBridgeAlertHandler = HandlerOf<"opsworks.eventbridge-alert">;
/** Handler of `opsworks.eventbridge-command-state-change`: AWS OpsWorks Stacks command state change via EventBridge. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types */
export type OpsWorksEventBridgeCommandStateChangeHandler = HandlerOf<"opsworks.eventbridge-command-state-change">;
/** Handler of `opsworks.eventbridge-deployment-state-change`: AWS OpsWorks Stacks deployment state change via EventBridge. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types */
export type OpsWorksEventBridgeDeploymentStateChangeHandler = HandlerOf<"opsworks.eventbridge-deployment-state-change">;
/** Handler of `opsworks.eventbridge-instance-state-change`: AWS OpsWorks Stacks instance state change via EventBridge. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types */
export type OpsWorksEventBridgeInstanceStateChangeHandler = HandlerOf<"opsworks.eventbridge-instance-state-change">;
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
/** Handler of `sagemaker.ground-truth-annotation-consolidation`: SageMaker Ground Truth annotation consolidation request. @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html */
export type SageMakerGroundTruthAnnotationConsolidationHandler = HandlerOf<"sagemaker.ground-truth-annotation-consolidation">;
/** Handler of `sagemaker.ground-truth-pre-human-task`: SageMaker Ground Truth pre-annotation request. @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html */
export type SageMakerGroundTruthPreHumanTaskHandler = HandlerOf<"sagemaker.ground-truth-pre-human-task">;
/** Handler of `secretsmanager.rotation`: AWS Secrets Manager rotation step. @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda.html */
export type SecretsManagerRotationHandler = HandlerOf<"secretsmanager.rotation">;
/** Handler of `ses.receipt`: Amazon SES email receiving Lambda action. @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html */
export type SesReceiptHandler = HandlerOf<"ses.receipt">;
/** Handler of `signin.eventbridge-console-sign-in`: AWS Console Sign In via CloudTrail (EventBridge). @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html */
export type SigninEventBridgeConsoleSignInHandler = HandlerOf<"signin.eventbridge-console-sign-in">;
/** Handler of `sms.eventbridge-job-state-change`: AWS Server Migration Service job state change via EventBridge. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#server-migration-service-event-types */
export type SmsEventBridgeJobStateChangeHandler = HandlerOf<"sms.eventbridge-job-state-change">;
/** Handler of `sns.notification`: Amazon SNS notification. @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html */
export type SnsNotificationHandler = HandlerOf<"sns.notification">;
/** Handler of `sns.notification-in-sqs`: SNS notifications in an SQS batch. @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html */
export type SnsNotificationInSqsHandler = HandlerOf<"sns.notification-in-sqs">;
/** Handler of `sqs.batch`: Amazon SQS message batch. @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html */
export type SqsBatchHandler = HandlerOf<"sqs.batch">;
/** Handler of `sqs.message-in-firehose`: SQS messages in a Firehose transformation batch. @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html */
export type SqsMessageInFirehoseHandler = HandlerOf<"sqs.message-in-firehose">;
/** Handler of `ssm.eventbridge-calendar-state-change`: AWS Systems Manager Change Calendar state change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeCalendarStateChangeHandler = HandlerOf<"ssm.eventbridge-calendar-state-change">;
/** Handler of `ssm.eventbridge-configuration-compliance-state-change`: AWS Systems Manager configuration compliance state change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeConfigurationComplianceStateChangeHandler = HandlerOf<"ssm.eventbridge-configuration-compliance-state-change">;
/** Handler of `ssm.eventbridge-ec2-automation-execution-status-change`: AWS Systems Manager Automation execution status change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeEc2AutomationExecutionStatusChangeHandler = HandlerOf<"ssm.eventbridge-ec2-automation-execution-status-change">;
/** Handler of `ssm.eventbridge-ec2-automation-step-status-change`: AWS Systems Manager Automation step status change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeEc2AutomationStepStatusChangeHandler = HandlerOf<"ssm.eventbridge-ec2-automation-step-status-change">;
/** Handler of `ssm.eventbridge-ec2-command-invocation-status-change`: AWS Systems Manager Run Command invocation status change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeEc2CommandInvocationStatusChangeHandler = HandlerOf<"ssm.eventbridge-ec2-command-invocation-status-change">;
/** Handler of `ssm.eventbridge-ec2-command-status-change`: AWS Systems Manager Run Command status change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeEc2CommandStatusChangeHandler = HandlerOf<"ssm.eventbridge-ec2-command-status-change">;
/** Handler of `ssm.eventbridge-ec2-state-manager-association-state-change`: AWS Systems Manager State Manager association state change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeEc2StateManagerAssociationStateChangeHandler = HandlerOf<"ssm.eventbridge-ec2-state-manager-association-state-change">;
/** Handler of `ssm.eventbridge-ec2-state-manager-instance-association-state-change`: AWS Systems Manager State Manager instance association state change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeEc2StateManagerInstanceAssociationStateChangeHandler = HandlerOf<"ssm.eventbridge-ec2-state-manager-instance-association-state-change">;
/** Handler of `ssm.eventbridge-maintenance-window-execution-state-change`: AWS Systems Manager maintenance window execution state change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeMaintenanceWindowExecutionStateChangeHandler = HandlerOf<"ssm.eventbridge-maintenance-window-execution-state-change">;
/** Handler of `ssm.eventbridge-maintenance-window-state-change`: AWS Systems Manager maintenance window state change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeMaintenanceWindowStateChangeHandler = HandlerOf<"ssm.eventbridge-maintenance-window-state-change">;
/** Handler of `ssm.eventbridge-maintenance-window-target-registration`: AWS Systems Manager maintenance window target registration via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeMaintenanceWindowTargetRegistrationHandler = HandlerOf<"ssm.eventbridge-maintenance-window-target-registration">;
/** Handler of `ssm.eventbridge-maintenance-window-task-execution-state-change`: AWS Systems Manager maintenance window task execution state change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeMaintenanceWindowTaskExecutionStateChangeHandler = HandlerOf<"ssm.eventbridge-maintenance-window-task-execution-state-change">;
/** Handler of `ssm.eventbridge-maintenance-window-task-target-invocation-state-change`: AWS Systems Manager maintenance window task target invocation state change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeMaintenanceWindowTaskTargetInvocationStateChangeHandler = HandlerOf<"ssm.eventbridge-maintenance-window-task-target-invocation-state-change">;
/** Handler of `ssm.eventbridge-parameter-store-state-change`: AWS Systems Manager Parameter Store change via EventBridge. @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html */
export type SsmEventBridgeParameterStoreStateChangeHandler = HandlerOf<"ssm.eventbridge-parameter-store-state-change">;
/** Handler of `stepfunctions.eventbridge-execution-status-change`: AWS Step Functions Execution Status Change event via EventBridge. @see https://docs.aws.amazon.com/step-functions/latest/dg/cw-events.html */
export type StepFunctionsEventBridgeExecutionStatusChangeHandler = HandlerOf<"stepfunctions.eventbridge-execution-status-change">;
/** Handler of `tag.eventbridge-tag-change-on-resource`: Tag Change on Resource event via EventBridge. @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#tag-event-types */
export type TagEventBridgeTagChangeOnResourceHandler = HandlerOf<"tag.eventbridge-tag-change-on-resource">;
/** Handler of `transfer.identity-provider`: AWS Transfer Family custom identity provider request. @see https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html */
export type TransferIdentityProviderHandler = HandlerOf<"transfer.identity-provider">;
/** Handler of `trustedadvisor.eventbridge-check-item-refresh-notification`: AWS Trusted Advisor Check Item Refresh Notification via EventBridge. @see https://docs.aws.amazon.com/awssupport/latest/user/cloudwatch-events-ta.html */
export type TrustedAdvisorEventBridgeCheckItemRefreshNotificationHandler = HandlerOf<"trustedadvisor.eventbridge-check-item-refresh-notification">;
/** Handler of `vpc-lattice.request-v1`: Amazon VPC Lattice request to a Lambda target (event structure V1). @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html */
export type VpcLatticeRequestV1Handler = HandlerOf<"vpc-lattice.request-v1">;
/** Handler of `vpc-lattice.request-v2`: Amazon VPC Lattice request to a Lambda target (event structure V2). @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html */
export type VpcLatticeRequestV2Handler = HandlerOf<"vpc-lattice.request-v2">;
/** Handler of `workmail.message-flow`: Amazon WorkMail email flow rule (Run Lambda) event. @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html */
export type WorkMailMessageFlowHandler = HandlerOf<"workmail.message-flow">;
