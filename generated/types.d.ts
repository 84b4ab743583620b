// Generated from schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.

/**
 * An Amazon Resource Name (arn:partition:service:region:account-id:resource). Partitions other than `aws` (aws-cn, aws-us-gov) are accepted. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
export type Arn = string;

/**
 * Any JSON value that is not an object with `statusCode`: API Gateway infers `statusCode` 200, `content-type: application/json`, `isBase64Encoded` false, and sends the value itself as the body.
 */
export type ApiGatewayHttpInferredResponse =
  | string
  | number
  | boolean
  | null
  | unknown[]
  | {
      statusCode?: never;
      [k: string]: unknown;
    };

/**
 * Milliseconds since the Unix epoch as a JSON integer (API Gateway `requestTimeEpoch`, HTTP API `timeEpoch`).
 */
export type EpochMillis = number;

/**
 * One attribute in DynamoDB JSON: an object with exactly one type key (`S`, `N`, `B`, `SS`, `NS`, `BS`, `M`, `L`, `NULL` or `BOOL`). Numbers travel as strings so no precision is lost; binary values are base64. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_AttributeValue.html
 */
export type AttributeValue =
  | {
      /**
       * A String value.
       */
      S: string;
    }
  | {
      N: DynamoDbNumberString;
    }
  | {
      B: Base64String;
    }
  | {
      /**
       * A String Set.
       */
      SS: string[];
    }
  | {
      /**
       * A Number Set, each number as a string.
       */
      NS: DynamoDbNumberString[];
    }
  | {
      /**
       * A Binary Set, each value base64-encoded.
       */
      BS: Base64String[];
    }
  | {
      M: AttributeMap;
    }
  | {
      /**
       * A List of nested attribute values, of any types.
       */
      L: AttributeValue[];
    }
  | {
      /**
       * A Null value; DynamoDB always writes `true`.
       */
      NULL: true;
    }
  | {
      /**
       * A Boolean value.
       */
      BOOL: boolean;
    };

/**
 * A DynamoDB Number written as a decimal string (up to 38 digits of precision), for example `123`, `-3.14` or `1E+2`.
 */
export type DynamoDbNumberString = string;

/**
 * Base64-encoded bytes (standard alphabet, padded).
 */
export type Base64String = string;

/**
 * A 12-digit AWS account id, as a string (leading zeros are significant).
 */
export type AwsAccountId = string;

/**
 * An AWS Region code such as `us-east-1`, `eu-central-2`, `us-gov-west-1` or `cn-north-1`. https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
 */
export type AwsRegion = string;

/**
 * Milliseconds since the Unix epoch written as a decimal string, as SQS writes `SentTimestamp`.
 */
export type EpochMillisString = string;

/**
 * Seconds since the Unix epoch as a JSON number; may carry a fractional part (DynamoDB `ApproximateCreationDateTime`, Kinesis `approximateArrivalTimestamp`).
 */
export type EpochSeconds = number;

/**
 * An RFC 3339 / ISO 8601 UTC timestamp such as `2019-03-14T00:00:00Z` or `1970-01-01T00:00:00.000Z` (fractional seconds optional).
 */
export type IsoTimestamp = string;

/**
 * An MD5 digest as 32 lowercase hexadecimal digits.
 */
export type Md5Hex = string;

/**
 * API Gateway HTTP API Lambda response (payload 2.0).
 *
 * What a function behind an HTTP API payload 2.0 integration returns: either a structured response (an object with `statusCode`), or any other JSON value, which API Gateway sends as a 200 `application/json` response with the value as the body.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html#http-api-develop-integrations-lambda.v2
 */
export type ApiGatewayHttpProxyV2Result = ApiGatewayHttpStructuredResponse | ApiGatewayHttpInferredResponse;

/**
 * Amazon EventBridge event.
 *
 * Any event an EventBridge (CloudWatch Events) rule delivers to the function: the common envelope, with `detail` shaped by `source` and `detail-type`. EventBridge invokes the function asynchronously. Use the type parameters to narrow `detail-type`, `detail` and `source` for one kind of event.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html
 */
export type EventBridgeEvent<TDetailType extends string = string, TDetail = unknown, TSource extends string = string> = EventBridgeEnvelope & {
  "detail-type": TDetailType;
  source: TSource;
  detail: TDetail;
};

/**
 * Amazon EventBridge scheduled event.
 *
 * The event an EventBridge (CloudWatch Events) rule with a schedule expression (`rate(...)` or `cron(...)`) sends to the function when it fires: source `aws.events`, detail-type `Scheduled Event`, an empty `detail` and the rule ARN in `resources`. Invoked asynchronously. EventBridge Scheduler schedules are a different feature and send their own payload.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/event-reference.html
 */
export type EventBridgeScheduledEvent = EventBridgeEnvelope & {
  "detail-type": "Scheduled Event";
  source: "aws.events";
  /**
   * The ARN of the rule that fired (`arn:aws:events:<region>:<account>:rule/<name>`). https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-run-lambda-schedule.html
   *
   * @minItems 1
   */
  resources: Arn[];
  /**
   * Always an empty object: the Scheduled Event has no detail fields.
   */
  detail: {
    [k: string]: unknown;
  };
};

/**
 * Lambda function URL response.
 *
 * What a function behind a function URL (`BUFFERED` invoke mode) returns; the same contract as the API Gateway HTTP API payload 2.0 response. An object with `statusCode` is a structured response; any other JSON value is sent as a 200 `application/json` response with the value as the body.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-response-payload
 */
export type LambdaFunctionUrlResult = ApiGatewayHttpStructuredResponse | ApiGatewayHttpInferredResponse;

/**
 * Identifies the load balancer target group that invoked the function.
 */
export interface AlbRequestContext {
  elb: {
    targetGroupArn: Arn;
  };
}

/**
 * A Lambda target's HTTP response. Use `headers` when the target group's multi-value headers setting is off and `multiValueHeaders` when it is on.
 */
export interface AlbResponse {
  /**
   * The HTTP status code to return to the client.
   */
  statusCode: number;
  /**
   * The status line text: the status code and reason phrase separated by a single space, such as `200 OK`. Not `null` (a null value gives a 502, aws/aws-lambda-dotnet#507).
   */
  statusDescription?: string;
  headers?: HttpHeaders;
  multiValueHeaders?: HttpMultiValueHeaders;
  /**
   * The response payload as a string; base64-encoded binary when `isBase64Encoded` is true. May be omitted, but not `null` (a null body gives a 502, aws/aws-lambda-go#438).
   */
  body?: string;
  /**
   * Set to true when `body` is base64-encoded; the load balancer decodes it before sending it to the client.
   */
  isBase64Encoded?: boolean;
}

