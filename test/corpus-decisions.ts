/**
 * Decisions on corpus files that deviate from what AWS sends (MANIFEST flag `odd`), or that our
 * schemas reject. Each says what the registry does with the file and why, citing AWS documentation.
 * corpus.test.ts fails when an odd file of an implemented id has no decision here, and when a
 * file's validity differs from its decision.
 */
export interface Decision {
  /** Whether the registry's schema accepts the file. */
  valid: boolean;
  why: string;
  /** false when the file's discriminator itself is not a value AWS sends, so no detection rule may claim it (detect.test.ts checks it is detected as nothing). */
  detect?: false;
}

const S3_PREFIX =
  'eventName carries an "s3:" prefix. The S3 event message structure page says the eventName value references the notification ' +
  "types but doesn't contain the s3: prefix, and every AWS example (ObjectCreated:Put, ObjectRestore:Completed, LifecycleTransition) agrees; " +
  'aws-lambda-go wrote these by hand. https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html';

const SES_ACTION =
  'receipt.action.type is "S3"/"SNS" with no functionArn or invocationType: this is the SES notification content written for an S3 or SNS ' +
  'receipt action, not the event a Lambda receipt action sends. The Lambda action event has action type "Lambda" with functionArn and ' +
  'invocationType. https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html';


const COGNITO_REGION =
  'region is the placeholder "<region>" (aws-lambda-go copied the documentation\'s parameter template). Cognito sends the user pool\'s Region code ' +
  '(the common parameters: "region": AWSRegion), which the registry checks; with a real Region (e.g. us-east-1) the file is valid. ' +
  'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html';
const CF_CONFIG =
  'SAM CLI renders the Lambda@Edge event of 2017: cf.config holds only distributionId. CloudFront now sends distributionDomainName, ' +
  'distributionId, eventType (viewer-request, origin-request, viewer-response or origin-response) and requestId in every request and ' +
  'response event; the Lambda@Edge event structure page lists all four and every one of its examples carries them, and eventType is ' +
  'what tells the four triggers apart (the corpus label is inferred from the example code, not from the file). ' +
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html';
const CF_QUERYSTRING =
  ' The request also has no querystring; the same page says the event object still includes querystring, empty, when the request has none.';

