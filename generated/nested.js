// Generated from generator/runtime/nested.ts and schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/carried.ts
import { gunzipSync } from "node:zlib";

// generator/runtime/pointer.ts
var escapeToken = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
var unescapeToken = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
var tokens = (pointer) => pointer.split("/").slice(1).map(unescapeToken);

// generator/runtime/carried.ts
var own = Object.prototype.hasOwnProperty;
function valuesAt(root, at) {
  const segments = tokens(at);
  let frontier = [{ pointer: "", value: root }];
  for (const segment of segments) {
    const next = [];
    for (const { pointer, value } of frontier) {
      if (segment === "*" && Array.isArray(value)) value.forEach((v, i) => next.push({ pointer: `${pointer}/${i}`, value: v }));
      else if (value !== null && typeof value === "object" && own.call(value, segment))
        next.push({ pointer: `${pointer}/${escapeToken(segment)}`, value: value[segment] });
    }
    frontier = next;
  }
  return frontier;
}
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function decodeValue(input, steps, maxBytes = 256 * 1024 * 1024) {
  let current = input;
  for (const step of steps) {
    try {
      if (step === "base64") {
        if (typeof current !== "string") return { error: "expected a base64 string" };
        if (current.length % 4 !== 0 || !BASE64.test(current)) return { error: "is not valid base64" };
        current = Buffer.from(current, "base64");
      } else if (step === "gzip") {
        if (!(current instanceof Uint8Array)) return { error: "expected bytes to gunzip" };
        current = gunzipSync(current, { maxOutputLength: maxBytes });
      } else {
        const text = current instanceof Uint8Array ? new TextDecoder("utf-8", { fatal: true }).decode(current) : current;
        if (typeof text !== "string") return { error: "expected JSON text" };
        current = JSON.parse(text);
      }
    } catch (error) {
      return { error: `${step} decoding failed: ${error.message}` };
    }
  }
  return { value: current };
}
function carried(root, at, steps) {
  return valuesAt(root, at).map(({ pointer, value }) => ({ pointer, ...decodeValue(value, steps) }));
}