/**
 * Header name to value. Names keep the case the client sent unless the front door lower-cases them (HTTP API payload 2.0 and function URLs do).
 */
export interface HttpHeaders {
  [k: string]: string;
}

/**
 * Header name to every value the client sent for it, in order.
 */
export interface HttpMultiValueHeaders {
  [k: string]: string[];
}

/**
 * A client certificate presented with mutual TLS (REST `identity.clientCert`, HTTP API `authentication.clientCert`). https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html
 */
export interface ApiGatewayClientCert {
  /**
   * The certificate in PEM format.
   */
  clientCertPem: string;
  subjectDN: string;
  issuerDN: string;
  serialNumber: string;
  validity: {
    /**
     * OpenSSL date text such as `May 28 12:30:02 2019 GMT`.
     */
    notBefore: string;
    /**
     * OpenSSL date text such as `Aug  5 09:36:04 2021 GMT`.
     */
    notAfter: string;
  };
}

/**
 * A response that sets the status, headers and cookies itself. API Gateway treats any returned object that has `statusCode` as this shape. Also the function URL response format.
 */
export interface ApiGatewayHttpStructuredResponse {
  /**
   * The HTTP status code to return to the client.
   */
  statusCode: number;
  headers?: HttpHeaders;
  /**
   * Cookies to set; each item becomes one `set-cookie` response header.
   */
  cookies?: string[];
  /**
   * The response payload as a string; base64-encoded binary when `isBase64Encoded` is true.
   */
  body?: string;
  /**
   * Set to true when `body` is base64-encoded binary; omitted means false.
   */
  isBase64Encoded?: boolean;
}

/**
 * Mutual TLS details; present only when the API's custom domain requires mutual TLS.
 */
export interface ApiGatewayHttpV2Authentication {
  clientCert: ApiGatewayClientCert;
}

/**
 * What the route's authorizer established; absent when the route has no authorizer. Exactly one key is set in a real event: `jwt` (JWT authorizer), `lambda` (Lambda authorizer) or `iam` (`AWS_IAM` authorization).
 */
export interface ApiGatewayHttpV2Authorizer {
  jwt?: ApiGatewayHttpV2JwtAuthorizer;
  /**
   * The `context` object the Lambda authorizer returned, as returned (any JSON values); `null` when the authorizer returned no context.
   */
  lambda?: {
    [k: string]: unknown;
  } | null;
  iam?: ApiGatewayHttpV2IamAuthorizer;
}

/**
 * The validated JWT's claims and scopes.
 */
export interface ApiGatewayHttpV2JwtAuthorizer {
  /**
   * The token's claims. API Gateway passes scalar claims as strings and may flatten arrays into a bracketed string, so values are left untyped.
   */
  claims: {
    [k: string]: unknown;
  };
  /**
   * The token's scopes; `null` when the token carries no `scope`/`scp` claim.
   */
  scopes?: string[] | null;
}

/**
 * The SigV4 caller of a route that uses `AWS_IAM` authorization. https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control-iam.html
 */
export interface ApiGatewayHttpV2IamAuthorizer {
  /**
   * The access key id that signed the request.
   */
  accessKey: string;
  /**
   * The caller's AWS account id.
   */
  accountId: string;
  /**
   * The caller's principal id (for a role session, `<role id>:<session name>`).
   */
  callerId: string;
  /**
   * Cognito identity pool details when the caller used Cognito credentials; `null` otherwise.
   */
  cognitoIdentity?: ApiGatewayHttpV2CognitoIdentity | null;
  /**
   * The caller's AWS Organizations id; `null` when the account is not in an organization.
   */
  principalOrgId?: string | null;
  userArn: Arn;
  /**
   * The caller's user id.
   */
  userId: string;
}

/**
 * Cognito identity pool details of an IAM caller.
 */
export interface ApiGatewayHttpV2CognitoIdentity {
  /**
   * Authentication methods references, such as `authenticated` and the provider.
   */
  amr: string[];
  identityId: string;
  identityPoolId: string;
}

/**
 * The HTTP API request context, payload format 2.0.
 */
export interface ApiGatewayHttpV2RequestContext {
  /**
   * The AWS account id of the API owner.
   */
  accountId: string;
  /**
   * The HTTP API id.
   */
  apiId: string;
  authentication?: ApiGatewayHttpV2Authentication;
  authorizer?: ApiGatewayHttpV2Authorizer;
  /**
   * The host name the client called (the execute-api host or a custom domain).
   */
  domainName: string;
  /**
   * The first label of `domainName`.
   */
  domainPrefix: string;
  http: ApiGatewayHttpV2RequestContextHttp;
  /**
   * The API Gateway request id (`$context.requestId`).
   */
  requestId: string;
  /**
   * The route that matched; same as the top-level `routeKey`.
   */
  routeKey: string;
  /**
   * The stage name, `$default` for the default stage.
   */
  stage: string;
  /**
   * The request time in CLF format, such as `12/Mar/2020:19:03:58 +0000`.
   */
  time: string;
  timeEpoch: EpochMillis;
}

/**
 * HTTP details of the request (payload format 2.0, also sent by function URLs).
 */
export interface ApiGatewayHttpV2RequestContextHttp {
  /**
   * The HTTP method: `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, `HEAD` or `OPTIONS`.
   */
  method: string;
  /**
   * The request path.
   */
  path: string;
  /**
   * The request protocol, such as `HTTP/1.1`.
   */
  protocol: string;
  /**
   * The source IP address of the TCP connection making the request.
   */
  sourceIp: string;
  /**
   * The User-Agent request header value.
   */
  userAgent: string;
}

/**
 * Lambda proxy response, payload format 1.0 (REST APIs, and HTTP APIs with payload format 1.0). Only `statusCode` is required: the guide's own examples return `{statusCode, body}` or `{statusCode, headers}`. API Gateway merges `headers` and `multiValueHeaders`; for a key in both, only the `multiValueHeaders` values are used.
 */
