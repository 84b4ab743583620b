/**
 * Every place where a real event (corpus, fixture or sample) fits one of our generated types and
 * @types/aws-lambda disagrees, with which side is wrong about what AWS sends and why.
 * Keys: "<id> | <event source> | fits ours|fits theirs" (see interop.test.ts).
 */
const IDENTITY_FIELDS =
  "@types/aws-lambda is wrong: its APIGatewayEventIdentity requires every identity field (principalOrgId, clientCert, apiKeyId, vpcId...), but API Gateway sends only the ones that apply to the request and older events lack the newer ones; the registry requires only sourceIp. https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format";
const S3_DELETE =
  '@types/aws-lambda is wrong: its S3EventRecord requires s3.object.size and eTag, but ObjectRemoved events carry neither (the S3 event message structure lists them for object-created events only). https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html';

const EB_ETAG =
  "Unsettled: @types/aws-lambda requires detail.object.etag on this S3 EventBridge event; the registry keeps etag optional on every event but Object Created because an S3 notification for a removed object carries no eTag, and the ev-events page does not say etag is always present. Our sample omits it; revisit with a captured event. https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html";


const COGNITO_VALIDATION_NULL =
  "@types/aws-lambda is too strict: it types request.validationData as an optional map, but Cognito sends `\"validationData\": null` when the SignUp or InitiateAuth call passed none (captured PreSignUp_SignUp and PreAuthentication_Authentication events in public issue threads and repositories show it); the guide shows only the map. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html";
const COGNITO_PREFERRED_ROLE_NULL =
  "@types/aws-lambda is too strict: it types groupConfiguration.preferredRole as an optional string, but Cognito sends `\"preferredRole\": null` when no group of the user has an IAM role with a precedence (the pre token generation example events show it). https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html";
const COGNITO_CHALLENGE_NULLS =
  "@types/aws-lambda is too strict: Cognito sends the custom authentication response fields (and session[].challengeMetadata of non-custom challenges) as null before the function sets them, e.g. `\"response\": {\"challengeName\": null, \"issueTokens\": null, \"failAuthentication\": null}` in captured DefineAuthChallenge events; @types types them as optional non-null values. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html";
const COGNITO_SESSION_METADATA =
  "@types/aws-lambda is stricter than the guide: it forbids challengeMetadata on session entries whose challengeName is not CUSTOM_CHALLENGE, but the guide lists challengeMetadata as an element of every ChallengeResult (meaningful for custom challenges only) and does not say it is absent. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html";
const COGNITO_MIGRATION_NULLS =
  "@types/aws-lambda is too strict: Cognito sends the user migration response fields (userAttributes, finalUserStatus, messageAction, desiredDeliveryMediums, forceAliasCreation, enableSMSMFA) and request.userAttributes as null, and validationData as null when the call passed none (captured UserMigration_Authentication events); @types types them as optional non-null values. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html";
const COGNITO_SENDER_RESPONSE =
  "@types/aws-lambda is wrong: it requires a `response` object on custom sender events, but Cognito invokes custom sender triggers asynchronously and reads nothing back (\"Except for custom sender Lambda triggers, Amazon Cognito invokes Lambda functions synchronously\"); the custom sender pages list request parameters only, and captured custom email sender events have no response member. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html";
const COGNITO_V3_USER_FLOWS =
  "@types/aws-lambda is wrong: it types a version 3 event's triggerSource as TokenGeneration_ClientCredentials only, but the guide says version three event responses apply to access tokens from user authentication and machine authentication (version 2 and 3 events are identical apart from that), so V3_0 triggers also receive the TokenGeneration_* user flows (captured version \"3\" events with TokenGeneration_HostedAuth in public repositories agree). https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html";
const COGNITO_V3_M2M =
  "Unsettled: @types/aws-lambda requires request.groupConfiguration on every version 3 event, but a client-credentials (machine-to-machine) grant has no user and no groups, and the guide does not list what the request carries for TokenGeneration_ClientCredentials; the registry does not require it. Revisit with a captured event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html";

const APPSYNC_DOMAIN =
  "Unsettled: @types/aws-lambda requires request.domainName on every direct resolver event. The AppSync resolver context reference documents domainName (null without a custom domain), but events captured before custom domains existed, SAM's resolver event and the guide's direct resolver examples carry only request.headers; the registry keeps domainName optional. https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html";
