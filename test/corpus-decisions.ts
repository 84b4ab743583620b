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
  /**
   * The id detection names when it is not the file's label: the label names the envelope, and a
   * more specific id (a nested payload over the same envelope) wins detection by having more
   * conditions. detect.test.ts and cli.test.ts expect this id instead of the label.
   */
  detected?: string;
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
const FIREHOSE_NO_STREAM_ARN =
  'No deliveryStreamArn: SAM CLI\'s template leaves it out. Firehose sends it in every transformation invocation, beside invocationId, region and records (the Lambda guide\'s Firehose event and the Firehose data transformation page). ' +
  'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesisfirehose.html https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html';
const ALEXA_SMART_HOME_V2 =
  'A Smart Home Skill API payload version 2 message (top-level header/payload, namespace Alexa.ConnectedHome.*, appliance), as SAM CLI\'s ' +
  'alexa-smart-home templates still render it. Alexa superseded it with payload version 3 (a `directive` with header, endpoint and payload; ' +
  'TurnOn/TurnOff in Alexa.PowerController, Discover in Alexa.Discovery) and asks v2 skills to migrate; v3 is required for Works with Alexa. ' +
  'The registry models v3; the SAM counterparts of these names render v3 directives. ' +
  'https://developer.amazon.com/en-US/docs/alexa/smarthome/smart-home-skill-migration-guide.html, ' +
  'https://developer.amazon.com/en-US/docs/alexa/device-apis/message-guide.html (the Lambda guide\'s own Alexa page, ' +
  'https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html, shows an even older payload version 1 message).';