export interface ApiGatewayProxyResponse {
  /**
   * The HTTP status code to return to the client.
   */
  statusCode: number;
  /**
   * Single-value response headers; may be omitted. `null` is accepted too (aws-lambda-go returns `null` for an unset map).
   */
  headers?: HttpHeaders | null;
  /**
   * Response headers with one or more values each; may be omitted or `null`, like `headers`.
   */
  multiValueHeaders?: HttpMultiValueHeaders | null;
  /**
   * The response payload as a string (serialize JSON yourself); base64-encoded binary when `isBase64Encoded` is true. May be omitted for an empty body.
   */
  body?: string;
  /**
   * Set to true when `body` is base64-encoded binary (REST APIs also need a matching binary media type); omitted means false.
   */
  isBase64Encoded?: boolean;
}

/**
 * Caller identity (`$context.identity.*`). Only `sourceIp` is always set; the others are `null` (or absent) unless the matching feature is in use: IAM (`AWS_IAM`) authorization fills `accessKey`, `accountId`, `caller`, `user`, `userArn`; Cognito identity pools fill the `cognito*` fields; API keys fill `apiKey`/`apiKeyId`; mutual TLS fills `clientCert`; private APIs add `vpcId`/`vpceId`.
 */
export interface ApiGatewayRequestIdentity {
  /**
   * The source IP address of the TCP connection that reached API Gateway.
   */
  sourceIp: string;
  /**
   * The User-Agent header of the caller; `null` when the request carries none.
   */
  userAgent?: string | null;
  /**
   * The AWS access key of an IAM-signed caller; `null` otherwise.
   */
  accessKey?: string | null;
  /**
   * The AWS account of an IAM-signed caller; `null` otherwise.
   */
  accountId?: string | null;
  /**
   * The principal id of an IAM-signed caller; `null` otherwise.
   */
  caller?: string | null;
  /**
   * The principal id of an IAM-signed user; `null` otherwise.
   */
  user?: string | null;
  /**
   * The ARN of an IAM-signed caller; `null` otherwise.
   */
  userArn?: string | null;
  /**
   * The AWS Organizations id of an IAM-signed caller; `null` otherwise.
   */
  principalOrgId?: string | null;
  /**
   * The API key of a method that requires one; `null` otherwise.
   */
  apiKey?: string | null;
  /**
   * The id of the API key; `null` otherwise.
   */
  apiKeyId?: string | null;
  /**
   * The Cognito identity id of a caller using Cognito identity pool credentials; `null` otherwise.
   */
  cognitoIdentityId?: string | null;
  /**
   * The Cognito identity pool id; `null` otherwise.
   */
  cognitoIdentityPoolId?: string | null;
  /**
   * `authenticated` or `unauthenticated` for Cognito identity pool callers; `null` otherwise.
   */
  cognitoAuthenticationType?: string | null;
  /**
   * The Cognito authentication providers used by the caller; `null` otherwise.
   */
  cognitoAuthenticationProvider?: string | null;
  /**
   * The VPC of a private API caller.
   */
  vpcId?: string;
  /**
   * The VPC endpoint of a private API caller.
   */
  vpceId?: string;
  /**
   * The client certificate presented with mutual TLS; absent or `null` without mutual TLS.
   */
  clientCert?: ApiGatewayClientCert | null;
}

/**
 * Authorizer output (`$context.authorizer.*`); absent when the method has no authorizer or uses `AWS_IAM`. A Lambda authorizer gives `principalId`, `integrationLatency` and its `context` keys flattened in (string, number or boolean values); a Cognito user pool authorizer gives `claims`. https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html A Lambda authorizer's `context` entries appear here as extra keys (string, number or boolean values), hence the open map.
 */
export interface ApiGatewayRestAuthorizer {
  /**
   * The `principalId` a Lambda authorizer returned.
   */
  principalId?: string;
  /**
   * Milliseconds the Lambda authorizer took.
   */
  integrationLatency?: number;
  /**
   * Cognito user pool token claims (COGNITO_USER_POOLS authorizer). HTTP API payload 1.0 sends `null` when there is no JWT authorizer.
   */
  claims?: {
    [k: string]: unknown;
  } | null;
  /**
   * OAuth scopes of the token (HTTP API payload 1.0); `null` when there are none.
   */
  scopes?: string[] | null;
  [k: string]: unknown;
}

/**
 * The REST API request context: one key per `$context` variable. API Gateway may add keys; which optional ones appear depends on the API's features (authorizers, custom domains, mutual TLS, private endpoints). https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference
 */
export interface ApiGatewayRestRequestContext {
  /**
   * The AWS account id of the API owner (12 digits in real events; the API Gateway guide's example shows an 11-digit placeholder, so no pattern is enforced).
   */
  accountId: string;
  /**
   * The REST API id, the first label of the execute-api host name.
   */
  apiId: string;
  /**
   * The id of the API Gateway resource that matched.
   */
  resourceId: string;
  /**
   * The resource path template, same as the top-level `resource`.
   */
  resourcePath: string;
  /**
   * The HTTP method of the request.
   */
  httpMethod: string;
  /**
   * The deployment stage name, such as `prod` (`test-invoke-stage` from the console's Test button).
   */
  stage: string;
  /**
   * The API Gateway request id (`$context.requestId`), also returned to the client in `x-amzn-RequestId`.
   */
  requestId: string;
  /**
   * The extended request id (`$context.extendedRequestId`), also in the `x-amz-apigw-id` response header. Absent from older sample events.
   */
  extendedRequestId?: string;
  identity: ApiGatewayRequestIdentity;
  authorizer?: ApiGatewayRestAuthorizer;
  /**
   * The full request path including the stage (or the custom domain's base path), such as `/prod/hello/world`.
   */
  path: string;
  /**
   * The request protocol, such as `HTTP/1.1` or `HTTP/2.0`.
   */
  protocol: string;
  /**
   * The request time in CLF format (`dd/MMM/yyyy:HH:mm:ss +-hhmm`).
   */
  requestTime: string;
  requestTimeEpoch: EpochMillis;
  /**
   * The host name the client called (the execute-api host or a custom domain). Absent from older sample events such as `sam local generate-event`.
   */
  domainName?: string;
  /**
   * The first label of `domainName`.
   */
  domainPrefix?: string;
  /**
   * The method's operation name, when one is set (for example from an OpenAPI `operationId`).
   */
  operationName?: string;
  /**
   * The id of the deployment serving the request.
   */
  deploymentId?: string;
}

/**
 * An item, key or nested map: attribute name to its DynamoDB JSON value.
 */
export interface AttributeMap {
  [k: string]: AttributeValue;
}