const APPSYNC_IAM_NULLS =
  "@types/aws-lambda is too strict: for IAM authorization AppSync sends the Cognito identity fields (cognitoIdentityAuthType, cognitoIdentityAuthProvider, cognitoIdentityId, cognitoIdentityPoolId) as null when the caller did not come through a Cognito identity pool (resolver context reference, identity for AWS_IAM). https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html";
const APPSYNC_AUTH_HEADERS =
  "@types/aws-lambda is too strict: it requires requestHeaders on the Lambda authorizer input, but AppSync added requestHeaders in 2024; earlier events (such as aws-lambda-go's captured request) carry none, so the registry keeps it optional. https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html";
const AMPLIFY_SOURCE_NULL =
  "Unsettled: @types/aws-lambda types source as an object, but for a root Query or Mutation field there is no parent and AppSync passes source null (resolver context reference: source is the resolution of the parent field); the registry accepts null. https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html";
const GD_VERSION =
  'Unsettled, likely @types/aws-lambda too strict: it requires s3ObjectDetails.versionId, but an object in a bucket without versioning has no version id; the GuardDuty example comes from a versioned bucket, and AWS\'s schema registry (inferred from delivered events) marks versionId optional while bucketName, objectKey and eTag are always there. https://docs.aws.amazon.com/guardduty/latest/ug/monitor-with-eventbridge-s3-malware-protection.html';
const CB_ARTIFACT =
  '@types/aws-lambda is incomplete: its additional-information.artifact has only location, but CodeBuild\'s state-change example also carries md5sum and sha256sum, so the documented event fails its excess-property check. https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html#sample-build-notifications-ref';
const CP_VERSION =
  '@types/aws-lambda is narrower than AWS: it types detail.version as a number, but CodePipeline\'s pipeline and stage examples send "version": "1" (a string) while its action example sends 1; the registry accepts both. https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html';
const CFN_SERVICE_TOKEN =
  "Unsettled, @types/aws-lambda is stricter than the guides: it requires ResourceProperties.ServiceToken. Real requests carry it (the template's one required property; the Lambda guide's example request has it), but the CloudFormation guide marks ResourceProperties optional and its Create/Update/Delete examples, SAM's create-request template and aws-lambda-go's testdata have ResourceProperties without it, so the registry types ServiceToken as optional. https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html";
const LEX_V1_SLOT_DETAILS =
  "Unsettled: @types/aws-lambda requires currentIntent.slotDetails. The Lex V1 guide's input format shows it, but SAM CLI's lex samples (and our sample, built the same way) leave it out, and the guide does not say it is always sent; the registry keeps it optional. Lex V1 reached end of support on 15 September 2025, so no new capture will settle it. https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html";
const CONNECT_MEDIA_STREAMS =
  "@types/aws-lambda is stricter than AWS: its ConnectContactFlowEvent requires ContactData.MediaStreams (and other members), but the Amazon Connect guide's and the Lambda guide's example requests have no MediaStreams (it describes live media streaming), and the guide says some contact data parameters are optional. https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html";

const CF_ORIGIN_REQUEST_ID =
  "@types/aws-lambda is too strict: its CloudFrontEvent config requires requestId on every event, but earlier versions of the Lambda@Edge event structure page described requestId as \"read-only, viewer request events only\" (and \"viewer response events only\"), so origin events captured then carry none; the registry requires it on viewer events only. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html";
