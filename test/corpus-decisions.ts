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

const FIREHOSE_NO_STREAM_ARN =
  'No deliveryStreamArn: SAM CLI\'s template leaves it out. Firehose sends it in every transformation invocation, beside invocationId, region and records (the Lambda guide\'s Firehose event and the Firehose data transformation page). ' +
  'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesisfirehose.html https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html';

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
};
