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
};
