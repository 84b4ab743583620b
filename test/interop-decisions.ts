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

const LEX_V1_SLOT_DETAILS =
  "Unsettled: @types/aws-lambda requires currentIntent.slotDetails. The Lex V1 guide's input format shows it, but SAM CLI's lex samples (and our sample, built the same way) leave it out, and the guide does not say it is always sent; the registry keeps it optional. Lex V1 reached end of support on 15 September 2025, so no new capture will settle it. https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html";
const CONNECT_MEDIA_STREAMS =
  "@types/aws-lambda is stricter than AWS: its ConnectContactFlowEvent requires ContactData.MediaStreams (and other members), but the Amazon Connect guide's and the Lambda guide's example requests have no MediaStreams (it describes live media streaming), and the guide says some contact data parameters are optional. https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html";

export const interop: Record<string, string> = {
  'apigateway.rest-proxy | sample | fits theirs': IDENTITY_FIELDS,
  'apigateway.request-authorizer | sample | fits theirs': IDENTITY_FIELDS,
  'apigateway.http-authorizer-v2 | sample | fits theirs':
    "@types/aws-lambda is wrong: APIGatewayRequestAuthorizerEventV2 requires `cookies` (and other optional members), but like the payload 2.0 proxy event the authorizer input omits cookies when the request has none. https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html",
  's3.eventbridge-object-deleted | sample | fits theirs': EB_ETAG,
  's3.eventbridge-object-restore-expired | sample | fits theirs': EB_ETAG,
  'apigateway.rest-proxy | aws-lambda-go/apigw-request.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.rest-proxy | aws-lambda-go/apigw-restapi-openapi-request.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.rest-proxy | sam-cli/rendered/apigateway/aws-proxy.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.rest-proxy | fixture get-with-path-parameter.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.request-authorizer | aws-lambda-go/apigw-custom-auth-request-type-request.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.request-authorizer | sam-cli/rendered/apigateway/request-authorizer.json | fits theirs': IDENTITY_FIELDS,
  'apigateway.rest-proxy | fixture console-test-null-maps.json | fits theirs':
    "@types/aws-lambda is wrong: it types `headers` (and multiValueHeaders) as never null, but the API Gateway console's Test button sends `null` when no header is given, as AWS's example input shows. https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html",
  'apigateway.rest-proxy.result | fixture status-only.json | fits theirs':
    '@types/aws-lambda is stricter than AWS: APIGatewayProxyResult requires `body`, but a proxy integration response needs only statusCode (the output format lists body as optional and API Gateway answers with an empty body). https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format',
  'apigateway.http-proxy-v2.result | fixture inferred-object.json | fits theirs':
    "@types/aws-lambda is narrower than AWS: APIGatewayProxyResultV2 allows a structured response or a string (with its generic T for other values), but HTTP API payload 2.0 accepts any valid JSON and infers a 200 response when it has no statusCode. https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html#http-api-develop-integrations-lambda.response",
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
