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
}

const S3_PREFIX =
  'eventName carries an "s3:" prefix. The S3 event message structure page says the eventName value references the notification ' +
  "types but doesn't contain the s3: prefix, and every AWS example (ObjectCreated:Put, ObjectRestore:Completed, LifecycleTransition) agrees; " +
  'aws-lambda-go wrote these by hand. https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html';

const SES_ACTION =
  'receipt.action.type is "S3"/"SNS" with no functionArn or invocationType: this is the SES notification content written for an S3 or SNS ' +
  'receipt action, not the event a Lambda receipt action sends. The Lambda action event has action type "Lambda" with functionArn and ' +
  'invocationType. https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html';

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
  'sam-cli/rendered/sns/notification.json': {
    valid: true,
    why: 'EventSubscriptionArn has an empty account ("arn:aws:sns:us-east-1::ExampleTopic") because the SAM template uses a tag this event does not define. The value is wrong but of the right type; the shared Arn definition checks only the arn:<partition>: prefix, so it is accepted.',
  },
  'sam-cli/rendered/alexa-smart-home/smart-home-control-turn-off-request.json': { valid: false, why: ALEXA_SMART_HOME_V2 },
  'sam-cli/rendered/alexa-smart-home/smart-home-control-turn-on-request.json': { valid: false, why: ALEXA_SMART_HOME_V2 },
  'sam-cli/rendered/alexa-smart-home/smart-home-discovery-request.json': { valid: false, why: ALEXA_SMART_HOME_V2 },
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