// generator/runtime/registry-data.ts
var CARRIES = { "cloudformation.custom-resource-in-sns": [{ "at": "/Records/*/Sns/Message", "decode": ["json"] }], "cloudwatch.logs": [{ "at": "/awslogs/data", "decode": ["base64", "gzip", "json"] }], "cloudwatch.logs-data-in-firehose": [{ "at": "/records/*/data", "decode": ["base64", "gzip", "json"] }], "cloudwatch.logs-data-in-kinesis": [{ "at": "/Records/*/kinesis/data", "decode": ["base64", "gzip", "json"] }], "dynamodb.stream-record-in-kinesis": [{ "at": "/Records/*/kinesis/data", "decode": ["base64", "json"] }], "s3.notification-in-sqs": [{ "at": "/Records/*/body", "decode": ["json"] }], "sns.notification-in-sqs": [{ "at": "/Records/*/body", "decode": ["json"] }], "sqs.message-in-firehose": [{ "at": "/records/*/data", "decode": ["base64", "json"] }] };
var IDS = Object.freeze(["alb.request", "alb.request.result", "alexa.skill", "alexa.skill.result", "alexa.smart-home", "alexa.smart-home.result", "amplify.graphql-resolver", "apigateway.http-authorizer-v1", "apigateway.http-authorizer-v1.result", "apigateway.http-authorizer-v2", "apigateway.http-authorizer-v2.result", "apigateway.http-proxy-v1", "apigateway.http-proxy-v1.result", "apigateway.http-proxy-v2", "apigateway.http-proxy-v2.result", "apigateway.request-authorizer", "apigateway.request-authorizer.result", "apigateway.rest-proxy", "apigateway.rest-proxy-streaming.result", "apigateway.rest-proxy.result", "apigateway.token-authorizer", "apigateway.token-authorizer.result", "apigateway.websocket", "apigateway.websocket-authorizer", "apigateway.websocket.result", "appsync.authorizer", "appsync.authorizer.result", "appsync.batch-resolver", "appsync.events", "appsync.events.result", "appsync.resolver", "autoscaling.custom-termination-policy", "autoscaling.custom-termination-policy.result", "autoscaling.eventbridge-instance-launch-lifecycle-action", "autoscaling.eventbridge-instance-launch-successful", "autoscaling.eventbridge-instance-launch-unsuccessful", "autoscaling.eventbridge-instance-terminate-lifecycle-action", "autoscaling.eventbridge-instance-terminate-successful", "autoscaling.eventbridge-instance-terminate-unsuccessful", "bedrock.agent-action", "bedrock.agent-action.result", "bedrock.agent-function", "bedrock.agent-function.result", "cdk.provider-is-complete", "cdk.provider-is-complete.result", "cdk.provider-on-event", "cdk.provider-on-event.result", "chime.bot", "clientvpn.connection-handler", "clientvpn.connection-handler.result", "cloudformation.custom-resource", "cloudformation.custom-resource-in-sns", "cloudformation.custom-resource.result", "cloudfront.origin-request", "cloudfront.origin-request.result", "cloudfront.origin-response", "cloudfront.origin-response.result", "cloudfront.viewer-request", "cloudfront.viewer-request.result", "cloudfront.viewer-response", "cloudfront.viewer-response.result", "cloudtrail.eventbridge-aws-api-call", "cloudwatch.alarm", "cloudwatch.alarm-sns-message", "cloudwatch.dashboard-custom-widget", "cloudwatch.dashboard-custom-widget.result", "cloudwatch.logs", "cloudwatch.logs-data", "cloudwatch.logs-data-in-firehose", "cloudwatch.logs-data-in-kinesis", "codebuild.eventbridge-build-phase-change", "codebuild.eventbridge-build-state-change", "codecommit.trigger", "codedeploy.eventbridge-deployment-state-change", "codedeploy.eventbridge-instance-state-change", "codedeploy.lifecycle-hook", "codepipeline.eventbridge-action-execution-state-change", "codepipeline.eventbridge-pipeline-execution-state-change", "codepipeline.eventbridge-stage-execution-state-change", "codepipeline.job", "cognito.create-auth-challenge", "cognito.custom-email-sender", "cognito.custom-message", "cognito.custom-sms-sender", "cognito.define-auth-challenge", "cognito.inbound-federation", "cognito.post-authentication", "cognito.post-confirmation", "cognito.pre-authentication", "cognito.pre-signup", "cognito.pre-token-generation", "cognito.pre-token-generation-v2", "cognito.pre-token-generation-v3", "cognito.sync-trigger", "cognito.user-migration", "cognito.verify-auth-challenge-response", "config.rule", "connect.contact-flow", "connect.contact-flow.result", "connect.outbound-campaigns", "documentdb.change-stream", "dynamodb.stream-batch", "dynamodb.stream-batch.result", "dynamodb.stream-record-in-kinesis", "dynamodb.stream-tumbling-window", "dynamodb.stream-tumbling-window.result", "ec2.eventbridge-instance-state-change", "ecr.eventbridge-image-action", "ecr.eventbridge-image-scan", "ecs.eventbridge-container-instance-state-change", "emr.eventbridge-auto-scaling-policy-state-change", "emr.eventbridge-cluster-state-change", "emr.eventbridge-instance-group-state-change", "emr.eventbridge-step-status-change", "eventbridge.event", "eventbridge.scheduled", "firehose.transformation", "firehose.transformation.result", "gamelift.eventbridge-accept-match", "gamelift.eventbridge-accept-match-completed", "gamelift.eventbridge-matchmaking-cancelled", "gamelift.eventbridge-matchmaking-failed", "gamelift.eventbridge-matchmaking-searching", "gamelift.eventbridge-matchmaking-succeeded", "gamelift.eventbridge-matchmaking-timed-out", "gamelift.eventbridge-potential-match-created", "glue.eventbridge-crawler-failed", "glue.eventbridge-crawler-started", "glue.eventbridge-crawler-succeeded", "glue.eventbridge-data-catalog-database-state-change", "glue.eventbridge-data-catalog-table-state-change", "glue.eventbridge-job-run-state-change", "glue.eventbridge-job-run-status", "guardduty.eventbridge-malware-protection-object-scan-result", "health.eventbridge-event", "iot.button", "iot.custom-authorizer", "iot.custom-authorizer.result", "iot.one-click", "iot.preprovisioning-hook", "iot.preprovisioning-hook.result", "iot.registry-thing-event", "iot.registry-thing-group-event", "iot.registry-thing-group-hierarchy-event", "iot.registry-thing-group-membership-event", "iot.registry-thing-type-association-event", "iot.registry-thing-type-event", "iot.rule-action", "kafka.msk", "kafka.self-managed", "kinesis-analytics.output-delivery", "kinesis-analytics.output-delivery.result", "kinesis-analytics.preprocessing", "kinesis-analytics.preprocessing.result", "kinesis.stream-batch", "kinesis.stream-batch.result", "kinesis.stream-tumbling-window", "kinesis.stream-tumbling-window.result", "kms.eventbridge-cmk-event", "lambda.destination-record", "lambda.function-url", "lambda.function-url-streaming.result", "lambda.function-url.result", "lex.v1", "lex.v1.result", "lex.v2", "lex.v2.result", "macie.eventbridge-alert-updated", "macie.eventbridge-bucket-contains-high-risk-object-alert", "macie.eventbridge-bucket-scan-alert", "macie.eventbridge-bucket-writable-alert", "mq.activemq", "mq.rabbitmq", "opsworks.eventbridge-alert", "opsworks.eventbridge-command-state-change", "opsworks.eventbridge-deployment-state-change", "opsworks.eventbridge-instance-state-change", "s3.batch-v1", "s3.batch-v1.result", "s3.batch-v2", "s3.batch-v2.result", "s3.eventbridge-object-access-tier-changed", "s3.eventbridge-object-acl-updated", "s3.eventbridge-object-created", "s3.eventbridge-object-deleted", "s3.eventbridge-object-restore-completed", "s3.eventbridge-object-restore-expired", "s3.eventbridge-object-restore-initiated", "s3.eventbridge-object-storage-class-changed", "s3.eventbridge-object-tags-added", "s3.eventbridge-object-tags-deleted", "s3.notification", "s3.notification-in-sqs", "s3.object-lambda", "s3.object-lambda.result", "s3.test-event", "sagemaker.ground-truth-annotation-consolidation", "sagemaker.ground-truth-annotation-consolidation.result", "sagemaker.ground-truth-pre-human-task", "sagemaker.ground-truth-pre-human-task.result", "secretsmanager.rotation", "ses.receipt", "ses.receipt.result", "signin.eventbridge-console-sign-in", "sms.eventbridge-job-state-change", "sns.notification", "sns.notification-in-sqs", "sqs.batch", "sqs.batch.result", "sqs.message-in-firehose", "ssm.eventbridge-calendar-state-change", "ssm.eventbridge-configuration-compliance-state-change", "ssm.eventbridge-ec2-automation-execution-status-change", "ssm.eventbridge-ec2-automation-step-status-change", "ssm.eventbridge-ec2-command-invocation-status-change", "ssm.eventbridge-ec2-command-status-change", "ssm.eventbridge-ec2-state-manager-association-state-change", "ssm.eventbridge-ec2-state-manager-instance-association-state-change", "ssm.eventbridge-maintenance-window-execution-state-change", "ssm.eventbridge-maintenance-window-state-change", "ssm.eventbridge-maintenance-window-target-registration", "ssm.eventbridge-maintenance-window-task-execution-state-change", "ssm.eventbridge-maintenance-window-task-target-invocation-state-change", "ssm.eventbridge-parameter-store-state-change", "stepfunctions.eventbridge-execution-status-change", "tag.eventbridge-tag-change-on-resource", "transfer.identity-provider", "transfer.identity-provider.result", "trustedadvisor.eventbridge-check-item-refresh-notification", "vpc-lattice.request-v1", "vpc-lattice.request-v1.result", "vpc-lattice.request-v2", "vpc-lattice.request-v2.result", "workmail.message-flow", "workmail.message-flow.result"]);

// generator/runtime/nested.ts
function decodeNested(id, event) {
  const carries = CARRIES[id];
  if (!carries) throw new TypeError(`${id} carries no nested payload`);
  return carries.flatMap((c) => carried(event, c.at, c.decode));
}
export {
  carried,
  decodeNested
};