/**
 * One item Lambda must retry: an SQS `messageId`, or a Kinesis / DynamoDB Streams `sequenceNumber`.
 */
export interface BatchItemFailure {
  itemIdentifier: string;
}

/**
 * Partial batch response. Lambda treats the batch as a complete success when `batchItemFailures` is empty, and retries only the listed items otherwise. An empty or null `itemIdentifier` makes Lambda treat the whole batch as failed, so it is rejected here as a bug in the handler.
 */
export interface BatchItemFailuresResponse {
  batchItemFailures: BatchItemFailure[];
}

/**
 * One DynamoDB Streams record as Lambda delivers it (the streams `Record` type). https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html
 */
export interface DynamoDbStreamEventRecord {
  /**
   * Globally unique identifier of the stream record.
   */
  eventID: string;
  /**
   * The modification: `INSERT` (new item), `MODIFY` (attributes changed) or `REMOVE` (item deleted, including by TTL).
   */
  eventName: "INSERT" | "MODIFY" | "REMOVE";
  /**
   * Version of the stream record format, such as `1.1`; AWS says it only increases and clients must not assume a fixed value.
   */
  eventVersion: string;
  eventSource: "aws:dynamodb";
  awsRegion: AwsRegion;
  eventSourceARN: Arn;
  userIdentity?: DynamoDbStreamUserIdentity;
  /**
   * The change itself. DynamoDB Streams always adds `SequenceNumber` and `StreamViewType` to the shared change record.
   */
  dynamodb: DynamoDbStreamRecord & {
    SequenceNumber: string;
    StreamViewType: string;
  };
}

/**
 * Who made the change, given only for Time to Live deletions: `type` is `Service` and `principalId` is `dynamodb.amazonaws.com`. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Identity.html
 */
export interface DynamoDbStreamUserIdentity {
  /**
   * `Service` for Time to Live deletions.
   */
  type: string;
  /**
   * `dynamodb.amazonaws.com` for Time to Live deletions.
   */
  principalId: string;
}

/**
 * The data modification on one item (the streams `StreamRecord` type), shared by DynamoDB Streams records and Kinesis Data Streams for DynamoDB records. Which images are present depends on the stream view type and the event: `INSERT` has no `OldImage`, `REMOVE` has no `NewImage`, `KEYS_ONLY` has neither. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html
 */
export interface DynamoDbStreamRecord {
  /**
   * When the record was created, as a Unix epoch number. DynamoDB Streams sends whole seconds; Kinesis Data Streams for DynamoDB sends milliseconds or microseconds, as `ApproximateCreationDateTimePrecision` says.
   */
  ApproximateCreationDateTime: number;
  /**
   * Only in Kinesis Data Streams for DynamoDB records: the unit of `ApproximateCreationDateTime` (the destination's setting; microseconds by default). Absent from DynamoDB Streams records. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_EnableKinesisStreamingConfiguration.html
   */
  ApproximateCreationDateTimePrecision?: "MILLISECOND" | "MICROSECOND";
  Keys: AttributeMap;
  NewImage?: AttributeMap;
  OldImage?: AttributeMap;
  /**
   * Position of the record in its shard (21 to 40 digits); the `itemIdentifier` to return for a failed record. Always sent by DynamoDB Streams, absent from Kinesis Data Streams for DynamoDB records.
   */
  SequenceNumber?: string;
  /**
   * Size of the stream record in bytes.
   */
  SizeBytes: number;
  /**
   * What the stream captures: `KEYS_ONLY`, `NEW_IMAGE`, `OLD_IMAGE` or `NEW_AND_OLD_IMAGES`. Always sent by DynamoDB Streams, absent from Kinesis Data Streams for DynamoDB records.
   */
  StreamViewType?: "KEYS_ONLY" | "NEW_IMAGE" | "OLD_IMAGE" | "NEW_AND_OLD_IMAGES";
}

/**
 * The metadata fields that appear in every event delivered to an event bus, plus `detail`. https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html and https://docs.aws.amazon.com/eventbridge/latest/ref/overiew-event-structure.html
 */
export interface EventBridgeEnvelope {
  /**
   * Envelope version; AWS sets it to `0` in all events.
   */
  version: "0";
  /**
   * Identifier generated for every event (a UUID), usable to trace the event through rules and targets.
   */
  id: string;
  /**
   * With `source`, identifies the event type and so the fields in `detail`, for example `EC2 Instance State-change Notification` or `AWS API Call via CloudTrail`.
   */
  "detail-type": string;
  /**
   * The service or application that emitted the event: `aws.<service>` for AWS services; custom events may use any value that does not start with `aws.`.
   */
  source: string;
  account: AwsAccountId;
  time: IsoTimestamp;
  region: AwsRegion;
  /**
   * ARNs of the resources involved; the emitting service decides what to include, so the array may be empty (CloudTrail API-call events carry none) and custom events may put any strings here.
   */
  resources: string[];
  /**
   * The event payload, a JSON object whose content the emitting service decides; may be `{}`.
   */
  detail: {
    [k: string]: unknown;
  };
  /**
   * Name of the archive replay, only on events re-sent by an EventBridge replay.
   */
  "replay-name"?: string;
}

/**
 * One Kinesis record as Lambda delivers it: the record itself under `kinesis`, and where it came from.
 */
export interface KinesisStreamRecord {
  kinesis: KinesisStreamRecordPayload;
  eventSource: "aws:kinesis";
  /**
   * Version of the record envelope, `1.0`.
   */
  eventVersion: string;
  /**
   * `<shardId>:<sequenceNumber>`, for example `shardId-000000000006:49590338271490256608559692538361571095921575989136588898`.
   */
  eventID: string;
  eventName: "aws:kinesis:record";
  invokeIdentityArn: Arn;
  awsRegion: AwsRegion;
  eventSourceARN: Arn;
}

/**
 * The Kinesis Data Streams record: the `Record` type of the Kinesis API with camelCase names. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_Record.html
 */
export interface KinesisStreamRecordPayload {
  /**
   * Version of the record format, `1.0`.
   */
  kinesisSchemaVersion: string;
  /**
   * The partition key the producer gave; it chose the shard.
   */
  partitionKey: string;
  /**
   * Unique, increasing position of the record within its shard; the `itemIdentifier` to return for a failed record.
   */
  sequenceNumber: string;
  data: Base64String;
  approximateArrivalTimestamp: EpochSeconds;
  /**
   * `KMS` when the stream has server-side encryption; absent for unencrypted streams (the Kinesis API's `NONE`).
   */
  encryptionType?: string;
}