export const decisions: Record<string, Decision> = {
  'aws-lambda-go/ses-s3-event.json': { valid: false, why: SES_ACTION },
  'aws-lambda-go/ses-sns-event.json': { valid: false, why: SES_ACTION },
  'aws-lambda-go/apigw-custom-auth-response.json': {
    valid: false,
    why: 'Effect is "Allow|Deny", the placeholder of an old documentation example; an IAM policy statement\'s Effect is exactly "Allow" or "Deny", and API Gateway rejects anything else. https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html',
  },
  'aws-lambda-go/dynamodb-time-window-event.json': {
    valid: false,
    why: 'eventSourceARN is the placeholder "stream-ARN" (copied from the documentation example); Lambda always sends the stream ARN (arn:aws:dynamodb:<region>:<account>:table/<table>/stream/<label>), which the registry checks. With real ARNs the file is valid. https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html',
  },
  'aws-lambda-go/s3-glacier-event.json': { valid: false, why: S3_PREFIX },
  'aws-lambda-go/s3-intelligenttier-event.json': { valid: false, why: S3_PREFIX },
  'aws-lambda-go/s3-lifecycle-event.json': { valid: false, why: S3_PREFIX },
  'aws-lambda-go/s3-replication-event.json': { valid: false, why: S3_PREFIX },
  'aws-lambda-go/s3-restore-event.json': {
    valid: false,
    why: `${S3_PREFIX} (It also puts restoreEventData at the top of the record instead of inside glacierEventData; that alone would be tolerated as an unknown property.)`,
  },
  'aws-lambda-go/s3-event-with-decoded.json': {
    valid: true,
    why: 's3.object.urlDecodedKey is a field aws-lambda-go adds, not S3. Validators tolerate unknown properties (AWS adds fields), so the event is valid; `--strict` reports the field as drift.',
  },
  'aws-lambda-go/lambda-urls-request.json': {
    valid: false,
    why: 'No top-level routeKey and no requestContext.routeKey/stage. The Lambda guide\'s function URL request payload always carries routeKey "$default" and requestContext.routeKey/stage "$default" as placeholders. https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html',
  },
  'sam-cli/rendered/cloudwatch/scheduled-event.json': {
    valid: false,
    why: 'The SAM template drops the envelope\'s "version". EventBridge documents version ("0") among the fields that appear in every event delivered to an event bus, and its Scheduled Event example has "version": "0". https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html',
  },
  'sam-cli/rendered/sns/notification.json': {
    valid: true,
    why: 'EventSubscriptionArn has an empty account ("arn:aws:sns:us-east-1::ExampleTopic") because the SAM template uses a tag this event does not define. The value is wrong but of the right type; the shared Arn definition checks only the arn:<partition>: prefix, so it is accepted.',
  },
  'aws-lambda-go/cognito-event-userpools-presignup.json': { valid: false, why: COGNITO_REGION },
  'aws-lambda-go/cognito-event-userpools-postconfirmation.json': { valid: false, why: COGNITO_REGION },
  'aws-lambda-go/cognito-event-userpools-preauthentication.json': { valid: false, why: COGNITO_REGION },
  'aws-lambda-go/cognito-event-userpools-postauthentication.json': { valid: false, why: COGNITO_REGION },
  'aws-lambda-go/cognito-event-userpools-migrateuser.json': {
    valid: false,
    why: `${COGNITO_REGION} Its response also holds the template placeholders "<final_user_status>", "<message-action>" and "<desired-delivery-mediums-1>": the migrate user page allows finalUserStatus CONFIRMED or RESET_REQUIRED, messageAction SUPPRESS, desiredDeliveryMediums EMAIL or SMS. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html`,
  },
  'aws-lambda-go/cognito-event-userpools-custommessage.json': {
    valid: false,
    detect: false,
    why:
      'triggerSource is "CustomMessage_SignUp/CustomMessage_ResendCode/CustomMessage_ForgotPassword/CustomMessage_VerifyUserAttribute": the old guide\'s test event joined four values with "/" to say "one of these". ' +
      'Cognito sends exactly one of the seven CustomMessage_* values of the custom message trigger sources table, so no rule detects this file. It also carries booleans in userAttributes ' +
      '(user attribute values are strings, "string": "string" in the common parameters) and the placeholder region "<region>". https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html',
  },
  'aws-lambda-go/cognito-event-userpools-pretokengen.json': {
    valid: false,
    detect: false,
    why:
      'triggerSource is "PreTokenGen", which Cognito never sends: the pre token generation trigger sources are TokenGeneration_HostedAuth, _Authentication, _NewPasswordChallenge, ' +
      '_AuthenticateDevice and _RefreshTokens (and _ClientCredentials for V3_0). Region ("region") and user pool id are placeholders too. The shape is otherwise the V1_0 event. ' +
      'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html',
  },
  'sam-cli/rendered/cloudfront/ab-test.json': { valid: false, why: CF_CONFIG + CF_QUERYSTRING },
  'sam-cli/rendered/cloudfront/http-redirect.json': { valid: false, why: CF_CONFIG + CF_QUERYSTRING },
  'sam-cli/rendered/cloudfront/modify-querystring.json': { valid: false, why: CF_CONFIG },
  'sam-cli/rendered/cloudfront/multiple-remote-calls-aggregate-response.json': { valid: false, why: CF_CONFIG + CF_QUERYSTRING },
  'sam-cli/rendered/cloudfront/normalize-querystring-to-improve-cache-hit.json': { valid: false, why: CF_CONFIG },
  'sam-cli/rendered/cloudfront/redirect-on-viewer-country.json': { valid: false, why: CF_CONFIG + CF_QUERYSTRING + ' An origin request also carries request.origin (the custom or S3 origin it goes to), which this file lacks.' },
  'sam-cli/rendered/cloudfront/redirect-unauthenticated-users.json': { valid: false, why: CF_CONFIG + ' The request also has no clientIp, which CloudFront sends in every request (the IP address of the viewer).' },
  'sam-cli/rendered/cloudfront/response-generation.json': { valid: false, why: CF_CONFIG + CF_QUERYSTRING },
  'sam-cli/rendered/cloudfront/serve-object-on-viewer-device.json': { valid: false, why: CF_CONFIG + CF_QUERYSTRING + ' An origin request also carries request.origin (the custom or S3 origin it goes to), which this file lacks.' },
  'sam-cli/rendered/cloudfront/simple-remote-call.json': { valid: false, why: CF_CONFIG + CF_QUERYSTRING },
  'sam-cli/rendered/cloudfront/access-request-in-response.json': { valid: false, why: CF_CONFIG + CF_QUERYSTRING },
  'sam-cli/rendered/cloudfront/modify-response-header.json': { valid: false, why: CF_CONFIG + ' It also has no cf.request: response events include the request (the viewer request, or the request forwarded to the origin) beside the response.' },
  'aws-lambda-go/codepipeline-execution-stage-change-event.json': {
    valid: false,
    why: 'A "CodePipeline Stage Execution State Change" event without detail.stage: the file is the pipeline-level example relabeled. Every stage event names its stage; CodePipeline\'s stage example carries "stage": "Prod", and stage rules filter on it. https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html',
  },
};