export const interop: Record<string, string> = {
  'cloudfront.origin-request | fixture without-request-id.json | fits theirs': CF_ORIGIN_REQUEST_ID,
  'kafka.msk | fixture no-timestamp-type.json | fits theirs':
    "@types/aws-lambda is too narrow: it types timestampType as CREATE_TIME | LOG_APPEND_TIME, but Kafka's TimestampType also has NO_TIMESTAMP_TYPE (a record in the pre-0.10 message format, whose timestamp the consumer reports as -1), and Lambda passes the consumer record's type through. https://kafka.apache.org/37/javadoc/org/apache/kafka/common/record/TimestampType.html",
  'kafka.msk | fixture tombstone-without-value.json | fits theirs':
    "@types/aws-lambda is too strict: it requires value on every MSK record, but a tombstone (a record whose value is null, which log-compacted topics use to delete a key) reaches the function without value. https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html",
  'appsync.resolver | sam-cli/rendered/appsync/resolver.json | fits theirs': APPSYNC_DOMAIN,
  'appsync.resolver | fixture api-key-identity-null.json | fits theirs': APPSYNC_DOMAIN,
  'appsync.resolver | fixture iam-object-field.json | fits theirs': APPSYNC_IAM_NULLS,
  'appsync.authorizer | aws-lambda-go/appsync-lambda-auth-request.json | fits theirs': APPSYNC_AUTH_HEADERS,
  'amplify.graphql-resolver | fixture echo-api-key.json | fits theirs': AMPLIFY_SOURCE_NULL,
  'amplify.graphql-resolver | sample | fits theirs': AMPLIFY_SOURCE_NULL,
  'apigateway.rest-proxy | sample | fits theirs': IDENTITY_FIELDS,
  'apigateway.request-authorizer | sample | fits theirs': IDENTITY_FIELDS,
  'apigateway.http-authorizer-v2 | sample | fits theirs':
    "@types/aws-lambda is wrong: APIGatewayRequestAuthorizerEventV2 requires `cookies` (and other optional members), but like the payload 2.0 proxy event the authorizer input omits cookies when the request has none. https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html",
  's3.eventbridge-object-deleted | sample | fits theirs': EB_ETAG,
  's3.eventbridge-object-created | fixture multipart-unversioned.json | fits theirs':
    "@types/aws-lambda is too strict: it requires detail.object.version-id, but an object has a version id only in a bucket with versioning enabled (the ev-events page's examples all come from versioned buckets and it lists no version for others; the event notification page says the version is null otherwise), and S3 leaves the key out. https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html",
  'kafka.self-managed | fixture guide-example.json | fits theirs':
    "Unsettled: @types/aws-lambda types eventSource as SelfManagedKafka only, as do real events and the current guide, but the with-kafka page's example (this fixture) writes aws:SelfManagedKafka; the registry accepts both until no published example carries the old spelling. https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html",
  's3.eventbridge-object-restore-expired | sample | fits theirs': EB_ETAG,
  'apigateway.rest-proxy | aws-lambda-go/apigw-request.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.rest-proxy | aws-lambda-go/apigw-restapi-openapi-request.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.rest-proxy | sam-cli/rendered/apigateway/aws-proxy.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.rest-proxy | fixture get-with-path-parameter.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.rest-proxy | fixture lambda-authorizer-context.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.rest-proxy | fixture cognito-authorizer-claims.json | fits theirs': IDENTITY_FIELDS,
  'lambda.function-url | fixture iam-cloudfront-oac.json | fits theirs':
    "@types/aws-lambda is wrong: it types requestContext.authentication as an optional mTLS object, but the Lambda guide says function URLs don't use it and Lambda sets it to null (its own example event shows `\"authentication\": null`). https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html",
  'apigateway.request-authorizer | aws-lambda-go/apigw-custom-auth-request-type-request.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.request-authorizer | sam-cli/rendered/apigateway/request-authorizer.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.rest-proxy | fixture console-test-null-maps.json | fits theirs':
    "@types/aws-lambda is wrong: it types `headers` (and multiValueHeaders) as never null, but the API Gateway console's Test button sends `null` when no header is given, as AWS's example input shows. https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html",
  'apigateway.rest-proxy.result | fixture status-only.json | fits theirs':
    '@types/aws-lambda is stricter than AWS: APIGatewayProxyResult requires `body`, but a proxy integration response needs only statusCode (the output format lists body as optional and API Gateway answers with an empty body). https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format',
  'apigateway.http-proxy-v2.result | fixture inferred-object.json | fits theirs':
    "@types/aws-lambda is narrower than AWS: APIGatewayProxyResultV2 allows a structured response or a string (with its generic T for other values), but HTTP API payload 2.0 accepts any valid JSON and infers a 200 response when it has no statusCode. https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html#http-api-develop-integrations-lambda.response",
  'apigateway.request-authorizer | fixture guide-example.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.websocket | fixture connect-null-context-fields.json | fits theirs':
    "@types/aws-lambda is too strict: captured $connect events carry `messageId`, `disconnectStatusCode`, `disconnectReason` and the unused identity fields as null (only MESSAGE events have a message id, only DISCONNECT events a close code); @types types them as non-null strings. https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html",
  'apigateway.http-authorizer-v2 | fixture no-identity-source.json | fits theirs':
    "@types/aws-lambda is too strict: an HTTP API Lambda authorizer without identity sources (allowed when caching is off) receives `\"identitySource\": null` (aws-powertools/powertools-lambda-typescript#3483); @types types it as string[]. https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.identity-sources",
  'apigateway.http-authorizer-v2.result | fixture iam-policy.json | fits theirs':
    "@types/aws-lambda is too strict: it limits an HTTP API authorizer's IAM-policy `context` values to scalars (the REST rule), but the HTTP API guide's payload 2.0 example functions return arrays and maps in `context` for both the simple and the IAM policy response. https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.example-code",
  'apigateway.websocket | aws-lambda-go/apigw-websocket-request-disconnect.json | fits theirs':
    "@types/aws-lambda is incomplete: its WebSocket request context has no disconnectStatusCode/disconnectReason, which API Gateway sends on $disconnect routes. https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html",
  'apigateway.websocket | aws-lambda-go/apigw-websocket-request.json | fits theirs':
    '@types/aws-lambda is incomplete: its WebSocket request context omits fields API Gateway sends on message routes (accountId, identity, requestTime...), so a captured event fails its excess-property check. https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integrations.html',
  's3.notification | sam-cli/rendered/s3/delete.json | fits theirs': S3_DELETE,
  's3.notification | fixture delete-no-size-no-etag.json | fits theirs': S3_DELETE,
  'sns.notification | fixture subject-null.json | fits theirs':
    "@types/aws-lambda is wrong: it types Sns.Subject as an optional string, but SNS delivers `\"Subject\": null` to Lambda when the message was published without a subject. https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html",
  'ses.receipt | sam-cli/rendered/ses/email-receiving.json | fits theirs':
    '@types/aws-lambda is stricter than AWS: it requires receipt.dmarcVerdict, which SES includes only when it evaluated DMARC for the message (older events and SAM\'s template have none). https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html',
  'sqs.batch | fixture binary-value-null.json | fits theirs':
    '@types/aws-lambda is too strict: it types messageAttributes.*.binaryValue as an optional string, but captured SQS events carry `"binaryValue": null` on String and Number attributes (a known trap listed in this registry\'s spine issue); the AWS example shows the key absent, so both absent and null are accepted here. https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html',
  'cognito.pre-signup | fixture registered-domain-sent.json | fits theirs': COGNITO_VALIDATION_NULL,
  'cognito.pre-signup | fixture sign-up-captured.json | fits theirs': COGNITO_VALIDATION_NULL,
  'cognito.pre-signup | sample | fits theirs': COGNITO_VALIDATION_NULL,
  'cognito.pre-authentication | fixture block-app-client.json | fits theirs': COGNITO_VALIDATION_NULL,
  'cognito.pre-authentication | sample | fits theirs': COGNITO_VALIDATION_NULL,
  'cognito.pre-token-generation | fixture modify-group-membership-returned.json | fits theirs': COGNITO_PREFERRED_ROLE_NULL,
  'cognito.pre-token-generation | fixture sent.json | fits theirs': COGNITO_PREFERRED_ROLE_NULL,
  'cognito.pre-token-generation | sample | fits theirs': COGNITO_PREFERRED_ROLE_NULL,
  'cognito.pre-token-generation-v2 | aws-lambda-go/cognito-event-userpools-pretokengen-v2.json | fits theirs': COGNITO_PREFERRED_ROLE_NULL,
  'cognito.pre-token-generation-v2 | aws-lambda-go/cognito-event-userpools-pretokengen-v2_0.json | fits theirs': COGNITO_PREFERRED_ROLE_NULL,
  'cognito.pre-token-generation-v2 | fixture add-claims-and-scopes-returned.json | fits theirs': COGNITO_PREFERRED_ROLE_NULL,
  'cognito.pre-token-generation-v2 | fixture sent.json | fits theirs': COGNITO_PREFERRED_ROLE_NULL,
  'cognito.pre-token-generation-v2 | sample | fits theirs': COGNITO_PREFERRED_ROLE_NULL,
  'cognito.pre-token-generation-v3 | fixture user-returned.json | fits theirs': COGNITO_V3_USER_FLOWS,
  'cognito.pre-token-generation-v3 | sample | fits theirs': COGNITO_V3_USER_FLOWS,
  'cognito.pre-token-generation-v3 | fixture client-credentials-sent.json | fits theirs': COGNITO_V3_M2M,
  'cognito.define-auth-challenge | aws-lambda-go/cognito-event-userpools-define-auth-challenge.json | fits theirs': COGNITO_SESSION_METADATA,
  'cognito.create-auth-challenge | aws-lambda-go/cognito-event-userpools-create-auth-challenge.json | fits theirs': COGNITO_SESSION_METADATA,
  'cognito.define-auth-challenge | fixture issue-tokens-returned.json | fits theirs': COGNITO_CHALLENGE_NULLS,
  'cognito.define-auth-challenge | fixture password-verifier-returned.json | fits theirs': COGNITO_CHALLENGE_NULLS,
  'cognito.define-auth-challenge | fixture srp-a-sent.json | fits theirs': COGNITO_CHALLENGE_NULLS,
  'cognito.define-auth-challenge | sample | fits theirs': COGNITO_CHALLENGE_NULLS,
  'cognito.create-auth-challenge | fixture captcha-returned.json | fits theirs': COGNITO_CHALLENGE_NULLS,
  'cognito.create-auth-challenge | fixture captcha-sent.json | fits theirs': COGNITO_CHALLENGE_NULLS,
  'cognito.create-auth-challenge | sample | fits theirs': COGNITO_CHALLENGE_NULLS,
  'cognito.verify-auth-challenge-response | fixture captcha-sent.json | fits theirs': COGNITO_CHALLENGE_NULLS,
  'cognito.verify-auth-challenge-response | sample | fits theirs': COGNITO_CHALLENGE_NULLS,
  'cognito.user-migration | fixture authentication-returned.json | fits theirs': COGNITO_MIGRATION_NULLS,
  'cognito.user-migration | fixture forgot-password-sent.json | fits theirs': COGNITO_MIGRATION_NULLS,
  'cognito.user-migration | sample | fits theirs': COGNITO_MIGRATION_NULLS,
  'cognito.custom-email-sender | fixture sign-up.json | fits theirs': COGNITO_SENDER_RESPONSE,
  'cognito.custom-email-sender | sample | fits theirs': COGNITO_SENDER_RESPONSE,
  'cognito.custom-email-sender | fixture forgot-password-captured.json | fits theirs': COGNITO_SENDER_RESPONSE,
  'cognito.custom-sms-sender | fixture authentication-mfa.json | fits theirs': COGNITO_SENDER_RESPONSE,
  'cognito.custom-sms-sender | sample | fits theirs': COGNITO_SENDER_RESPONSE,
  'guardduty.eventbridge-malware-protection-object-scan-result | fixture no-threats.json | fits theirs': GD_VERSION,
  'guardduty.eventbridge-malware-protection-object-scan-result | sample | fits theirs': GD_VERSION,
  'codebuild.eventbridge-build-state-change | aws-lambda-go/codebuild-state-change.json | fits theirs': CB_ARTIFACT,
  'codebuild.eventbridge-build-state-change | fixture succeeded.json | fits theirs': CB_ARTIFACT,
  'codebuild.eventbridge-build-state-change | sample | fits theirs':
    "@types/aws-lambda is stricter than AWS: it requires additional-information.source.buildspec, but CodeBuild's build notification examples carry only location and type for an S3 source (buildspec appears when the project sets one inline). https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html#sample-build-notifications-ref",
  'codepipeline.eventbridge-pipeline-execution-state-change | fixture started.json | fits theirs': CP_VERSION,
  'codepipeline.eventbridge-stage-execution-state-change | fixture started.json | fits theirs': CP_VERSION,
  'firehose.transformation | fixture kinesis-stream-source.json | fits theirs':
    'Unsettled: @types/aws-lambda types kinesisRecordMetadata.subsequenceNumber as a string, aws-lambda-go as a number, and the Lambda guide\'s Firehose sample writes "" (a placeholder). The registry accepts a non-negative integer or a digit string until a captured event settles it. https://docs.aws.amazon.com/lambda/latest/dg/services-kinesisfirehose.html',
  'iot.custom-authorizer | fixture mqtt-signing-disabled.json | fits theirs':
    '@types/aws-lambda is wrong: IoTProtocolDataMQTT requires clientId, but the IoT Core guide says clientId is included in the event only when the device sends the value (and any field not relevant to the connection is left out). https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html',
  'iot.custom-authorizer.result | fixture policy-strings.json | fits theirs':
    '@types/aws-lambda is narrower than AWS: it types policyDocuments as policy objects only, while the IoT APIs (TestInvokeAuthorizer returns policyDocuments as strings) and aws-lambda-go use JSON text; the guide calls them JSON-formatted policy documents of at most 2,048 characters and its examples return objects, so the registry accepts both. https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html',
  'iot.preprovisioning-hook.result | fixture deny.json | fits theirs':
    '@types/aws-lambda is stricter than AWS: IoTPreProvisioningHookResult requires parameterOverrides, but the guide\'s return value needs only allowProvisioning; parameterOverrides holds the values of any properties to override, and a denial has none. https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html',
  'cloudformation.custom-resource | aws-lambda-go/cfn/cloudformation-event.json | fits theirs': CFN_SERVICE_TOKEN,
  'cloudformation.custom-resource | sam-cli/rendered/cloudformation/create-request.json | fits theirs': CFN_SERVICE_TOKEN,
  'cloudformation.custom-resource | fixture create-doc-example.json | fits theirs': CFN_SERVICE_TOKEN,
  'cloudformation.custom-resource | fixture update-doc-example.json | fits theirs': CFN_SERVICE_TOKEN,
  'cloudformation.custom-resource | fixture delete-doc-example.json | fits theirs': CFN_SERVICE_TOKEN,
  'cdk.provider-on-event | fixture create-without-response-url.json | fits theirs': CFN_SERVICE_TOKEN,
  'cdk.provider-on-event.result | fixture python-skeleton-none.json | fits theirs':
    "@types/aws-lambda is narrower than the Provider framework: CdkCustomResourceResponse excludes null, but the framework treats an empty response as {} (framework.ts: `onEventResult || {}`) and the CDK guide's Python onEvent skeleton returns None for Update and Delete. https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html#provider-framework",
  'lex.v1 | sam-cli/rendered/lex/make-appointment.json | fits theirs': LEX_V1_SLOT_DETAILS,
  'lex.v1 | sam-cli/rendered/lex/order-flowers.json | fits theirs': LEX_V1_SLOT_DETAILS,
  'lex.v1 | sample | fits theirs': LEX_V1_SLOT_DETAILS,
  'lex.v1.result | fixture elicit-slot-with-card.json | fits theirs':
    "@types/aws-lambda is stricter than AWS: its LexGenericAttachment requires imageUrl and attachmentLinkUrl, but every member of a response card's GenericAttachment is optional in the Lex runtime API. https://docs.aws.amazon.com/lex/latest/dg/API_runtime_GenericAttachment.html",
  'lex.v2 | sam-cli/rendered/lex-v2/banking-bot.json | fits theirs':
    "@types/aws-lambda is wrong: its LexV2Event requires proposedNextState, but Lex V2 sends it only when it has a next step to propose (dialog code hooks); this fulfillment code hook event, like SAM CLI's banking-bot sample, has none. https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html",
  'lex.v2 | fixture fulfillment-code-hook.json | fits theirs':
    "@types/aws-lambda is incomplete: its LexV2Interpretation has no interpretationSource, which the current Lex V2 input format lists (Bedrock | Lex). https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html",
  'lex.v2 | sample | fits theirs':
    "@types/aws-lambda is incomplete: its proposedNextState has no prompt (prompt.attempt), which the current Lex V2 input format lists. https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html",
  'lex.v2.result | fixture elicit-slot-with-card.json | fits theirs':
    "@types/aws-lambda is stricter than AWS: its LexV2SlotValue requires originalValue and resolvedValues in a response, but the Lex V2 runtime API's Value requires only interpretedValue. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_runtime_Value.html",
  'connect.contact-flow | fixture lambda-guide-example.json | fits theirs': CONNECT_MEDIA_STREAMS,
  'connect.contact-flow | sample | fits theirs': CONNECT_MEDIA_STREAMS,
  'connect.contact-flow | fixture chat-not-queued.json | fits theirs':
    "@types/aws-lambda is incomplete: its contact data has no LanguageCode (nor the other optional contact fields Amazon Connect sends for tasks and chats), and it requires MediaStreams, which a chat contact does not carry. https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html",
};