/**
 * Authorizer block of a function URL: only IAM.
 */
export interface LambdaFunctionUrlAuthorizer {
  iam: LambdaFunctionUrlIamIdentity;
}

/**
 * The SigV4 caller of an `AWS_IAM` function URL. The Lambda guide lists all fields, but captured events (aws-lambda-go's lambdaurl samples) show an empty object, so none is required here.
 */
export interface LambdaFunctionUrlIamIdentity {
  /**
   * The access key id that signed the request.
   */
  accessKey?: string;
  /**
   * The caller's AWS account id.
   */
  accountId?: string;
  /**
   * The caller's principal id.
   */
  callerId?: string;
  /**
   * Unused by function URLs: `null` or left out.
   */
  cognitoIdentity?: null;
  /**
   * The caller's AWS Organizations id; `null` when the account is not in an organization.
   */
  principalOrgId?: string | null;
  userArn?: Arn;
  /**
   * The caller's user id.
   */
  userId?: string;
}

/**
 * The function URL request context: the HTTP API 2.0 request context with `routeKey` and `stage` fixed to `$default` and only IAM authorization.
 */
export interface LambdaFunctionUrlRequestContext {
  /**
   * The AWS account id of the function owner.
   */
  accountId: string;
  /**
   * The function URL id (`<url-id>`).
   */
  apiId: string;
  /**
   * Unused by function URLs; the Lambda guide says Lambda sets it to `null`.
   */
  authentication?: null;
  /**
   * The caller's identity when the function URL uses the `AWS_IAM` auth type; the Lambda guide says it is `null` (or left out) with auth type `NONE`.
   */
  authorizer?: LambdaFunctionUrlAuthorizer | null;
  /**
   * The function URL's domain name, `<url-id>.lambda-url.<region>.on.aws`.
   */
  domainName: string;
  /**
   * The function URL id (first label of `domainName`).
   */
  domainPrefix: string;
  http: ApiGatewayHttpV2RequestContextHttp;
  /**
   * The invocation request id; use it to find the invocation's logs.
   */
  requestId: string;
  /**
   * Unused by function URLs; always the placeholder `$default`.
   */
  routeKey: "$default";
  /**
   * Unused by function URLs; always the placeholder `$default`.
   */
  stage: "$default";
  /**
   * The request time in CLF format, such as `07/Sep/2021:22:50:22 +0000`.
   */
  time: string;
  timeEpoch: EpochMillis;
}

/**
 * A map of string lists: multi-value query string parameters.
 */
export interface MultiValueStringMap {
  [k: string]: string[];
}

/**
 * This interface was referenced by `LambdaEventRegistryRoot`'s JSON-Schema
 * via the `definition` "S3Bucket".
 */
export interface S3Bucket {
  name: string;
  ownerIdentity: S3UserIdentity;
  arn: Arn;
}

/**
 * This interface was referenced by `LambdaEventRegistryRoot`'s JSON-Schema
 * via the `definition` "S3UserIdentity".
 */
export interface S3UserIdentity {
  /**
   * Unique id of the IAM resource (or Amazon customer id) that caused the event, or `s3.amazonaws.com`.
   */
  principalId: string;
}

/**
 * The bucket and object the event is about.
 */
export interface S3Entity {
  /**
   * `1.0`.
   */
  s3SchemaVersion: string;
  /**
   * Id of the notification configuration that matched the event.
   */
  configurationId: string;
  bucket: S3Bucket;
  object: S3Object;
}

/**
 * The object. Delete events (`ObjectRemoved:*`, `LifecycleExpiration:*`) carry no `size` and no `eTag`.
 */
export interface S3Object {
  /**
   * The object key, URL-encoded in form style: a space arrives as `+` ("red flower.jpg" becomes "red+flower.jpg"), so decode `+` to space before percent-decoding.
   */
  key: string;
  /**
   * Object size in bytes; absent on delete events.
   */
  size?: number;
  /**
   * The object's entity tag, without quotes; absent on delete events.
   */
  eTag?: string;
  /**
   * The object version, only when the bucket has versioning enabled; the S3 docs say "otherwise null" and S3 in practice omits it, so both are accepted.
   */
  versionId?: string | null;
  /**
   * Hexadecimal string that orders events for the same key (compare after right-padding the shorter with zeros). S3 sends it on object-creation and deletion events; other event types may omit it.
   */
  sequencer?: string;
}

/**
 * One S3 event. Operation-specific data (`glacierEventData`, `lifecycleEventData`, `intelligentTieringEventData`, `replicationEventData`) is present only for the event types that carry it. https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export interface S3EventRecord {
  /**
   * `<major>.<minor>` version of the record structure. Before 2.4 it varied by event type (2.1 general, 2.2 replication, 2.3 Lifecycle, Intelligent-Tiering, ACL, tagging and restore-delete events); from 2.4 one version covers every type and minor versions only add fields, so any `2.x` is accepted.
   */
  eventVersion: string;
  eventSource: "aws:s3";
  awsRegion: AwsRegion;
  eventTime: IsoTimestamp;
  /**
   * The event type without the `s3:` prefix used in notification configurations (S3 docs: the eventName "doesn't contain the s3: prefix"), for example `ObjectCreated:Put`, `ObjectRemoved:DeleteMarkerCreated`, `ObjectRestore:Completed`, `LifecycleTransition`, `IntelligentTiering`, `Replication:OperationFailedReplication`. Open set: S3 adds event types.
   */
  eventName: string;
  userIdentity: S3UserIdentity;
  requestParameters: S3RequestParameters;
  responseElements: S3ResponseElements;
  s3: S3Entity;
  glacierEventData?: S3GlacierEventData;
  lifecycleEventData?: S3LifecycleEventData;
  intelligentTieringEventData?: S3IntelligentTieringEventData;
  replicationEventData?: S3ReplicationEventData;
}

/**
 * This interface was referenced by `LambdaEventRegistryRoot`'s JSON-Schema
 * via the `definition` "S3RequestParameters".
 */
export interface S3RequestParameters {
  /**
   * IP address the request came from; `s3.amazonaws.com` for S3-initiated events.
   */
  sourceIPAddress: string;
}

/**
 * Identifiers of the request that caused the event, the same values S3 returned to the caller; useful when contacting AWS Support.
 */