const LEX_V1_NUMERIC_SLOT =
  'A slot value is a JSON number (DriverAge: 21, Nights: 4). Lex V1 slot values are strings or null: the runtime API types slots as a ' +
  'String to string map, and the Lambda input format shows string values (null until the user provides one). The SAM counterpart renders ' +
  'the same event with string values. https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html, ' +
  'https://docs.aws.amazon.com/lex/latest/dg/API_runtime_PostText.html';

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
  'sam-cli/rendered/sagemaker/ground-truth-annotation-consolidation.json': {
    valid: false,
    why: 'roleArn is "aws:aws:iam::123456789012:role/sagemaker-role": the SAM template writes "aws:{{partition}}:iam::..." where an ARN starts with "arn:". The Ground Truth guide describes roleArn as the ARN of the labeling job\'s IAM execution role and its example is "arn:aws:iam::111122223333:role/role-name"; the registry\'s sample (the same SAM parameters) writes the ARN correctly. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html',
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
  'sam-cli/rendered/kinesis/apachelog.json': { valid: false, why: FIREHOSE_NO_STREAM_ARN },
  'sam-cli/rendered/kinesis/syslog.json': {
    valid: false,
    why: `${FIREHOSE_NO_STREAM_ARN} (Its second record also writes approximateArrivalTimestamp as an ISO string; Firehose sends epoch milliseconds, a number.)`,
  },
  'sam-cli/rendered/kinesis/streams-as-source.json': {
    valid: false,
    why: 'SAM CLI\'s template misspells the key "deliverySteamArn", so deliveryStreamArn is missing; Firehose sends deliveryStreamArn in every transformation invocation (and sourceKinesisStreamArn beside it when the source is a Kinesis data stream, which this sample lacks). subsequenceNumber as a string is accepted. https://docs.aws.amazon.com/lambda/latest/dg/services-kinesisfirehose.html',
  },
  'sam-cli/rendered/kinesis/cloudwatch-logs-processor.json': {
    valid: true,
    detected: 'cloudwatch.logs-data-in-firehose',
    why: 'A valid Firehose transformation batch (its label), whose records carry gzip-compressed CloudWatch Logs subscription data: the Firehose stream is the destination of a subscription filter and the SAM event is the input of the "CloudWatch Logs Processor" blueprint. The registry keeps the label for validation and names the more specific nested id in detection: cloudwatch.logs-data-in-firehose has one more condition (the data starts with the gzip magic H4sI) than firehose.transformation, so it wins. https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html',
  },
  'aws-lambda-go/kinesis-firehose-event.json': {
    valid: false,
    why: 'deliveryStreamArn is the placeholder "aws:lambda:events" copied from the Lambda guide\'s sample; Firehose sends the Firehose stream\'s ARN (arn:aws:firehose:<region>:<account>:deliverystream/<name>), which the registry checks as an ARN. With a real ARN the file is valid. https://docs.aws.amazon.com/lambda/latest/dg/services-kinesisfirehose.html',
  },
  'aws-lambda-go/kinesis-firehose-response.json': {
    valid: false,
    why: 'result is "TRANSFORMED_STATE_OK", "TRANSFORMED_STATE_DROPPED" or "TransformedStateOk": a serialization test of aws-lambda-go, not values Firehose accepts. The Firehose guide says the possible values are "Ok", "Dropped" and "ProcessingFailed", and any other response makes Firehose treat the record as a transformation failure. https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html',
  },
  'aws-lambda-go/kinesis-analytics-output-delivery-event.json': {
    valid: false,
    why: 'Records lack lambdaDeliveryRecordMetadata. The Kinesis Data Analytics guide\'s request model for Lambda as output lists recordId, lambdaDeliveryRecordMetadata (retryHint, the number of delivery retries) and data for every record. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html',
  },
  'sam-cli/rendered/kinesis/analytics-dynamodb.json': {
    valid: true,
    why: 'The envelope (applicationArn, streamArn, records without lambdaDeliveryRecordMetadata) is the input preprocessing request; only the record data looks like a SQL output row, as for the "output to DynamoDB" blueprint. A preprocessing function receives whatever the source stream holds (base64 data is opaque to the envelope), so the file is a valid kinesis-analytics.preprocessing event and is detected as one. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html',
  },
  'sam-cli/rendered/alexa-smart-home/smart-home-control-turn-off-request.json': { valid: false, detect: false, why: ALEXA_SMART_HOME_V2 },
  'sam-cli/rendered/alexa-smart-home/smart-home-control-turn-on-request.json': { valid: false, detect: false, why: ALEXA_SMART_HOME_V2 },
  'sam-cli/rendered/alexa-smart-home/smart-home-discovery-request.json': { valid: false, detect: false, why: ALEXA_SMART_HOME_V2 },
  'sam-cli/rendered/lex/book-car.json': { valid: false, why: LEX_V1_NUMERIC_SLOT },
  'sam-cli/rendered/lex/book-hotel.json': { valid: false, why: LEX_V1_NUMERIC_SLOT },
  'aws-lambda-go/lex-event.json': {
    valid: false,
    why: 'A copy of the guide\'s placeholder example with its placeholders left in: invocationSource "FulfillmentCodeHook or DialogCodeHook", confirmationStatus "None, Confirmed, or Denied (...)", outputDialogMode "Text or Voice, ...", and slotDetails resolutions written { "value1": ... } where the guide has { "value": ... }. Lex sends one value of each closed set. https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html',
  },
  'aws-lambda-go/lex-response.json': {
    valid: false,
    why: 'The guide\'s placeholder response with the placeholders left in: dialogAction.type "ElicitIntent, ElicitSlot, ConfirmIntent, Delegate, or Close", fulfillmentState "Fulfilled or Failed", contentType "PlainText or SSML". Lex accepts exactly one type, and the fields each type needs. https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#using-lambda-response-format',
  },
  'aws-lambda-go/connect-event.json': {
    valid: false,
    why: 'InstanceARN is "" (and Queue.ARN too); Amazon Connect always sends the instance ARN (arn:aws:connect:<region>:<account>:instance/<id>). The file is hand-written in other ways that are tolerated: Name "ContactFlowExecution" (every AWS example says "ContactFlowEvent"), Channel "Voice" (Connect writes VOICE) and InitiationMethod "INBOUND/OUTBOUND/TRANSFER/CALLBACK" (a placeholder). https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html',
  },
};

/**
 * What detection must return for a corpus file: its label, unless a decision says otherwise
 * (`detect: false`: no rule may claim it; `detected`: a more specific id wins), or the manifest
 * flags the label `inferred` (set by hand because the file does not say what it is).
 */
export function expectedDetection(entry: { path: string; id: string; flags: string[] }): string | null {
  const decision = decisions[entry.path];
  if (decision?.detect === false || entry.flags.includes('inferred')) return null;
  return decision?.detected ?? entry.id;
}