export interface S3ResponseElements {
  /**
   * The S3-generated request id.
   */
  "x-amz-request-id": string;
  /**
   * Id of the S3 host that processed the request.
   */
  "x-amz-id-2": string;
}

/**
 * Restore details of an `ObjectRestore:Completed` event.
 */
export interface S3GlacierEventData {
  restoreEventData: S3RestoreEventData;
}

/**
 * This interface was referenced by `LambdaEventRegistryRoot`'s JSON-Schema
 * via the `definition` "S3RestoreEventData".
 */
export interface S3RestoreEventData {
  lifecycleRestorationExpiryTime: IsoTimestamp;
  /**
   * The storage class the object was restored from, such as `GLACIER` or `DEEP_ARCHIVE`.
   */
  lifecycleRestoreStorageClass: string;
}

/**
 * Details of a `LifecycleTransition` event. https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configure-notification.html
 */
export interface S3LifecycleEventData {
  transitionEventData: {
    /**
     * The storage class the object moved to, such as `GLACIER`.
     */
    destinationStorageClass: string;
  };
}

/**
 * Details of an `IntelligentTiering` event. https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-managing.html
 */
export interface S3IntelligentTieringEventData {
  /**
   * The archive tier the object moved to: `ARCHIVE_ACCESS` or `DEEP_ARCHIVE_ACCESS`.
   */
  destinationAccessTier: string;
}

/**
 * Details of a `Replication:*` event. https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-metrics-events.html
 */
export interface S3ReplicationEventData {
  replicationRuleId: string;
  destinationBucket: Arn;
  /**
   * The replicated operation, such as `OBJECT_PUT`.
   */
  s3Operation: string;
  requestTime: IsoTimestamp;
  /**
   * Only on `Replication:OperationFailedReplication`: a reason code such as `AssumeRoleNotPermitted` (https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-failure-codes.html).
   */
  failureReason?: string;
  /**
   * Replication Time Control threshold, on the threshold events; named by the AWS SDKs' S3EventNotification model, format not documented.
   */
  threshold?: string;
  /**
   * Replication time, on the threshold events; named by the AWS SDKs' S3EventNotification model, format not documented.
   */
  replicationTime?: string;
}

/**
 * One SNS delivery to the function.
 */
export interface SnsEventRecord {
  /**
   * Version of the record envelope, `1.0`.
   */
  EventVersion: string;
  EventSubscriptionArn: Arn;
  EventSource: "aws:sns";
  Sns: SnsMessage;
}

/**
 * The notification, in the SNS notification JSON format with Lambda's spelling of the URL fields. https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html
 */
export interface SnsMessage {
  /**
   * Always `Notification` for deliveries to Lambda.
   */
  Type: "Notification";
  /**
   * UUID of the published message; a retried delivery keeps the original id.
   */
  MessageId: string;
  TopicArn: Arn;
  /**
   * The subject given to Publish. Lambda deliveries carry `null` when the publisher gave none (the HTTP/HTTPS format omits the key instead), so both null and absence are accepted.
   */
  Subject?: string | null;
  /**
   * The message body exactly as published (a JSON document, such as an S3 or CloudWatch alarm notification, stays a string).
   */
  Message: string;
  Timestamp: IsoTimestamp;
  /**
   * `1` (SHA1withRSA) or `2` (SHA256withRSA), as set on the topic.
   */
  SignatureVersion: string;
  /**
   * Base64 signature over `Message`, `MessageId`, `Subject` (if present), `Type`, `Timestamp` and `TopicArn`.
   */
  Signature: string;
  /**
   * URL of the certificate that signed the message.
   */
  SigningCertUrl: string;
  /**
   * URL that unsubscribes this endpoint from the topic.
   */
  UnsubscribeUrl: string;
  /**
   * Message attributes by name; an empty object when the message has none.
   */
  MessageAttributes: {
    [k: string]: SnsMessageAttribute;
  };
}

/**
 * A message attribute as SNS delivers it to Lambda: its data type and its value as a string (base64 for `Binary`, a JSON array text for `String.Array`). https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html
 */
export interface SnsMessageAttribute {
  /**
   * `String`, `String.Array`, `Number` or `Binary`, optionally followed by a custom suffix such as `Number.float`.
   */
  Type: string;
  Value: string;
}

/**
 * A user-defined message attribute. `stringValue` is set for String and Number types, `binaryValue` (base64) for Binary; the other one is absent or null. The list fields are reserved by SQS and arrive empty.
 */
export interface SqsMessageAttribute {
  stringValue?: string | null;
  binaryValue?: Base64String | null;
  stringListValues?: string[];
  binaryListValues?: string[];
  /**
   * `String`, `Number` or `Binary`, optionally followed by a custom suffix such as `Number.int`.
   */
  dataType: string;
}

/**
 * SQS system attributes. The four always present are required; FIFO queues add `SequenceNumber`, `MessageGroupId` and `MessageDeduplicationId`, X-Ray adds `AWSTraceHeader`, and redriven messages carry `DeadLetterQueueSourceArn`. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_Message.html
 */
export interface SqsMessageSystemAttributes {
  ApproximateReceiveCount: string;
  SentTimestamp: EpochMillisString;
  /**
   * IAM user id, role id with session name, or account id of the sender.
   */
  SenderId: string;
  ApproximateFirstReceiveTimestamp: EpochMillisString;
  /**
   * FIFO queues only.
   */
  SequenceNumber?: string;
  /**
   * FIFO queues (and fair standard queues) only.
   */
  MessageGroupId?: string;
  /**
   * FIFO queues only.
   */
  MessageDeduplicationId?: string;
  /**
   * X-Ray trace header, when the sender was traced.
   */
  AWSTraceHeader?: string;
  /**
   * Set on messages moved to a dead-letter queue: the queue they came from.
   */
  DeadLetterQueueSourceArn?: string;
}

/**
 * One SQS message as Lambda delivers it. Field names are camelCase, unlike the SQS ReceiveMessage API.
 */
export interface SqsRecord {
  /**
   * Unique message id; the `itemIdentifier` to return for a failed message.
   */
  messageId: string;
  receiptHandle: string;
  /**
   * The message body exactly as sent (a JSON document, for example, stays a string).
   */
  body: string;
  attributes: SqsMessageSystemAttributes;
  /**
   * User-defined message attributes; an empty object when the message has none.
   */
  messageAttributes: {
    [k: string]: SqsMessageAttribute;
  };
  md5OfBody: Md5Hex;
  /**
   * MD5 of the message attributes. Absent or null when the message carries no attributes.
   */
  md5OfMessageAttributes?: Md5Hex | null;
  eventSource: "aws:sqs";
  eventSourceARN: Arn;
  awsRegion: AwsRegion;
}

/**
 * A map of string values: query string parameters, path parameters, stage variables.
 */
export interface StringMap {
  [k: string]: string;
}

/**
 * Application Load Balancer request to a Lambda target.
 *
 * The event an Application Load Balancer passes when it forwards a request (or a health check, with user agent `ELB-HealthChecker/2.0`) to a target group of type `lambda`, invoked synchronously. With the target group attribute `lambda.multi_value_headers.enabled` off (the default) the event has `headers` and `queryStringParameters` (last value wins); with it on, `multiValueHeaders` and `multiValueQueryStringParameters` instead.
 *
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
export interface AlbRequestEvent {
  requestContext: AlbRequestContext;
  /**
   * The HTTP method of the request.
   */
  httpMethod: string;
  /**
   * The request path, such as `/`.
   */
  path: string;
  headers?: HttpHeaders;
  multiValueHeaders?: HttpMultiValueHeaders;
  queryStringParameters?: StringMap;
  multiValueQueryStringParameters?: MultiValueStringMap;
  /**
   * The request payload as a string; an empty string when there is none. Base64-encoded unless the content type is text/*, application/json, application/javascript or application/xml.
   */
  body: string;
  /**
   * True when the load balancer base64-encoded `body`.
   */
  isBase64Encoded: boolean;
}

/**
 * Application Load Balancer response from a Lambda target.
 *
 * What a Lambda target returns to an Application Load Balancer. The ALB guide says the response must include `isBase64Encoded`, `statusCode`, `statusDescription` and headers and may omit the body, but the load balancer fills in defaults for all but `statusCode` (awsdocs/elb-application-load-balancers-user-guide#33, aws/aws-lambda-go#438), so only `statusCode` is required here. A field sent as `null`, or a non-string header value, makes the load balancer answer 502.
 *
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#respond-to-load-balancer
 */
export interface AlbRequestResult {
  /**
   * The HTTP status code to return to the client.
   */
  statusCode: number;
  /**
   * The status line text: the status code and reason phrase separated by a single space, such as `200 OK`. Not `null` (a null value gives a 502, aws/aws-lambda-dotnet#507).
   */
  statusDescription?: string;
  headers?: HttpHeaders;
  multiValueHeaders?: HttpMultiValueHeaders;
  /**
   * The response payload as a string; base64-encoded binary when `isBase64Encoded` is true. May be omitted, but not `null` (a null body gives a 502, aws/aws-lambda-go#438).
   */
  body?: string;
  /**
   * Set to true when `body` is base64-encoded; the load balancer decodes it before sending it to the client.
   */
  isBase64Encoded?: boolean;
}

/**
 * API Gateway HTTP API Lambda proxy request (payload 2.0).
 *
 * The event an API Gateway HTTP API route with a Lambda integration using payload format version 2.0 passes to the function, invoked synchronously. Repeated headers and query parameters are joined with commas; there are no multi-value fields. Lambda function URLs (`lambda.function-url`) send the same shape from a `*.lambda-url.<region>.on.aws` domain.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export interface ApiGatewayHttpProxyV2Event {
  /**
   * The payload format version.
   */
  version: "2.0";
  /**
   * The route that matched, such as `GET /pets/{id}`, `ANY /{proxy+}` or `$default`.
   */
  routeKey: string;
  /**
   * The request path as sent, including the stage name for a named stage.
   */
  rawPath: string;
  /**
   * The query string as sent, without the leading `?`; an empty string when there is none.
   */
  rawQueryString: string;
  /**
   * The request's cookies, one `name=value` per item. Absent (not an empty array) when the request has no Cookie header.
   */
  cookies?: string[];
  headers: HttpHeaders;
  queryStringParameters?: StringMap;
  pathParameters?: StringMap;
  stageVariables?: StringMap;
  requestContext: ApiGatewayHttpV2RequestContext;
  /**
   * The request payload as a string, base64-encoded when `isBase64Encoded` is true. Absent when the request has no body.
   */
  body?: string;
  /**
   * True when `body` is base64-encoded (API Gateway encodes any payload it does not treat as text).
   */
  isBase64Encoded: boolean;
}

/**
 * API Gateway REST API Lambda proxy request (payload 1.0).
 *
 * The event an API Gateway REST API method with a Lambda proxy (`AWS_PROXY`) integration passes to the function, invoked synchronously. The function must return an `apigateway.rest-proxy.result`. HTTP API payload format 1.0 (`apigateway.http-proxy-v1`) shares this shape but adds `version: "1.0"`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
export interface ApiGatewayRestProxyEvent {
  /**
   * The resource path template that matched, such as `/{proxy+}` or `/users/{id}`.
   */
  resource: string;
  /**
   * The request path after the stage, such as `/hello/world`.
   */
  path: string;
  /**
   * The HTTP method of the request (`GET`, `POST`, ...), never `ANY`.
   */
  httpMethod: string;
  /**
   * Request headers, last value wins for a repeated header. API Gateway sends `null` (not `{}`) when the request has no headers, as the console's Test button does.
   */
  headers: HttpHeaders | null;
  /**
   * Every value of every request header. `null` when the request has no headers, like `headers`.
   */
  multiValueHeaders: HttpMultiValueHeaders | null;
  /**
   * Query string parameters, last value wins for a repeated name. `null` (not `{}`) when the URL has no query string (Lambda developer guide example event).
   */
  queryStringParameters: StringMap | null;
  /**
   * Every value of every query string parameter. `null` when the URL has no query string.
   */
  multiValueQueryStringParameters: MultiValueStringMap | null;
  /**
   * Values of the path template variables (`{proxy+}` arrives as `proxy`). `null` when the resource has no path variables.
   */
  pathParameters: StringMap | null;
  /**
   * The stage's stage variables. `null` when the stage defines none.
   */
  stageVariables: StringMap | null;
  requestContext: ApiGatewayRestRequestContext;
  /**
   * The request payload as a string (base64 when `isBase64Encoded` is true). `null` when the request has no body (Lambda developer guide example event).
   */
  body: string | null;
  /**
   * True when `body` is base64-encoded binary (the content type matched one of the API's binary media types). Current REST APIs always send it; optional here because the API Gateway guide's older example event omits it.
   */
  isBase64Encoded?: boolean;
}

/**
 * API Gateway REST API Lambda proxy response.
 *
 * What a function behind a REST API Lambda proxy integration must return. Any other shape (a missing or non-integer `statusCode`, a non-string `body`, an unexpected top-level key) makes API Gateway answer 502 "Malformed Lambda proxy response".
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format
 */
export interface ApiGatewayRestProxyResult {
  /**
   * The HTTP status code to return to the client.
   */
  statusCode: number;
  /**
   * Single-value response headers; may be omitted. `null` is accepted too (aws-lambda-go returns `null` for an unset map).
   */
  headers?: HttpHeaders | null;
  /**
   * Response headers with one or more values each; may be omitted or `null`, like `headers`.
   */
  multiValueHeaders?: HttpMultiValueHeaders | null;
  /**
   * The response payload as a string (serialize JSON yourself); base64-encoded binary when `isBase64Encoded` is true. May be omitted for an empty body.
   */
  body?: string;
  /**
   * Set to true when `body` is base64-encoded binary (REST APIs also need a matching binary media type); omitted means false.
   */
  isBase64Encoded?: boolean;
}

/**
 * Amazon DynamoDB Streams batch.
 *
 * The batch of change records a DynamoDB Streams event source mapping reads from one shard of a table's stream and passes to the function, oldest first. Lambda retries the whole batch on error; with `ReportBatchItemFailures` it resumes from the lowest `SequenceNumber` the function lists in its response.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 */
export interface DynamoDbStreamBatchEvent {
  /**
   * @minItems 1
   */
  Records: DynamoDbStreamEventRecord[];
}

/**
 * DynamoDB Streams partial batch response.
 *
 * What a function returns to a DynamoDB Streams event source mapping with `ReportBatchItemFailures`: the `SequenceNumber` of each failed record as `itemIdentifier`. Lambda retries from the lowest sequence number listed (the records before it count as processed). Without that setting the return value is ignored and any error retries the whole batch.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
export interface DynamoDbStreamBatchResult {
  batchItemFailures: BatchItemFailure[];
}

/**
 * Amazon Kinesis Data Streams batch.
 *
 * The batch of records a Kinesis event source mapping reads from one shard and passes to the function, in sequence order. Lambda retries the whole batch on error; with `ReportBatchItemFailures` it resumes from the lowest `sequenceNumber` the function lists in its response.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 */
export interface KinesisStreamBatchEvent {
  /**
   * @minItems 1
   */
  Records: KinesisStreamRecord[];
}

/**
 * Kinesis Data Streams partial batch response.
 *
 * What a function returns to a Kinesis event source mapping with `ReportBatchItemFailures`: the `sequenceNumber` of each failed record as `itemIdentifier`. Lambda retries from the lowest sequence number listed (the records before it count as processed). Without that setting the return value is ignored and any error retries the whole batch.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 */
export interface KinesisStreamBatchResult {
  batchItemFailures: BatchItemFailure[];
}

/**
 * Lambda function URL request.
 *
 * The event Lambda builds from an HTTP request to a function URL (`https://<url-id>.lambda-url.<region>.on.aws`), invoked synchronously (or as a response stream with `RESPONSE_STREAM` invoke mode). It follows API Gateway HTTP API payload format 2.0; the API Gateway-only fields carry placeholders (`routeKey` and `stage` are `$default`, `pathParameters` and `stageVariables` are null or absent).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
 */
export interface LambdaFunctionUrlEvent {
  /**
   * The payload format version; function URLs only use 2.0.
   */
  version: "2.0";
  /**
   * Unused by function URLs; the Lambda guide says Lambda always sets it to the placeholder `$default`.
   */
  routeKey: "$default";
  /**
   * The request path, such as `/example/test/demo`.
   */
  rawPath: string;
  /**
   * The query string as sent, without the leading `?`; an empty string when there is none.
   */
  rawQueryString: string;
  /**
   * The request's cookies, one `name=value` per item. Absent when the request has no Cookie header.
   */
  cookies?: string[];
  headers: HttpHeaders;
  queryStringParameters?: StringMap;
  /**
   * Unused by function URLs: the Lambda guide says Lambda sets it to `null` or leaves it out.
   */
  pathParameters?: null;
  /**
   * Unused by function URLs: the Lambda guide says Lambda sets it to `null` or leaves it out.
   */
  stageVariables?: null;
  requestContext: LambdaFunctionUrlRequestContext;
  /**
   * The request payload as a string, base64-encoded when `isBase64Encoded` is true (binary content types). Absent when the request has no body.
   */
  body?: string;
  /**
   * True when `body` is base64-encoded binary.
   */
  isBase64Encoded: boolean;
}

/**
 * Amazon S3 event notification.
 *
 * An S3 event notification delivered directly to the function (bucket notification configuration with a Lambda destination). S3 invokes the function asynchronously; each invocation carries one record in practice. The same JSON arrives inside SQS bodies and SNS messages when those are the destination.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export interface S3NotificationEvent {
  /**
   * @minItems 1
   */
  Records: S3EventRecord[];
}

/**
 * Amazon SNS notification.
 *
 * A message published to an SNS topic that the function is subscribed to. SNS invokes the function asynchronously with one record per invocation. Field names are PascalCase, and the URL fields are spelled `SigningCertUrl` and `UnsubscribeUrl` (not the `...URL` of the HTTP/HTTPS delivery format).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 */
export interface SnsNotificationEvent {
  /**
   * Always exactly one record in practice; typed as an array because that is how SNS sends it.
   *
   * @minItems 1
   */
  Records: SnsEventRecord[];
}

/**
 * Amazon SQS message batch.
 *
 * The batch of messages an SQS event source mapping polls from a standard or FIFO queue and passes to the function. Lambda deletes the batch from the queue when the function succeeds; with `ReportBatchItemFailures` it retries only the messages the function lists in its response.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export interface SqsBatchEvent {
  /**
   * @minItems 1
   */
  Records: SqsRecord[];
}

/**
 * SQS partial batch response.
 *
 * What a function returns to an SQS event source mapping with `ReportBatchItemFailures`: the `messageId` of each message to retry. Without that setting the return value is ignored and any error retries the whole batch.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
export interface SqsBatchResult {
  batchItemFailures: BatchItemFailure[];
}
