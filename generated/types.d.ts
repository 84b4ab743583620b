// Generated from schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.

/**
 * An Amazon Resource Name (arn:partition:service:region:account-id:resource). Partitions other than `aws` (aws-cn, aws-us-gov) are accepted. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
export type Arn = string;

/**
 * Milliseconds since the Unix epoch as a JSON integer (API Gateway `requestTimeEpoch`, HTTP API `timeEpoch`).
 */
export type EpochMillis = number;

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
 * The caller's IP address as AppSync received it, and any addresses from X-Forwarded-For.
 */
export type AppSyncSourceIp = string[];

/**
 * Who called the API, by authorization mode: AWS_IAM (`accountId`, `userArn`...), AMAZON_COGNITO_USER_POOLS (`sub`, `username`, `claims`, `defaultAuthStrategy`), OPENID_CONNECT (`claims`, `issuer`, `sub`), AWS_LAMBDA (`resolverContext`), and null for API_KEY. Narrow on a field only one mode has (`accountId`, `defaultAuthStrategy`, `resolverContext`). https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html#aws-appsync-resolver-context-reference-identity-js
 */
export type AppSyncIdentity =
  AppSyncIamIdentity | AppSyncCognitoIdentity | AppSyncOidcIdentity | AppSyncLambdaIdentity | null;

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
 * Purchase option: `on-demand` or `spot`.
 */
export type AutoScalingInstanceMarketOption = "on-demand" | "spot";

/**
 * The `detail` of an `EC2 Instance-launch Lifecycle Action` event.
 */
export type AutoScalingInstanceLaunchLifecycleActionDetail = AutoScalingLifecycleActionDetail & {
  LifecycleTransition?: "autoscaling:EC2_INSTANCE_LAUNCHING";
};

/**
 * The `detail` of an `EC2 Instance-terminate Lifecycle Action` event.
 */
export type AutoScalingInstanceTerminateLifecycleActionDetail = AutoScalingLifecycleActionDetail & {
  LifecycleTransition?: "autoscaling:EC2_INSTANCE_TERMINATING";
};

/**
 * A 12-digit AWS account id, as a string (leading zeros are significant).
 */
export type AwsAccountId = string;

/**
 * An AWS Region code such as `us-east-1`, `eu-central-2`, `us-gov-west-1` or `cn-north-1`. https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
 */
export type AwsRegion = string;

/**
 * Version of the message format: `1.0`. Responses carry the same value.
 */
export type BedrockAgentMessageVersion = string;

/**
 * Sent when the stack creates the resource; carries no `PhysicalResourceId` (the provider chooses one in its response).
 */
export type CloudFormationCustomResourceCreateRequest = CloudFormationCustomResourceRequestCommon &
  CloudFormationCustomResourceCreateFields;

/**
 * The fields every custom resource request carries, `ResponseURL` included (the request reference marks it required).
 */
export type CloudFormationCustomResourceRequestCommon = CloudFormationCustomResourceRequestFields & {
  ResponseURL: CloudFormationCustomResourceResponseUrl;
};

/**
 * Presigned S3 URL the provider must PUT its response document (`SUCCESS` or `FAILED`, `cloudformation.custom-resource.result`) to. https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export type CloudFormationCustomResourceResponseUrl = string;

/**
 * Sent when the stack deletes the resource (or replaces it after an update that returned a new physical id).
 */
export type CloudFormationCustomResourceDeleteRequest = CloudFormationCustomResourceRequestCommon &
  CloudFormationCustomResourceDeleteFields;

/**
 * A custom resource provider request, as CloudFormation sends it to a Lambda function directly or through an SNS topic: one of a `Create`, `Update` or `Delete` request, told apart by `RequestType`. https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 */
export type CloudFormationCustomResourceRequest =
  | CloudFormationCustomResourceCreateRequest
  | CloudFormationCustomResourceUpdateRequest
  | CloudFormationCustomResourceDeleteRequest;

/**
 * Sent when a stack update changes the resource's properties.
 */
export type CloudFormationCustomResourceUpdateRequest = CloudFormationCustomResourceRequestCommon &
  CloudFormationCustomResourceUpdateFields;

/**
 * The origin-request record: `cf.config`, `cf.request`, the request carrying `origin`.
 */
export type CloudFrontOriginRequestRecord = {
  cf: {
    config: CloudFrontConfig;
    request: CloudFrontRequest;
  };
} & {
  cf: {
    config: {
      eventType: "origin-request";
    };
    request: {
      origin: CloudFrontOrigin;
    };
  };
};

/**
 * The origin-response record: `cf.config`, `cf.request` and `cf.response`, the request carrying `origin`.
 */
export type CloudFrontOriginResponseRecord = {
  cf: {
    config: CloudFrontConfig;
    request: CloudFrontRequest;
    response: CloudFrontResponse;
  };
} & {
  cf: {
    config: {
      eventType: "origin-response";
    };
    request: {
      origin: CloudFrontOrigin;
    };
  };
};

/**
 * The viewer-request record: `cf.config`, `cf.request`.
 */
export type CloudFrontViewerRequestRecord = {
  cf: {
    config: CloudFrontConfig;
    request: CloudFrontRequest;
  };
} & {
  cf: {
    config: {
      eventType: "viewer-request";
      /**
       * Always sent in viewer events (the Lambda@Edge event structure page, current and earlier versions).
       */
      requestId: string;
    };
  };
};

/**
 * The viewer-response record: `cf.config`, `cf.request` and `cf.response`.
 */
export type CloudFrontViewerResponseRecord = {
  cf: {
    config: CloudFrontConfig;
    request: CloudFrontRequest;
    response: CloudFrontResponse;
  };
} & {
  cf: {
    config: {
      eventType: "viewer-response";
      /**
       * Always sent in viewer events (the Lambda@Edge event structure page, current and earlier versions).
       */
      requestId: string;
    };
  };
};

/**
 * An alarm state.
 */
export type CloudWatchAlarmStateValue = "OK" | "ALARM" | "INSUFFICIENT_DATA";

/**
 * A CloudWatch alarm timestamp such as `2023-08-04T12:36:15.490+0000`: ISO 8601 with milliseconds and a UTC offset written without a colon (RFC 3339 forms with `Z` or `+00:00` are also accepted).
 */
export type CloudWatchAlarmTimestamp = string;

/**
 * A CodeCommit trigger timestamp such as `2019-03-12T20:58:25.400+0000`: ISO 8601 with milliseconds and a UTC offset written without a colon (RFC 3339 forms are also accepted).
 */
export type CodeCommitTimestamp = string;

/**
 * The `detail` of a `CodeDeploy Instance State-change Notification` event: the deployment fields plus the instance.
 */
export type CodeDeployInstanceStateChangeDetail = CodeDeployDeploymentStateChangeDetail & {
  /**
   * The EC2 (or on-premises) instance id.
   */
  instanceId: string;
};

/**
 * The pipeline structure version. The CodePipeline examples write it as `"1"` for pipeline and stage events and `1` for action events (and `1.0` in newer pages), so a string or a number. https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 */
export type CodePipelineStructureVersion = string | number;

/**
 * A claim value in a V2_0/V3_0 response: a string, number, boolean, an array of those, or a JSON object. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export type CognitoClaimValue =
  | (string | number | boolean)
  | unknown[]
  | {
      [k: string]: unknown;
    };

/**
 * The version of the trigger event (`"1"` for every user pool trigger except pre token generation V2_0/V3_0, which send `"2"`/`"3"`); a string. https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export type CognitoTriggerVersion = string;

/**
 * The username of the current user (for federated users `<ProviderName>_<id>`; for machine-to-machine pre token generation the app client ID).
 */
export type CognitoUserName = string;

/**
 * The user pool ID, `<region>_<id>` (for example `us-east-1_EXAMPLE`).
 */
export type CognitoUserPoolId = string;

/**
 * Key-value pairs the app passed as `ValidationData` (SignUp, AdminCreateUser) or `ClientMetadata` at sign-in (InitiateAuth, AdminInitiateAuth). Captured events carry `null` when the call passed none; the guide shows only the map.
 */
export type CognitoValidationData = {
  [k: string]: string;
} | null;

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
 * The `detail` of a FlexMatch `AcceptMatchCompleted` event.
 */
export type GameLiftAcceptMatchCompletedDetail = GameLiftMatchmakingDetail & {
  type: "AcceptMatchCompleted";
  acceptance: string;
  matchId: string;
};

/**
 * The `detail` of a FlexMatch `AcceptMatch` event.
 */
export type GameLiftAcceptMatchDetail = GameLiftMatchmakingDetail & {
  type: "AcceptMatch";
  matchId: string;
};

/**
 * The `detail` of a FlexMatch `MatchmakingCancelled` event.
 */
export type GameLiftMatchmakingCancelledDetail = GameLiftMatchmakingDetail & {
  type: "MatchmakingCancelled";
  message: string;
};

/**
 * The `detail` of a FlexMatch `MatchmakingFailed` event.
 */
export type GameLiftMatchmakingFailedDetail = GameLiftMatchmakingDetail & {
  type: "MatchmakingFailed";
  message: string;
};

/**
 * The `detail` of a FlexMatch `MatchmakingSearching` event.
 */
export type GameLiftMatchmakingSearchingDetail = GameLiftMatchmakingDetail & {
  type: "MatchmakingSearching";
  estimatedWaitMillis: string | number;
};

/**
 * The `detail` of a FlexMatch `MatchmakingSucceeded` event.
 */
export type GameLiftMatchmakingSucceededDetail = GameLiftMatchmakingDetail & {
  type: "MatchmakingSucceeded";
  matchId: string;
  /**
   * On success the game session is placed: ARN, IP address and port are set.
   */
  gameSessionInfo?: {
    gameSessionArn: string;
    ipAddress: string;
    port: number;
  };
};

/**
 * The `detail` of a FlexMatch `MatchmakingTimedOut` event.
 */
export type GameLiftMatchmakingTimedOutDetail = GameLiftMatchmakingDetail & {
  type: "MatchmakingTimedOut";
  message: string;
};

/**
 * The `detail` of a FlexMatch `PotentialMatchCreated` event.
 */
export type GameLiftPotentialMatchCreatedDetail = GameLiftMatchmakingDetail & {
  type: "PotentialMatchCreated";
  acceptanceRequired: boolean;
  ruleEvaluationMetrics: unknown[];
  matchId: string;
};

/**
 * The `detail` of a `Glue Crawler State Change` event for a crawler that failed.
 */
export type GlueCrawlerFailedDetail = GlueCrawlerDetailBase & {
  state: "Failed";
  /**
   * Why the crawl failed, such as `Internal Service Exception`.
   */
  errorMessage: string;
  /**
   * Console link to the crawler's CloudWatch Logs stream.
   */
  cloudWatchLogLink?: string;
};

/**
 * The `detail` of a `Glue Crawler State Change` event for a crawler that started.
 */
export type GlueCrawlerStartedDetail = GlueCrawlerDetailBase & {
  state: "Started";
  /**
   * When the crawl started (ISO 8601).
   */
  startTime: string;
};

/**
 * The `detail` of a `Glue Crawler State Change` event for a crawler that succeeded: counts of the tables and partitions it changed, as strings.
 */
export type GlueCrawlerSucceededDetail = GlueCrawlerDetailBase & {
  state: "Succeeded";
  /**
   * When the crawl finished (ISO 8601).
   */
  completionDate: string;
  /**
   * Number of tables created, as a decimal string.
   */
  tablesCreated?: string;
  /**
   * Number of tables updated, as a decimal string.
   */
  tablesUpdated?: string;
  /**
   * Number of tables deleted, as a decimal string.
   */
  tablesDeleted?: string;
  /**
   * Number of partitions created, as a decimal string.
   */
  partitionsCreated?: string;
  /**
   * Number of partitions updated, as a decimal string.
   */
  partitionsUpdated?: string;
  /**
   * Number of partitions deleted, as a decimal string.
   */
  partitionsDeleted?: string;
  /**
   * Duration of the crawl in seconds, as a decimal string (the key contains a space and parentheses).
   */
  "runningTime (sec)"?: string;
  /**
   * Warnings of the crawl; `N/A` when there were none.
   */
  warningMessage?: string;
  /**
   * Console link to the crawler's CloudWatch Logs stream.
   */
  cloudWatchLogLink?: string;
};

/**
 * How the button was pressed.
 */
export type IoTButtonClickType = "SINGLE" | "DOUBLE" | "LONG";

/**
 * The user's answer to the intent's confirmation prompt: `Confirmed`, `Denied`, or `None` when there was no prompt (or the user changed a slot while answering it).
 */
export type LexV1ConfirmationStatus = "None" | "Confirmed" | "Denied";

/**
 * What Lex does next: `ElicitIntent`, `ElicitSlot`, `ConfirmIntent`, `Delegate` or `Close`.
 */
export type LexV1DialogActionType = "ElicitIntent" | "ElicitSlot" | "ConfirmIntent" | "Delegate" | "Close";

/**
 * The fulfillment state of a recent intent (the runtime API's IntentSummary values). A `Close` dialog action accepts only `Fulfilled` or `Failed`.
 */
export type LexV1FulfillmentState = "Fulfilled" | "Failed" | "ReadyForFulfillment";

/**
 * The `detail` of a Macie Classic `ALERT_UPDATED` notification.
 */
export type MacieAlertUpdatedDetail = MacieAlertDetailBase & {
  "notification-type": "ALERT_UPDATED";
};

/**
 * The `detail` of a Macie Classic basic alert over objects: `summary.Object` counts the objects by `bucket/key`.
 */
export type MacieBucketContainsHighRiskObjectAlertDetail = MacieAlertDetailBase & {
  trigger: {
    "alert-type": "basic";
  };
  summary: {
    Object: MacieAlertCounts;
  };
};

/**
 * The `detail` of a Macie Classic basic alert over bucket API activity: `summary.Events` counts the calls.
 */
export type MacieBucketScanAlertDetail = MacieAlertDetailBase & {
  trigger: {
    "alert-type": "basic";
  };
  summary: {
    Events: MacieAlertApiActivity;
  };
};

/**
 * The `detail` of a Macie Classic basic alert for a writable bucket: `summary.ACL` holds the bucket ACL.
 */
export type MacieBucketWritableAlertDetail = MacieAlertDetailBase & {
  trigger: {
    "alert-type": "basic";
  };
  summary: {
    ACL: MacieAlertBucketAcls;
  };
};

/**
 * An MD5 digest as 32 lowercase hexadecimal digits.
 */
export type Md5Hex = string;

/**
 * Opaque id of this invocation (base64-like text in the AWS examples); return it unchanged as `invocationId` in the response.
 */
export type S3BatchInvocationId = string;

/**
 * The Batch Operations job id (a UUID).
 */
export type S3BatchJobId = string;

/**
 * The object key from the manifest, URL-encoded: the AWS example functions percent-decode it (`urllib.parse.unquote`) before calling S3.
 */
export type S3BatchObjectKey = string;

/**
 * The object version from the manifest. The AWS schema 2.0 example sends `null` when the manifest names no version, so null (or absence) is accepted in both schema versions.
 */
export type S3BatchObjectVersionId = string | null;

/**
 * `Succeeded` (the task completed; its `resultString` goes to the completion report), `TemporaryFailure` (S3 redrives the task before the job completes; on the last redrive the message goes to the report) or `PermanentFailure` (the task is marked failed).
 */
export type S3BatchResultCode = "Succeeded" | "TemporaryFailure" | "PermanentFailure";

/**
 * Opaque id of the task; return it unchanged as `taskId` in the task's result.
 */
export type S3BatchTaskId = string;

/**
 * The `detail` of an S3 `Object Access Tier Changed` event.
 */
export type S3EventBridgeObjectAccessTierChangedDetail = S3EventBridgeDetail & {
  /**
   * The object's new access tier: `ARCHIVE_ACCESS` or `DEEP_ARCHIVE_ACCESS`.
   */
  "destination-access-tier": string;
};

/**
 * The `detail` of an S3 `Object ACL Updated` event.
 */
export type S3EventBridgeObjectAclUpdatedDetail = S3EventBridgeDetail;

/**
 * The `detail` of an S3 `Object Created` event.
 */
export type S3EventBridgeObjectCreatedDetail = S3EventBridgeDetail & {
  /**
   * On this event the object also carries `size` and `etag`.
   */
  object?: {
    size: number;
    etag: string;
  };
  /**
   * The API that created the object: `PutObject`, `POST Object`, `CopyObject` or `CompleteMultipartUpload`.
   */
  reason: string;
};

/**
 * The `detail` of an S3 `Object Deleted` event.
 */
export type S3EventBridgeObjectDeletedDetail = S3EventBridgeDetail & {
  /**
   * `DeleteObject` when an S3 API call deleted the object, `Lifecycle Expiration` when an S3 Lifecycle expiration rule did.
   */
  reason: string;
  /**
   * `Permanently Deleted` when an unversioned object is deleted or a versioned object is permanently deleted, `Delete Marker Created` when a delete marker is created for a versioned object.
   */
  "deletion-type": string;
};

/**
 * The `detail` of an S3 `Object Restore Completed` event.
 */
export type S3EventBridgeObjectRestoreCompletedDetail = S3EventBridgeDetail & {
  "restore-expiry-time": IsoTimestamp;
  /**
   * Storage class of the restored object, such as `GLACIER` or `DEEP_ARCHIVE`.
   */
  "source-storage-class": string;
};

/**
 * The `detail` of an S3 `Object Restore Expired` event.
 */
export type S3EventBridgeObjectRestoreExpiredDetail = S3EventBridgeDetail;

/**
 * The `detail` of an S3 `Object Restore Initiated` event.
 */
export type S3EventBridgeObjectRestoreInitiatedDetail = S3EventBridgeDetail & {
  /**
   * Storage class of the object being restored, such as `GLACIER` or `DEEP_ARCHIVE`.
   */
  "source-storage-class": string;
};

/**
 * The `detail` of an S3 `Object Storage Class Changed` event.
 */
export type S3EventBridgeObjectStorageClassChangedDetail = S3EventBridgeDetail & {
  /**
   * The object's new storage class, such as `STANDARD_IA`, `INTELLIGENT_TIERING` or `GLACIER`.
   */
  "destination-storage-class": string;
};

/**
 * The `detail` of an S3 `Object Tags Added` event.
 */
export type S3EventBridgeObjectTagsAddedDetail = S3EventBridgeDetail;

/**
 * The `detail` of an S3 `Object Tags Deleted` event.
 */
export type S3EventBridgeObjectTagsDeletedDetail = S3EventBridgeDetail;

/**
 * For S3 events, an array holding the ARN of the bucket (`arn:aws:s3:::<bucket>`).
 *
 * @minItems 1
 */
export type S3EventBridgeResources = Arn[];

/**
 * A presigned URL for the original request against the supporting access point, signed with the caller's identity (the caller's permissions apply). If it has signed headers, send them (except `Host`) when calling it.
 */
export type S3ObjectLambdaInputS3Url = string;

/**
 * The HTTP status code to return to the caller, such as 200 or 403.
 */
export type S3ObjectLambdaStatusCode = number;

/**
 * The `detail` of an `AWS Console Sign In via CloudTrail` event: the CloudTrail record (`eventType` `AwsConsoleSignIn`) with the sign-in result.
 */
export type SigninConsoleSignInDetail = CloudTrailRecordDetail & {
  /**
   * The sign-in result, keyed by the event name.
   */
  responseElements?: {
    /**
     * `Success` or `Failure` (ConsoleLogin events).
     */
    ConsoleLogin?: string;
    /**
     * `Success` or `Failure` (CheckMfa events).
     */
    CheckMfa?: string;
    [k: string]: unknown;
  } | null;
  /**
   * Sign-in details.
   */
  additionalEventData?: {
    /**
     * The console URL signed in to.
     */
    LoginTo?: string;
    /**
     * `Yes` or `No`.
     */
    MobileVersion?: string;
    /**
     * `Yes` or `No`.
     */
    MFAUsed?: string;
    /**
     * ARN of the MFA device used.
     */
    MFAIdentifier?: string;
    /**
     * Type of MFA checked (CheckMfa), such as `U2F MFA`.
     */
    MfaType?: string;
    [k: string]: unknown;
  };
};

/**
 * The `detail` of an `EC2 Automation Execution Status-change Notification`.
 */
export type SsmEc2AutomationExecutionStatusChangeDetail = SsmAutomationDetailBase & {
  /**
   * ARN of the principal that started the execution.
   */
  ExecutedBy?: string;
};

/**
 * The `detail` of an `EC2 Automation Step Status-change Notification`: the execution fields plus the step.
 */
export type SsmEc2AutomationStepStatusChangeDetail = SsmAutomationDetailBase & {
  /**
   * Name of the step in the runbook.
   */
  StepName: string;
  /**
   * The step's action, such as `aws:runCommand`.
   */
  Action: string;
};

/**
 * The `detail` of an `EC2 Command Invocation Status-change Notification`: the command fields plus the node.
 */
export type SsmEc2CommandInvocationStatusChangeDetail = SsmCommandDetailBase & {
  /**
   * The managed node the invocation ran on.
   */
  "instance-id": string;
};

/**
 * The `detail` of an `EC2 Command Status-change Notification`.
 */
export type SsmEc2CommandStatusChangeDetail = SsmCommandDetailBase & {
  /**
   * When the command expires if not yet delivered (ISO 8601).
   */
  "expire-after"?: string;
  /**
   * The document parameters the command was sent with: each name maps to a list of strings.
   */
  parameters?: {
    [k: string]: string[];
  };
};

/**
 * The `detail` of an `EC2 State Manager Association State Change` event.
 */
export type SsmEc2StateManagerAssociationStateChangeDetail = SsmAssociationDetailBase & {
  /**
   * Version of the association.
   */
  "association-version"?: string;
  /**
   * When the association was last updated (ISO 8601).
   */
  "last-updated-date"?: string;
  /**
   * Targets per status as JSON text, such as `{"Success":1}`.
   */
  "association-status-aggregated-count"?: string;
  /**
   * The association schedule, such as `cron(0 * /30 * * * ? *)`.
   */
  "schedule-expression"?: string;
  /**
   * Version of this event's detail, `1.0`.
   */
  "association-cwe-version"?: string;
};

/**
 * The `detail` of an `EC2 State Manager Instance Association State Change` event: the association fields plus the node's result.
 */
export type SsmEc2StateManagerInstanceAssociationStateChangeDetail = SsmAssociationDetailBase & {
  /**
   * The managed node.
   */
  "instance-id": string;
  /**
   * Detailed status; may be empty.
   */
  "detailed-status"?: string;
  /**
   * Error code of a failed run.
   */
  "error-code"?: string;
  /**
   * Summary of the run.
   */
  "execution-summary"?: string;
  /**
   * Where the output was written (S3 URL), if configured.
   */
  "output-url"?: string;
  /**
   * Version of this event's detail, `1`.
   */
  "instance-association-cwe-version"?: string;
};

/**
 * The `detail` of a `Maintenance Window Task Execution State-change Notification`: the run fields plus the task execution.
 */
export type SsmMaintenanceWindowTaskExecutionStateChangeDetail = SsmMaintenanceWindowDetailBase & {
  /**
   * Id of the task execution.
   */
  "task-execution-id": string;
};

/**
 * The `detail` of a `Maintenance Window Task Target Invocation State-change Notification`.
 */
export type SsmMaintenanceWindowTaskTargetInvocationStateChangeDetail = SsmMaintenanceWindowDetailBase & {
  /**
   * Id of the task execution.
   */
  "task-execution-id": string;
  /**
   * Id of the registered target; tasks registered without targets have none.
   */
  "window-target-id"?: string;
  /**
   * The owner information given when the target was registered.
   */
  "owner-information"?: string;
};

/**
 * API Gateway HTTP API Lambda authorizer response (payload 2.0).
 *
 * What an HTTP API Lambda authorizer with payload format 2.0 returns: a simple response `{isAuthorized, context}` when the authorizer has simple responses enabled, or otherwise an IAM policy response as in payload 1.0. A response in the wrong format makes API Gateway answer 500.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.v2
 */
export type ApiGatewayHttpAuthorizerV2Result =
  ApiGatewayHttpAuthorizerSimpleResponse | ApiGatewayHttpAuthorizerIamResponse;

/**
 * API Gateway HTTP API Lambda response (payload 2.0).
 *
 * What a function behind an HTTP API payload 2.0 integration returns: either a structured response (an object with `statusCode`), or any other JSON value, which API Gateway sends as a 200 `application/json` response with the value as the body.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html#http-api-develop-integrations-lambda.v2
 */
export type ApiGatewayHttpProxyV2Result = ApiGatewayHttpStructuredResponse | ApiGatewayHttpInferredResponse;

/**
 * AWS AppSync direct Lambda resolver batch event (BatchInvoke).
 *
 * With batching turned on for a direct Lambda resolver (`BatchInvoke`, max batch size up to 2000), AppSync sends a JSON array of resolver context objects, one per field instance being resolved (typically the same field of many parent objects), and expects an array of results in the same order. https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 *
 * `detect` is false: detection reads object properties and returns nothing for an array at the top level, so this id cannot be recognised by a rule; validate with `--id appsync.batch-resolver`.
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 *
 * @minItems 1
 */
export type AppSyncBatchResolverEvent = AppSyncResolverContext[];

/**
 * AWS AppSync Events API Lambda handler response.
 *
 * What a direct Lambda onPublish or onSubscribe handler with the REQUEST_RESPONSE invoke type returns. For PUBLISH: `events`, the events to broadcast (each with the `id` it came with; leave an event out to drop it, or give it an `error` to report a failure for it), or `error` to fail the whole publish. For SUBSCRIBE: an `error` rejects the subscription; no error lets it through. https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 *
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export type AppSyncEventsResult = {
  /**
   * The events to broadcast (PUBLISH only).
   */
  events?: {
    /**
     * The id of the incoming event this answers.
     */
    id: string;
    /**
     * The payload to broadcast (any JSON value).
     */
    payload?: unknown;
    /**
     * An error message for this event; it is reported to the publisher instead of broadcast.
     */
    error?: string;
  }[];
  /**
   * An error message failing the whole publish, or rejecting the subscription.
   */
  error?: string;
} | null;

/**
 * AWS AppSync direct Lambda resolver event.
 *
 * The event a Lambda function gets when it is an AppSync GraphQL resolver without a request handler (direct Lambda resolver, operation `Invoke`): AppSync sends the whole resolver context object (arguments, identity, source, request, prev, info, stash). The function's return value becomes the field's value, so there is no fixed result shape. With batching on (`BatchInvoke`) the function gets a list of these instead (`appsync.batch-resolver`). https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 */
export type AppSyncResolverEvent = AppSyncResolverContext;

/**
 * Amazon EC2 Auto Scaling EC2 Instance-launch Lifecycle Action via EventBridge.
 *
 * The event an EventBridge rule delivers when a launch lifecycle hook puts an instance in the wait state: source `aws.autoscaling`, detail-type `EC2 Instance-launch Lifecycle Action`. EventBridge invokes the function asynchronously. `resources` holds the Auto Scaling group ARN (and the instance ARN for launch and terminate events). https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export type AutoScalingInstanceLaunchLifecycleActionEvent = EventBridgeEvent<
  "EC2 Instance-launch Lifecycle Action",
  AutoScalingInstanceLaunchLifecycleActionDetail,
  "aws.autoscaling"
>;

/**
 * Amazon EC2 Auto Scaling EC2 Instance Launch Successful via EventBridge.
 *
 * The event an EventBridge rule delivers when an Auto Scaling group launched an instance: source `aws.autoscaling`, detail-type `EC2 Instance Launch Successful`. EventBridge invokes the function asynchronously. `resources` holds the Auto Scaling group ARN (and the instance ARN for launch and terminate events). https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export type AutoScalingInstanceLaunchSuccessfulEvent = EventBridgeEvent<
  "EC2 Instance Launch Successful",
  AutoScalingInstanceLaunchSuccessfulDetail,
  "aws.autoscaling"
>;

/**
 * Amazon EC2 Auto Scaling EC2 Instance Launch Unsuccessful via EventBridge.
 *
 * The event an EventBridge rule delivers when an Auto Scaling group failed to launch an instance: source `aws.autoscaling`, detail-type `EC2 Instance Launch Unsuccessful`. EventBridge invokes the function asynchronously. `resources` holds the Auto Scaling group ARN (and the instance ARN for launch and terminate events). https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export type AutoScalingInstanceLaunchUnsuccessfulEvent = EventBridgeEvent<
  "EC2 Instance Launch Unsuccessful",
  AutoScalingInstanceLaunchUnsuccessfulDetail,
  "aws.autoscaling"
>;

/**
 * Amazon EC2 Auto Scaling EC2 Instance-terminate Lifecycle Action via EventBridge.
 *
 * The event an EventBridge rule delivers when a termination lifecycle hook puts an instance in the wait state: source `aws.autoscaling`, detail-type `EC2 Instance-terminate Lifecycle Action`. EventBridge invokes the function asynchronously. `resources` holds the Auto Scaling group ARN (and the instance ARN for launch and terminate events). https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export type AutoScalingInstanceTerminateLifecycleActionEvent = EventBridgeEvent<
  "EC2 Instance-terminate Lifecycle Action",
  AutoScalingInstanceTerminateLifecycleActionDetail,
  "aws.autoscaling"
>;

/**
 * Amazon EC2 Auto Scaling EC2 Instance Terminate Successful via EventBridge.
 *
 * The event an EventBridge rule delivers when an Auto Scaling group terminated an instance: source `aws.autoscaling`, detail-type `EC2 Instance Terminate Successful`. EventBridge invokes the function asynchronously. `resources` holds the Auto Scaling group ARN (and the instance ARN for launch and terminate events). https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export type AutoScalingInstanceTerminateSuccessfulEvent = EventBridgeEvent<
  "EC2 Instance Terminate Successful",
  AutoScalingInstanceTerminateSuccessfulDetail,
  "aws.autoscaling"
>;

/**
 * Amazon EC2 Auto Scaling EC2 Instance Terminate Unsuccessful via EventBridge.
 *
 * The event an EventBridge rule delivers when an Auto Scaling group failed to terminate an instance: source `aws.autoscaling`, detail-type `EC2 Instance Terminate Unsuccessful`. EventBridge invokes the function asynchronously. `resources` holds the Auto Scaling group ARN (and the instance ARN for launch and terminate events). https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export type AutoScalingInstanceTerminateUnsuccessfulEvent = EventBridgeEvent<
  "EC2 Instance Terminate Unsuccessful",
  AutoScalingInstanceTerminateUnsuccessfulDetail,
  "aws.autoscaling"
>;

/**
 * CDK Provider framework isComplete request.
 *
 * What the AWS CDK custom resource Provider framework passes to the user's `isComplete` function (asynchronous providers), every `queryInterval` until it returns `IsComplete: true` or `totalTimeout` expires: all the request fields (as `cdk.provider-on-event` receives them), combined with every field `onEvent` returned. `PhysicalResourceId` is always present, on `Create` too: the framework fills in the default (the `RequestId` on `Create`) when `onEvent` returned none. The framework invokes the function synchronously. Detection is `false`: an `Update` or `Delete` poll has exactly the fields of a CloudFormation request (and `ResponseURL`), and `Data`/`NoEcho` are optional, so no rule tells this payload from `cloudformation.custom-resource`; validate with `--id cdk.provider-is-complete`. https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html#asynchronous-providers-iscomplete
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export type CdkProviderIsCompleteEvent = CloudFormationCustomResourceRequestFields &
  (
    | CloudFormationCustomResourceCreateFields
    | CloudFormationCustomResourceUpdateFields
    | CloudFormationCustomResourceDeleteFields
  ) &
  CdkProviderIsCompleteFields;

/**
 * CDK Provider framework onEvent request.
 *
 * What the AWS CDK custom resource Provider framework (`custom_resources.Provider`) passes to the user's `onEvent` function for every lifecycle event of a custom resource: the CloudFormation custom resource request it received (`RequestType`, `LogicalResourceId`, `PhysicalResourceId` on `Update` and `Delete`, `ResourceProperties`, `OldResourceProperties` on `Update`, `ResourceType`, `RequestId`, `StackId`). The framework invokes the function synchronously and submits the response to CloudFormation itself: the function returns `cdk.provider-on-event.result` (or throws to fail) and must not PUT to `ResponseURL`. The CDK guide's field table leaves `ResponseURL` out, but the framework's runtime (framework.ts, `invokeUserFunction`) forwards the request with its `ResponseURL`, so the field is typed but optional. Detection is `false`: the payload is the CloudFormation request itself, so no rule can tell it from `cloudformation.custom-resource` (which is what detection reports); validate with `--id cdk.provider-on-event`. https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html#handling-lifecycle-events-onevent
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export type CdkProviderOnEvent = CloudFormationCustomResourceRequestFields &
  (
    | CloudFormationCustomResourceCreateFields
    | CloudFormationCustomResourceUpdateFields
    | CloudFormationCustomResourceDeleteFields
  );

/**
 * CDK Provider framework onEvent response.
 *
 * What a CDK Provider framework `onEvent` function returns: a JSON object whose fields are all optional. The framework merges it into the request and submits `SUCCESS` to CloudFormation (or, with an `isComplete` handler, passes the merged event to `isComplete`); throwing submits `FAILED`. Any other field is passed through to `isComplete`. Returning nothing (`null`, as the guide's Python skeleton does for `Update` and `Delete`) is accepted and keeps the defaults. https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html#handling-lifecycle-events-onevent
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export type CdkProviderOnEventResult = CdkProviderOnEventResponse | null;

/**
 * CloudFormation custom resource request.
 *
 * The request CloudFormation sends to the Lambda function a custom resource names as its `ServiceToken`, when the stack creates, updates or deletes the resource: one of a `Create`, `Update` (adds `PhysicalResourceId` and `OldResourceProperties`) or `Delete` (adds `PhysicalResourceId`) request. CloudFormation invokes the function asynchronously (https://docs.aws.amazon.com/lambda/latest/dg/services-cloudformation.html) and ignores its return value: the function must PUT a response document (`cloudformation.custom-resource.result`) to `ResponseURL`, or the stack waits until the operation times out. The same request delivered through an SNS topic is `cloudformation.custom-resource-in-sns`. A CDK Provider framework `onEvent` handler receives a copy of this request from the framework (`cdk.provider-on-event`), which detection cannot tell apart. https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 */
export type CloudFormationCustomResourceEvent =
  | CloudFormationCustomResourceCreateRequest
  | CloudFormationCustomResourceUpdateRequest
  | CloudFormationCustomResourceDeleteRequest;

/**
 * Lambda@Edge origin request result.
 *
 * What a origin-request function returns: either the request for CloudFront to go on with (the event's `Records[0].cf.request`, possibly changed) or a generated HTTP response, told apart by `status`: an object with `status` is validated as a response, any other as a request. A generated response from an origin request trigger is cached and returned and may be up to 1 MB. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export type CloudFrontOriginRequestResult = CloudFrontResultRequest | CloudFrontResultResponse;

/**
 * Lambda@Edge origin response result.
 *
 * What a origin-response function returns: the response CloudFront should send and cache (usually `Records[0].cf.response`, with headers changed). Only `status` is required; the origin's body cannot be read or replaced here except by generating a whole response with `body`. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export type CloudFrontOriginResponseResult = CloudFrontResultResponse;

/**
 * Lambda@Edge viewer request result.
 *
 * What a viewer-request function returns: either the request for CloudFront to go on with (the event's `Records[0].cf.request`, possibly changed) or a generated HTTP response, told apart by `status`: an object with `status` is validated as a response, any other as a request. A generated response from a viewer request trigger is returned to the viewer, not cached and may be up to 40 KB. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export type CloudFrontViewerRequestResult = CloudFrontResultRequest | CloudFrontResultResponse;

/**
 * Lambda@Edge viewer response result.
 *
 * What a viewer-response function returns: the response CloudFront should send (usually `Records[0].cf.response`, with headers changed). Only `status` is required; the origin's body cannot be read or replaced here except by generating a whole response with `body`. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export type CloudFrontViewerResponseResult = CloudFrontResultResponse;

/**
 * AWS API Call via CloudTrail (EventBridge).
 *
 * The event an EventBridge rule delivers for an AWS API call that CloudTrail recorded: detail-type `AWS API Call via CloudTrail`, source `aws.<service>` of the service called (such as `aws.s3`), `detail` the CloudTrail record. EventBridge invokes the function asynchronously, on a best-effort basis. Events larger than 256 KB are not delivered. `resources` is empty. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
 */
export type CloudTrailAwsApiCallEvent = EventBridgeEvent<
  "AWS API Call via CloudTrail",
  CloudTrailAwsApiCallDetail,
  string
>;

/**
 * CloudWatch dashboard custom widget response.
 *
 * What a custom widget's function returns for the dashboard to display: a string of HTML (most tags, CSS and SVG are supported), Markdown wrapped as `{"markdown": "..."}`, or other JSON, which the dashboard shows as JSON. A `describe` call returns the documentation as Markdown. An object's `markdown`, when present, must be a string. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html
 */
export type CloudWatchDashboardCustomWidgetResult =
  string | CloudWatchDashboardCustomWidgetJson | unknown[] | (number | boolean | null);

/**
 * AWS CodeBuild Build Phase Change via EventBridge.
 *
 * The event an EventBridge rule delivers when a CodeBuild build completes a phase: source `aws.codebuild`, detail-type `CodeBuild Build Phase Change`. EventBridge invokes the function asynchronously; up to nine per build. `resources` holds the build ARN. https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html#sample-build-notifications-ref
 *
 * @see https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html#sample-build-notifications-ref
 */
export type CodeBuildBuildPhaseChangeEvent = EventBridgeEvent<
  "CodeBuild Build Phase Change",
  CodeBuildBuildPhaseChangeDetail,
  "aws.codebuild"
>;

/**
 * AWS CodeBuild Build State Change via EventBridge.
 *
 * The event an EventBridge rule delivers when a CodeBuild build changes status (in progress, succeeded, failed, stopped): source `aws.codebuild`, detail-type `CodeBuild Build State Change`. EventBridge invokes the function asynchronously. `resources` holds the build ARN. https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html#sample-build-notifications-ref
 *
 * @see https://docs.aws.amazon.com/codebuild/latest/userguide/sample-build-notifications.html#sample-build-notifications-ref
 */
export type CodeBuildBuildStateChangeEvent = EventBridgeEvent<
  "CodeBuild Build State Change",
  CodeBuildBuildStateChangeDetail,
  "aws.codebuild"
>;

/**
 * AWS CodeDeploy Deployment State-change Notification via EventBridge.
 *
 * The event an EventBridge rule delivers when a CodeDeploy deployment changes state: source `aws.codedeploy`, detail-type `CodeDeploy Deployment State-change Notification`. EventBridge invokes the function asynchronously. `resources` holds the application and deployment group ARNs. https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
 */
export type CodeDeployDeploymentStateChangeEvent = EventBridgeEvent<
  "CodeDeploy Deployment State-change Notification",
  CodeDeployDeploymentStateChangeDetail,
  "aws.codedeploy"
>;

/**
 * AWS CodeDeploy Instance State-change Notification via EventBridge.
 *
 * The event an EventBridge rule delivers when an instance of a CodeDeploy deployment group changes state during a deployment: source `aws.codedeploy`, detail-type `CodeDeploy Instance State-change Notification`. EventBridge invokes the function asynchronously. https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
 */
export type CodeDeployInstanceStateChangeEvent = EventBridgeEvent<
  "CodeDeploy Instance State-change Notification",
  CodeDeployInstanceStateChangeDetail,
  "aws.codedeploy"
>;

/**
 * AWS CodePipeline Action Execution State Change via EventBridge.
 *
 * The event an EventBridge rule delivers when an action of a pipeline execution changes state: source `aws.codepipeline`, detail-type `CodePipeline Action Execution State Change`. EventBridge invokes the function asynchronously. The envelope's `region` is where the action runs; `detail.region` is the pipeline's Region. https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 */
export type CodePipelineActionExecutionStateChangeEvent = EventBridgeEvent<
  "CodePipeline Action Execution State Change",
  CodePipelineActionExecutionStateChangeDetail,
  "aws.codepipeline"
>;

/**
 * AWS CodePipeline Pipeline Execution State Change via EventBridge.
 *
 * The event an EventBridge rule delivers when a pipeline execution changes state: source `aws.codepipeline`, detail-type `CodePipeline Pipeline Execution State Change`. EventBridge invokes the function asynchronously. `resources` holds the pipeline ARN. https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 */
export type CodePipelinePipelineExecutionStateChangeEvent = EventBridgeEvent<
  "CodePipeline Pipeline Execution State Change",
  CodePipelinePipelineExecutionStateChangeDetail,
  "aws.codepipeline"
>;

/**
 * AWS CodePipeline Stage Execution State Change via EventBridge.
 *
 * The event an EventBridge rule delivers when a stage of a pipeline execution changes state: source `aws.codepipeline`, detail-type `CodePipeline Stage Execution State Change`. EventBridge invokes the function asynchronously. `resources` holds the pipeline ARN. https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 */
export type CodePipelineStageExecutionStateChangeEvent = EventBridgeEvent<
  "CodePipeline Stage Execution State Change",
  CodePipelineStageExecutionStateChangeDetail,
  "aws.codepipeline"
>;

/**
 * Amazon EC2 Instance State-change Notification via EventBridge.
 *
 * The event an EventBridge rule delivers when an EC2 instance changes state: source `aws.ec2`, detail-type `EC2 Instance State-change Notification`. EventBridge invokes the function asynchronously. `resources` holds the instance ARN. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instance-state-changes.html
 *
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instance-state-changes.html
 */
export type Ec2InstanceStateChangeEvent = EventBridgeEvent<
  "EC2 Instance State-change Notification",
  Ec2InstanceStateChangeDetail,
  "aws.ec2"
>;

/**
 * Amazon ECR Image Action via EventBridge.
 *
 * The event an EventBridge rule delivers when an image is pushed to or deleted from an ECR repository: source `aws.ecr`, detail-type `ECR Image Action`. EventBridge invokes the function asynchronously. `resources` may be empty (the guide's push and delete examples carry none). https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html
 *
 * @see https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html
 */
export type EcrImageActionEvent = EventBridgeEvent<"ECR Image Action", EcrImageActionDetail, "aws.ecr">;

/**
 * Amazon ECR Image Scan via EventBridge.
 *
 * The event an EventBridge rule delivers when an ECR basic image scan completes: source `aws.ecr`, detail-type `ECR Image Scan`. EventBridge invokes the function asynchronously. `resources` holds the repository ARN. (Enhanced scanning reports through Amazon Inspector events instead.) https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html
 *
 * @see https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html
 */
export type EcrImageScanEvent = EventBridgeEvent<"ECR Image Scan", EcrImageScanDetail, "aws.ecr">;

/**
 * Amazon ECS Container Instance State Change via EventBridge.
 *
 * The event an EventBridge rule delivers when an ECS container instance changes (registration, status, agent connection, resources used by tasks): source `aws.ecs`, detail-type `ECS Container Instance State Change`. EventBridge invokes the function asynchronously. `resources` holds the container instance ARN. Compare `version` to drop out-of-order duplicates. https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_container_instance_events.html
 *
 * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_container_instance_events.html
 */
export type EcsContainerInstanceStateChangeEvent = EventBridgeEvent<
  "ECS Container Instance State Change",
  EcsContainerInstanceStateChangeDetail,
  "aws.ecs"
>;

/**
 * Amazon EMR Auto Scaling Policy State Change via EventBridge.
 *
 * The event an EventBridge rule delivers when an automatic scaling policy of an instance group changes state in an Amazon EMR cluster: source `aws.emr`, detail-type `EMR Auto Scaling Policy State Change`. EventBridge invokes the function asynchronously. `resources` is empty in the EMR examples. (EMR API calls recorded by CloudTrail arrive with source `aws.elasticmapreduce` instead.) https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 */
export type EmrAutoScalingPolicyStateChangeEvent = EventBridgeEvent<
  "EMR Auto Scaling Policy State Change",
  EmrAutoScalingPolicyStateChangeDetail,
  "aws.emr"
>;

/**
 * Amazon EMR Cluster State Change via EventBridge.
 *
 * The event an EventBridge rule delivers when a cluster changes state in an Amazon EMR cluster: source `aws.emr`, detail-type `EMR Cluster State Change`. EventBridge invokes the function asynchronously. `resources` is empty in the EMR examples. (EMR API calls recorded by CloudTrail arrive with source `aws.elasticmapreduce` instead.) https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 */
export type EmrClusterStateChangeEvent = EventBridgeEvent<
  "EMR Cluster State Change",
  EmrClusterStateChangeDetail,
  "aws.emr"
>;

/**
 * Amazon EMR Instance Group State Change via EventBridge.
 *
 * The event an EventBridge rule delivers when an instance group changes state (provisioning, resizing, ...) in an Amazon EMR cluster: source `aws.emr`, detail-type `EMR Instance Group State Change`. EventBridge invokes the function asynchronously. `resources` is empty in the EMR examples. (EMR API calls recorded by CloudTrail arrive with source `aws.elasticmapreduce` instead.) https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 */
export type EmrInstanceGroupStateChangeEvent = EventBridgeEvent<
  "EMR Instance Group State Change",
  EmrInstanceGroupStateChangeDetail,
  "aws.emr"
>;

/**
 * Amazon EMR Step Status Change via EventBridge.
 *
 * The event an EventBridge rule delivers when a step changes state in an Amazon EMR cluster: source `aws.emr`, detail-type `EMR Step Status Change`. EventBridge invokes the function asynchronously. `resources` is empty in the EMR examples. (EMR API calls recorded by CloudTrail arrive with source `aws.elasticmapreduce` instead.) https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 */
export type EmrStepStatusChangeEvent = EventBridgeEvent<"EMR Step Status Change", EmrStepStatusChangeDetail, "aws.emr">;

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
 * Amazon Data Firehose data transformation invocation.
 *
 * The batch Amazon Data Firehose passes to the Lambda function configured for data transformation on a Firehose stream (direct PUT, or a Kinesis data stream source, whose records then carry `kinesisRecordMetadata`). Firehose waits for the answer (`firehose.transformation.result`): every `recordId` with `Ok`, `Dropped` or `ProcessingFailed` and the base64 of the transformed data. Records carrying a payload the registry knows have their own nested ids (`cloudwatch.logs-data-in-firehose`, `sqs.message-in-firehose`), which detection prefers.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export type FirehoseTransformationEvent<TData = Base64String> = FirehoseTransformationBatch<TData>;

/**
 * Amazon GameLift FlexMatch AcceptMatch event via EventBridge.
 *
 * The event an EventBridge rule delivers when players have accepted a potential match (the event carries each player's current acceptance): source `aws.gamelift`, detail-type `GameLift Matchmaking Event`, `detail.type` `AcceptMatch`. All FlexMatch events share the detail-type; `detail.type` tells them apart. EventBridge invokes the function asynchronously, on a best-effort basis. `resources` holds the matchmaking configuration ARN. https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export type GameLiftAcceptMatchEvent = EventBridgeEvent<
  "GameLift Matchmaking Event",
  GameLiftAcceptMatchDetail,
  "aws.gamelift"
>;

/**
 * Amazon GameLift FlexMatch AcceptMatchCompleted event via EventBridge.
 *
 * The event an EventBridge rule delivers when match acceptance is complete, by acceptance, rejection or timeout: source `aws.gamelift`, detail-type `GameLift Matchmaking Event`, `detail.type` `AcceptMatchCompleted`. All FlexMatch events share the detail-type; `detail.type` tells them apart. EventBridge invokes the function asynchronously, on a best-effort basis. `resources` holds the matchmaking configuration ARN. https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export type GameLiftAcceptMatchCompletedEvent = EventBridgeEvent<
  "GameLift Matchmaking Event",
  GameLiftAcceptMatchCompletedDetail,
  "aws.gamelift"
>;

/**
 * Amazon GameLift FlexMatch MatchmakingCancelled event via EventBridge.
 *
 * The event an EventBridge rule delivers when a ticket has been cancelled: source `aws.gamelift`, detail-type `GameLift Matchmaking Event`, `detail.type` `MatchmakingCancelled`. All FlexMatch events share the detail-type; `detail.type` tells them apart. EventBridge invokes the function asynchronously, on a best-effort basis. `resources` holds the matchmaking configuration ARN. https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export type GameLiftMatchmakingCancelledEvent = EventBridgeEvent<
  "GameLift Matchmaking Event",
  GameLiftMatchmakingCancelledDetail,
  "aws.gamelift"
>;

/**
 * Amazon GameLift FlexMatch MatchmakingFailed event via EventBridge.
 *
 * The event an EventBridge rule delivers when a ticket has encountered an error (game session queue not accessible, internal error): source `aws.gamelift`, detail-type `GameLift Matchmaking Event`, `detail.type` `MatchmakingFailed`. All FlexMatch events share the detail-type; `detail.type` tells them apart. EventBridge invokes the function asynchronously, on a best-effort basis. `resources` holds the matchmaking configuration ARN. https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export type GameLiftMatchmakingFailedEvent = EventBridgeEvent<
  "GameLift Matchmaking Event",
  GameLiftMatchmakingFailedDetail,
  "aws.gamelift"
>;

/**
 * Amazon GameLift FlexMatch MatchmakingSearching event via EventBridge.
 *
 * The event an EventBridge rule delivers when a ticket has entered matchmaking (new requests, and requests whose proposed match failed): source `aws.gamelift`, detail-type `GameLift Matchmaking Event`, `detail.type` `MatchmakingSearching`. All FlexMatch events share the detail-type; `detail.type` tells them apart. EventBridge invokes the function asynchronously, on a best-effort basis. `resources` holds the matchmaking configuration ARN. https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export type GameLiftMatchmakingSearchingEvent = EventBridgeEvent<
  "GameLift Matchmaking Event",
  GameLiftMatchmakingSearchingDetail,
  "aws.gamelift"
>;

/**
 * Amazon GameLift FlexMatch MatchmakingSucceeded event via EventBridge.
 *
 * The event an EventBridge rule delivers when matchmaking has completed and a game session has been created: source `aws.gamelift`, detail-type `GameLift Matchmaking Event`, `detail.type` `MatchmakingSucceeded`. All FlexMatch events share the detail-type; `detail.type` tells them apart. EventBridge invokes the function asynchronously, on a best-effort basis. `resources` holds the matchmaking configuration ARN. https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export type GameLiftMatchmakingSucceededEvent = EventBridgeEvent<
  "GameLift Matchmaking Event",
  GameLiftMatchmakingSucceededDetail,
  "aws.gamelift"
>;

/**
 * Amazon GameLift FlexMatch MatchmakingTimedOut event via EventBridge.
 *
 * The event an EventBridge rule delivers when a ticket failed by timing out: source `aws.gamelift`, detail-type `GameLift Matchmaking Event`, `detail.type` `MatchmakingTimedOut`. All FlexMatch events share the detail-type; `detail.type` tells them apart. EventBridge invokes the function asynchronously, on a best-effort basis. `resources` holds the matchmaking configuration ARN. https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export type GameLiftMatchmakingTimedOutEvent = EventBridgeEvent<
  "GameLift Matchmaking Event",
  GameLiftMatchmakingTimedOutDetail,
  "aws.gamelift"
>;

/**
 * Amazon GameLift FlexMatch PotentialMatchCreated event via EventBridge.
 *
 * The event an EventBridge rule delivers when a potential match has been created, whether or not acceptance is required: source `aws.gamelift`, detail-type `GameLift Matchmaking Event`, `detail.type` `PotentialMatchCreated`. All FlexMatch events share the detail-type; `detail.type` tells them apart. EventBridge invokes the function asynchronously, on a best-effort basis. `resources` holds the matchmaking configuration ARN. https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 *
 * @see https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html
 */
export type GameLiftPotentialMatchCreatedEvent = EventBridgeEvent<
  "GameLift Matchmaking Event",
  GameLiftPotentialMatchCreatedDetail,
  "aws.gamelift"
>;

/**
 * AWS Glue crawler failed event via EventBridge.
 *
 * The event an EventBridge rule delivers when a Glue crawler fails: source `aws.glue`, detail-type `Glue Crawler State Change`, `detail.state` `Failed` (https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html). The three crawler ids share the detail type and are told apart by `detail.state`. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export type GlueCrawlerFailedEvent = EventBridgeEvent<"Glue Crawler State Change", GlueCrawlerFailedDetail, "aws.glue">;

/**
 * AWS Glue crawler started event via EventBridge.
 *
 * The event an EventBridge rule delivers when a Glue crawler starts: source `aws.glue`, detail-type `Glue Crawler State Change`, `detail.state` `Started` (https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html). The three crawler ids share the detail type and are told apart by `detail.state`. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export type GlueCrawlerStartedEvent = EventBridgeEvent<
  "Glue Crawler State Change",
  GlueCrawlerStartedDetail,
  "aws.glue"
>;

/**
 * AWS Glue crawler succeeded event via EventBridge.
 *
 * The event an EventBridge rule delivers when a Glue crawler finishes successfully: source `aws.glue`, detail-type `Glue Crawler State Change`, `detail.state` `Succeeded` (https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html). The three crawler ids share the detail type and are told apart by `detail.state`. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export type GlueCrawlerSucceededEvent = EventBridgeEvent<
  "Glue Crawler State Change",
  GlueCrawlerSucceededDetail,
  "aws.glue"
>;

/**
 * AWS Glue Data Catalog Database State Change event via EventBridge.
 *
 * The event an EventBridge rule delivers when a database of the Glue Data Catalog changes, including tables created or deleted in it: source `aws.glue`, detail-type `Glue Data Catalog Database State Change` (https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export type GlueDataCatalogDatabaseStateChangeEvent = EventBridgeEvent<
  "Glue Data Catalog Database State Change",
  GlueDataCatalogDatabaseStateChangeDetail,
  "aws.glue"
>;

/**
 * AWS Glue Data Catalog Table State Change event via EventBridge.
 *
 * The event an EventBridge rule delivers when a table of the Glue Data Catalog or its partitions change: source `aws.glue`, detail-type `Glue Data Catalog Table State Change` (https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html). `resources` holds the table ARN. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export type GlueDataCatalogTableStateChangeEvent = EventBridgeEvent<
  "Glue Data Catalog Table State Change",
  GlueDataCatalogTableStateChangeDetail,
  "aws.glue"
>;

/**
 * AWS Glue Job State Change via EventBridge.
 *
 * The event an EventBridge rule delivers when a Glue job run reaches a final state: source `aws.glue`, detail-type `Glue Job State Change`. EventBridge invokes the function asynchronously. `resources` is empty. (The `Glue Job Run Status` timeout notification is another detail-type.) https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export type GlueJobRunStateChangeEvent = EventBridgeEvent<
  "Glue Job State Change",
  GlueJobRunStateChangeDetail,
  "aws.glue"
>;

/**
 * AWS Glue Job Run Status event via EventBridge.
 *
 * The event an EventBridge rule delivers when a Glue job run stays in `STARTING`, `RUNNING` or `STOPPING` longer than the job's delay notification threshold (`NotifyDelayAfter`): source `aws.glue`, detail-type `Glue Job Run Status`; one event per job run state (https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html). Not the `Glue Job State Change` event Glue sends when a run ends. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export type GlueJobRunStatusEvent = EventBridgeEvent<"Glue Job Run Status", GlueJobRunStatusDetail, "aws.glue">;

/**
 * Amazon GuardDuty Malware Protection for S3 Object Scan Result via EventBridge.
 *
 * The event GuardDuty publishes to the default event bus of the bucket owner's account when Malware Protection for S3 has scanned an object: source `aws.guardduty`, detail-type `GuardDuty Malware Protection Object Scan Result`. EventBridge invokes the function asynchronously. `resources` holds the malware protection plan ARN. Published with or without a GuardDuty detector. https://docs.aws.amazon.com/guardduty/latest/ug/monitor-with-eventbridge-s3-malware-protection.html
 *
 * @see https://docs.aws.amazon.com/guardduty/latest/ug/monitor-with-eventbridge-s3-malware-protection.html
 */
export type GuardDutyMalwareProtectionObjectScanResultEvent = EventBridgeEvent<
  "GuardDuty Malware Protection Object Scan Result",
  GuardDutyMalwareProtectionObjectScanResultDetail,
  "aws.guardduty"
>;

/**
 * AWS Health event via EventBridge.
 *
 * The event an EventBridge rule delivers for an AWS Health event (service issue, scheduled change or account notification): source `aws.health`, detail-type `AWS Health Event` (https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html). Abuse notifications use the separate detail type `AWS Health Abuse Event`, not covered here. The envelope `region` is where the notification was delivered; the affected Region is `detail.eventRegion`. Large events are split into pages (`page`, `totalPages`) and may be repeated from a backup Region (`backupEvent`). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html
 */
export type HealthEvent = EventBridgeEvent<"AWS Health Event", HealthEventDetail, "aws.health">;

/**
 * AWS IoT rule Lambda action payload.
 *
 * The payload an AWS IoT rule with a Lambda action passes to the function: whatever the rule's SQL statement selects from the MQTT message (with `SELECT *`, the message itself), so its shape is chosen by the rule author, not by AWS. The schema is therefore open and accepts any JSON value; use the type parameter for your own shape. AWS IoT invokes the function asynchronously. There is no envelope to detect, so this id has `detect: false`: validate such payloads with `--id iot.rule-action` (or your own schema); known payloads that travel the same way have their own ids (`iot.button`, `iot.registry-*`).
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html
 */
export type IoTRuleActionEvent<TIoTRulePayload = unknown> = TIoTRulePayload;

/**
 * AWS KMS key lifecycle event via EventBridge.
 *
 * The events an EventBridge rule delivers for the lifecycle of a KMS key (https://docs.aws.amazon.com/kms/latest/developerguide/kms-events.html): source `aws.kms`, detail-type `KMS CMK Rotation` (key material rotated, automatically or on demand), `KMS Imported Key Material Expiration` (imported key material expired and was deleted) or `KMS CMK Deletion` (a key scheduled for deletion was deleted). All three carry the key id in `detail` and the key ARN in `resources`; `detail-type` tells them apart. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-events.html
 */
export type KmsCmkEvent = EventBridgeEvent<
  "KMS CMK Rotation" | "KMS Imported Key Material Expiration" | "KMS CMK Deletion",
  KmsCmkEventDetail,
  "aws.kms"
>;

/**
 * Lambda function URL response.
 *
 * What a function behind a function URL (`BUFFERED` invoke mode) returns; the same contract as the API Gateway HTTP API payload 2.0 response. An object with `statusCode` is a structured response; any other JSON value is sent as a 200 `application/json` response with the value as the body.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-response-payload
 */
export type LambdaFunctionUrlResult = ApiGatewayHttpStructuredResponse | ApiGatewayHttpInferredResponse;

/**
 * Amazon Macie Classic alert updated via EventBridge.
 *
 * A Macie Classic notification that an existing alert was updated (`notification-type` `ALERT_UPDATED`), such as the guide's predictive (behavioral anomaly) alert. Detection prefers the three basic-alert ids when the content matches one of them (their rules have more conditions). Every Macie Classic alert has source `aws.macie` and detail-type `Macie Alert`; the four Macie alert ids are told apart by the content of `detail`. Macie Classic was retired (https://docs.aws.amazon.com/macie/latest/user/macie-classic.html); the only source is the four examples of the CloudWatch Events guide, so fields beyond them are unverified. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types
 */
export type MacieAlertUpdatedEvent = EventBridgeEvent<"Macie Alert", MacieAlertUpdatedDetail, "aws.macie">;

/**
 * Amazon Macie Classic high-risk object alert via EventBridge.
 *
 * A Macie Classic basic alert for a bucket that holds high-risk objects (the guide's example: a public bucket with secret keys), whose `summary.Object` counts the objects; `actor` is the bucket. The documented example is an `ALERT_UPDATED` notification. Every Macie Classic alert has source `aws.macie` and detail-type `Macie Alert`; the four Macie alert ids are told apart by the content of `detail`. Macie Classic was retired (https://docs.aws.amazon.com/macie/latest/user/macie-classic.html); the only source is the four examples of the CloudWatch Events guide, so fields beyond them are unverified. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types
 */
export type MacieBucketContainsHighRiskObjectAlertEvent = EventBridgeEvent<
  "Macie Alert",
  MacieBucketContainsHighRiskObjectAlertDetail,
  "aws.macie"
>;

/**
 * Amazon Macie Classic bucket scan alert via EventBridge.
 *
 * A Macie Classic basic alert over CloudTrail activity on buckets (the guide's example: failed enumeration of many bucket policies), whose `summary` counts the API calls by name (`Events`), source IP and Region. Every Macie Classic alert has source `aws.macie` and detail-type `Macie Alert`; the four Macie alert ids are told apart by the content of `detail`. Macie Classic was retired (https://docs.aws.amazon.com/macie/latest/user/macie-classic.html); the only source is the four examples of the CloudWatch Events guide, so fields beyond them are unverified. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types
 */
export type MacieBucketScanAlertEvent = EventBridgeEvent<"Macie Alert", MacieBucketScanAlertDetail, "aws.macie">;

/**
 * Amazon Macie Classic bucket writable alert via EventBridge.
 *
 * A Macie Classic basic alert for a bucket that is writable by a broad group (the guide's example: writable by all authenticated users), whose `summary.ACL` carries the offending grants. Every Macie Classic alert has source `aws.macie` and detail-type `Macie Alert`; the four Macie alert ids are told apart by the content of `detail`. Macie Classic was retired (https://docs.aws.amazon.com/macie/latest/user/macie-classic.html); the only source is the four examples of the CloudWatch Events guide, so fields beyond them are unverified. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types
 */
export type MacieBucketWritableAlertEvent = EventBridgeEvent<
  "Macie Alert",
  MacieBucketWritableAlertDetail,
  "aws.macie"
>;

/**
 * AWS OpsWorks Stacks alert via EventBridge.
 *
 * The event an EventBridge rule delivers when OpsWorks Stacks raises a service error. Source `aws.opsworks`, detail-type `OpsWorks Alert` (https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types). AWS OpsWorks Stacks reached end of life on 2024-05-26; these fields come from the CloudWatch Events guide only and are unverified against live events. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types
 */
export type OpsWorksAlertEvent = EventBridgeEvent<"OpsWorks Alert", OpsWorksAlertDetail, "aws.opsworks">;

/**
 * AWS OpsWorks Stacks command state change via EventBridge.
 *
 * The event an EventBridge rule delivers when an OpsWorks Stacks command on an instance changes state. Source `aws.opsworks`, detail-type `OpsWorks Command State Change` (https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types). AWS OpsWorks Stacks reached end of life on 2024-05-26; these fields come from the CloudWatch Events guide only and are unverified against live events. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types
 */
export type OpsWorksCommandStateChangeEvent = EventBridgeEvent<
  "OpsWorks Command State Change",
  OpsWorksCommandStateChangeDetail,
  "aws.opsworks"
>;

/**
 * AWS OpsWorks Stacks deployment state change via EventBridge.
 *
 * The event an EventBridge rule delivers when an OpsWorks Stacks deployment changes state. Source `aws.opsworks`, detail-type `OpsWorks Deployment State Change` (https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types). AWS OpsWorks Stacks reached end of life on 2024-05-26; these fields come from the CloudWatch Events guide only and are unverified against live events. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types
 */
export type OpsWorksDeploymentStateChangeEvent = EventBridgeEvent<
  "OpsWorks Deployment State Change",
  OpsWorksDeploymentStateChangeDetail,
  "aws.opsworks"
>;

/**
 * AWS OpsWorks Stacks instance state change via EventBridge.
 *
 * The event an EventBridge rule delivers when an OpsWorks Stacks instance changes state. Source `aws.opsworks`, detail-type `OpsWorks Instance State Change` (https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types). AWS OpsWorks Stacks reached end of life on 2024-05-26; these fields come from the CloudWatch Events guide only and are unverified against live events. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types
 */
export type OpsWorksInstanceStateChangeEvent = EventBridgeEvent<
  "OpsWorks Instance State Change",
  OpsWorksInstanceStateChangeDetail,
  "aws.opsworks"
>;

/**
 * Amazon S3 Object Access Tier Changed event via EventBridge.
 *
 * The event an EventBridge rule delivers, for a bucket with EventBridge notifications enabled, when S3 Intelligent-Tiering moves an object to the Archive Access or Deep Archive Access tier: source `aws.s3`, detail-type `Object Access Tier Changed`. EventBridge invokes the function asynchronously. Unlike S3 event notifications there is no `Records` array: one event per object change, with the details in `detail`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export type S3ObjectAccessTierChangedEvent = EventBridgeEvent<
  "Object Access Tier Changed",
  S3EventBridgeObjectAccessTierChangedDetail,
  "aws.s3"
>;

/**
 * Amazon S3 Object ACL Updated event via EventBridge.
 *
 * The event an EventBridge rule delivers, for a bucket with EventBridge notifications enabled, when an object's access control list is set with `PutObjectAcl`: source `aws.s3`, detail-type `Object ACL Updated`. EventBridge invokes the function asynchronously. Unlike S3 event notifications there is no `Records` array: one event per object change, with the details in `detail`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export type S3ObjectAclUpdatedEvent = EventBridgeEvent<
  "Object ACL Updated",
  S3EventBridgeObjectAclUpdatedDetail,
  "aws.s3"
>;

/**
 * Amazon S3 Object Created event via EventBridge.
 *
 * The event an EventBridge rule delivers, for a bucket with EventBridge notifications enabled, when an object is created: `PutObject`, POST Object, `CopyObject` or `CompleteMultipartUpload`: source `aws.s3`, detail-type `Object Created`. EventBridge invokes the function asynchronously. Unlike S3 event notifications there is no `Records` array: one event per object change, with the details in `detail`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export type S3ObjectCreatedEvent = EventBridgeEvent<"Object Created", S3EventBridgeObjectCreatedDetail, "aws.s3">;

/**
 * Amazon S3 Object Deleted event via EventBridge.
 *
 * The event an EventBridge rule delivers, for a bucket with EventBridge notifications enabled, when an object is deleted by `DeleteObject` or by an S3 Lifecycle expiration rule, whether it is removed permanently or a delete marker is created: source `aws.s3`, detail-type `Object Deleted`. EventBridge invokes the function asynchronously. Unlike S3 event notifications there is no `Records` array: one event per object change, with the details in `detail`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export type S3ObjectDeletedEvent = EventBridgeEvent<"Object Deleted", S3EventBridgeObjectDeletedDetail, "aws.s3">;

/**
 * Amazon S3 Object Restore Completed event via EventBridge.
 *
 * The event an EventBridge rule delivers, for a bucket with EventBridge notifications enabled, when the temporary copy of a restored archived object is available: source `aws.s3`, detail-type `Object Restore Completed`. EventBridge invokes the function asynchronously. Unlike S3 event notifications there is no `Records` array: one event per object change, with the details in `detail`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export type S3ObjectRestoreCompletedEvent = EventBridgeEvent<
  "Object Restore Completed",
  S3EventBridgeObjectRestoreCompletedDetail,
  "aws.s3"
>;

/**
 * Amazon S3 Object Restore Expired event via EventBridge.
 *
 * The event an EventBridge rule delivers, for a bucket with EventBridge notifications enabled, when the temporary copy of a restored object expires and is deleted: source `aws.s3`, detail-type `Object Restore Expired`. EventBridge invokes the function asynchronously. Unlike S3 event notifications there is no `Records` array: one event per object change, with the details in `detail`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export type S3ObjectRestoreExpiredEvent = EventBridgeEvent<
  "Object Restore Expired",
  S3EventBridgeObjectRestoreExpiredDetail,
  "aws.s3"
>;

/**
 * Amazon S3 Object Restore Initiated event via EventBridge.
 *
 * The event an EventBridge rule delivers, for a bucket with EventBridge notifications enabled, when a restore of an archived object (S3 Glacier Flexible Retrieval, Deep Archive, or an Intelligent-Tiering archive tier) is requested: source `aws.s3`, detail-type `Object Restore Initiated`. EventBridge invokes the function asynchronously. Unlike S3 event notifications there is no `Records` array: one event per object change, with the details in `detail`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export type S3ObjectRestoreInitiatedEvent = EventBridgeEvent<
  "Object Restore Initiated",
  S3EventBridgeObjectRestoreInitiatedDetail,
  "aws.s3"
>;

/**
 * Amazon S3 Object Storage Class Changed event via EventBridge.
 *
 * The event an EventBridge rule delivers, for a bucket with EventBridge notifications enabled, when an object is transitioned to another storage class (for example by an S3 Lifecycle rule): source `aws.s3`, detail-type `Object Storage Class Changed`. EventBridge invokes the function asynchronously. Unlike S3 event notifications there is no `Records` array: one event per object change, with the details in `detail`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export type S3ObjectStorageClassChangedEvent = EventBridgeEvent<
  "Object Storage Class Changed",
  S3EventBridgeObjectStorageClassChangedDetail,
  "aws.s3"
>;

/**
 * Amazon S3 Object Tags Added event via EventBridge.
 *
 * The event an EventBridge rule delivers, for a bucket with EventBridge notifications enabled, when tags are set on an object (`PutObjectTagging`): source `aws.s3`, detail-type `Object Tags Added`. EventBridge invokes the function asynchronously. Unlike S3 event notifications there is no `Records` array: one event per object change, with the details in `detail`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export type S3ObjectTagsAddedEvent = EventBridgeEvent<
  "Object Tags Added",
  S3EventBridgeObjectTagsAddedDetail,
  "aws.s3"
>;

/**
 * Amazon S3 Object Tags Deleted event via EventBridge.
 *
 * The event an EventBridge rule delivers, for a bucket with EventBridge notifications enabled, when all tags are removed from an object (`DeleteObjectTagging`): source `aws.s3`, detail-type `Object Tags Deleted`. EventBridge invokes the function asynchronously. Unlike S3 event notifications there is no `Records` array: one event per object change, with the details in `detail`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export type S3ObjectTagsDeletedEvent = EventBridgeEvent<
  "Object Tags Deleted",
  S3EventBridgeObjectTagsDeletedDetail,
  "aws.s3"
>;

/**
 * SageMaker Ground Truth annotation consolidation response.
 *
 * What a post-annotation (annotation consolidation) Lambda function returns to Ground Truth: a list with one consolidated label per data object, identified by the `datasetObjectId` from the annotation file. Ground Truth writes each `consolidatedAnnotation.content` into the job's output manifest (and adds a `<labelAttributeName>-metadata` entry itself). https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html#sms-custom-templates-step3-postlambda
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export type SageMakerGroundTruthAnnotationConsolidationResult = SageMakerGroundTruthConsolidatedLabel[];

/**
 * SES receipt rule Lambda action result.
 *
 * What a function invoked by an SES receipt rule with invocation type `RequestResponse` returns to control the mail flow: `{"disposition": ...}`, or `null` (a handler that returns nothing), which SES treats as `CONTINUE`, as it does an object without a valid `disposition`. With invocation type `Event` the result is ignored. https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-example-functions.html
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html
 */
export type SesReceiptResult = {
  /**
   * `STOP_RULE`: no further actions of this receipt rule run, later rules still do. `STOP_RULE_SET`: no further actions or rules run. `CONTINUE`: processing continues.
   */
  disposition: "STOP_RULE" | "STOP_RULE_SET" | "CONTINUE";
} | null;

/**
 * AWS Console Sign In via CloudTrail (EventBridge).
 *
 * The event an EventBridge rule delivers when CloudTrail records a sign-in to the AWS Management Console (root, IAM, federated users; successful or not, and steps such as `CheckMfa`): source `aws.signin`, detail-type `AWS Console Sign In via CloudTrail`, `detail` the CloudTrail record. EventBridge invokes the function asynchronously. Sign-in events for the global endpoint are recorded in US East (N. Virginia). The detail-type is `AWS Console Sign In via CloudTrail` in EventBridge's event examples and in AWS's schema registry (inferred from delivered events); the EventBridge user guide's list of CloudTrail detail-types spells it `AWS Console Signin via CloudTrail` (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html), which this schema does not accept. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
 */
export type SigninConsoleSignInEvent = EventBridgeEvent<
  "AWS Console Sign In via CloudTrail",
  SigninConsoleSignInDetail,
  "aws.signin"
>;

/**
 * AWS Server Migration Service job state change via EventBridge.
 *
 * The event an EventBridge rule delivers when an AWS Server Migration Service replication job changes state: source `aws.sms`, detail-type `Server Migration Job State Change` (https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#server-migration-service-event-types). AWS SMS was discontinued (March 2022) in favour of AWS Application Migration Service; the fields come from the two CloudWatch Events guide examples only and are unverified. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#server-migration-service-event-types
 */
export type SmsJobStateChangeEvent = EventBridgeEvent<
  "Server Migration Job State Change",
  SmsJobStateChangeDetail,
  "aws.sms"
>;

/**
 * AWS Systems Manager Change Calendar state change via EventBridge.
 *
 * The event an EventBridge rule delivers when a Change Calendar's overall state changes between `OPEN` and `CLOSED` (best effort, up to 15 minutes late; not for calendars shared from other accounts). `resources` holds the calendar document ARN. Source `aws.ssm`, detail-type `Calendar State Change` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmCalendarStateChangeEvent = EventBridgeEvent<
  "Calendar State Change",
  SsmCalendarStateChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager configuration compliance state change via EventBridge.
 *
 * The event an EventBridge rule delivers when the association or patch compliance of a managed node changes. Source `aws.ssm`, detail-type `Configuration Compliance State Change` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmConfigurationComplianceStateChangeEvent = EventBridgeEvent<
  "Configuration Compliance State Change",
  SsmConfigurationComplianceStateChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager Automation execution status change via EventBridge.
 *
 * The event an EventBridge rule delivers when a Systems Manager Automation execution changes status. Source `aws.ssm`, detail-type `EC2 Automation Execution Status-change Notification` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmEc2AutomationExecutionStatusChangeEvent = EventBridgeEvent<
  "EC2 Automation Execution Status-change Notification",
  SsmEc2AutomationExecutionStatusChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager Automation step status change via EventBridge.
 *
 * The event an EventBridge rule delivers when a step of a Systems Manager Automation execution changes status. Source `aws.ssm`, detail-type `EC2 Automation Step Status-change Notification` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmEc2AutomationStepStatusChangeEvent = EventBridgeEvent<
  "EC2 Automation Step Status-change Notification",
  SsmEc2AutomationStepStatusChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager Run Command invocation status change via EventBridge.
 *
 * The event an EventBridge rule delivers when the invocation of a Run Command command on one managed node changes status. Source `aws.ssm`, detail-type `EC2 Command Invocation Status-change Notification` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmEc2CommandInvocationStatusChangeEvent = EventBridgeEvent<
  "EC2 Command Invocation Status-change Notification",
  SsmEc2CommandInvocationStatusChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager Run Command status change via EventBridge.
 *
 * The event an EventBridge rule delivers when a Run Command command changes status (for all its targets together). Source `aws.ssm`, detail-type `EC2 Command Status-change Notification` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmEc2CommandStatusChangeEvent = EventBridgeEvent<
  "EC2 Command Status-change Notification",
  SsmEc2CommandStatusChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager State Manager association state change via EventBridge.
 *
 * The event an EventBridge rule delivers when a State Manager association changes status (for all its targets together). Source `aws.ssm`, detail-type `EC2 State Manager Association State Change` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmEc2StateManagerAssociationStateChangeEvent = EventBridgeEvent<
  "EC2 State Manager Association State Change",
  SsmEc2StateManagerAssociationStateChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager State Manager instance association state change via EventBridge.
 *
 * The event an EventBridge rule delivers when a State Manager association changes status on one managed node. Source `aws.ssm`, detail-type `EC2 State Manager Instance Association State Change` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmEc2StateManagerInstanceAssociationStateChangeEvent = EventBridgeEvent<
  "EC2 State Manager Instance Association State Change",
  SsmEc2StateManagerInstanceAssociationStateChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager maintenance window execution state change via EventBridge.
 *
 * The event an EventBridge rule delivers when a run of a maintenance window changes status. Source `aws.ssm`, detail-type `Maintenance Window Execution State-change Notification` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmMaintenanceWindowExecutionStateChangeEvent = EventBridgeEvent<
  "Maintenance Window Execution State-change Notification",
  SsmMaintenanceWindowExecutionStateChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager maintenance window state change via EventBridge.
 *
 * The event an EventBridge rule delivers when a maintenance window is enabled or disabled. Source `aws.ssm`, detail-type `Maintenance Window State-change Notification` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmMaintenanceWindowStateChangeEvent = EventBridgeEvent<
  "Maintenance Window State-change Notification",
  SsmMaintenanceWindowStateChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager maintenance window target registration via EventBridge.
 *
 * The event an EventBridge rule delivers when a target is registered with or deregistered from a maintenance window. Source `aws.ssm`, detail-type `Maintenance Window Target Registration Notification` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmMaintenanceWindowTargetRegistrationEvent = EventBridgeEvent<
  "Maintenance Window Target Registration Notification",
  SsmMaintenanceWindowTargetRegistrationDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager maintenance window task execution state change via EventBridge.
 *
 * The event an EventBridge rule delivers when a task of a maintenance window run changes status. Source `aws.ssm`, detail-type `Maintenance Window Task Execution State-change Notification` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmMaintenanceWindowTaskExecutionStateChangeEvent = EventBridgeEvent<
  "Maintenance Window Task Execution State-change Notification",
  SsmMaintenanceWindowTaskExecutionStateChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager maintenance window task target invocation state change via EventBridge.
 *
 * The event an EventBridge rule delivers when the invocation of a maintenance window task on a target changes status. Source `aws.ssm`, detail-type `Maintenance Window Task Target Invocation State-change Notification` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmMaintenanceWindowTaskTargetInvocationStateChangeEvent = EventBridgeEvent<
  "Maintenance Window Task Target Invocation State-change Notification",
  SsmMaintenanceWindowTaskTargetInvocationStateChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Systems Manager Parameter Store change via EventBridge.
 *
 * The event an EventBridge rule delivers when a Parameter Store parameter is created, updated or deleted. `resources` holds the parameter ARN; the event never carries the value. Parameter policy notifications use other detail types (`Parameter Store Policy Action`). Source `aws.ssm`, detail-type `Parameter Store Change` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export type SsmParameterStoreStateChangeEvent = EventBridgeEvent<
  "Parameter Store Change",
  SsmParameterStoreStateChangeDetail,
  "aws.ssm"
>;

/**
 * AWS Step Functions Execution Status Change event via EventBridge.
 *
 * The event an EventBridge rule delivers when a Standard workflow execution changes status: source `aws.states` (not `aws.stepfunctions`), detail-type `Step Functions Execution Status Change` (https://docs.aws.amazon.com/step-functions/latest/dg/cw-events.html). `detail` carries what `DescribeExecution` returns. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/cw-events.html
 */
export type StepFunctionsExecutionStatusChangeEvent = EventBridgeEvent<
  "Step Functions Execution Status Change",
  StepFunctionsExecutionStatusChangeDetail,
  "aws.states"
>;

/**
 * Tag Change on Resource event via EventBridge.
 *
 * The event an EventBridge rule delivers when tags are added to, changed on or removed from a supported resource: source `aws.tag`, detail-type `Tag Change on Resource` (https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#tag-event-types; https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-tag.html). `resources` holds the ARN of the tagged resource. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#tag-event-types
 */
export type TagTagChangeOnResourceEvent = EventBridgeEvent<
  "Tag Change on Resource",
  TagTagChangeOnResourceDetail,
  "aws.tag"
>;

/**
 * AWS Trusted Advisor Check Item Refresh Notification via EventBridge.
 *
 * The event an EventBridge rule delivers when a Trusted Advisor check refreshes an item's status: source `aws.trustedadvisor`, detail-type `Trusted Advisor Check Item Refresh Notification` (https://docs.aws.amazon.com/awssupport/latest/user/cloudwatch-events-ta.html). The AWS Support guide has you create the rule in US East (N. Virginia); the examples of the CloudWatch Events guide show other Regions in the envelope. EventBridge invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/awssupport/latest/user/cloudwatch-events-ta.html
 */
export type TrustedAdvisorCheckItemRefreshNotificationEvent = EventBridgeEvent<
  "Trusted Advisor Check Item Refresh Notification",
  TrustedAdvisorCheckItemRefreshNotificationDetail,
  "aws.trustedadvisor"
>;

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
 * The skill: its application id (`amzn1.ask.skill.<id>`); verify it to accept only your skill's requests.
 */
export interface AlexaSkillApplication {
  /**
   * The skill id.
   */
  applicationId: string;
}

/**
 * The state of the device and of the Alexa service: `System` always, plus one object per interface the device reports (`AudioPlayer`, `Viewport`, `Alexa.Presentation.APL` ...).
 */
export interface AlexaSkillContext {
  /**
   * The skill, the user, the device and the Alexa API endpoint and token for calls back to Alexa.
   */
  System: {
    application: AlexaSkillApplication;
    user: AlexaSkillUser;
    /**
     * The recognized speaker, when the skill supports personalization.
     */
    person?: {
      /**
       * The recognized person's id.
       */
      personId?: string;
      /**
       * The person's account-linking token.
       */
      accessToken?: string;
    };
    /**
     * The device: its id (`amzn1.ask.device.<id>`) and the interfaces it supports (keys such as `AudioPlayer`, `Display`, `Alexa.Presentation.APL`).
     */
    device: {
      /**
       * The device id for this skill.
       */
      deviceId?: string;
      /**
       * Interface name to its details.
       */
      supportedInterfaces: {
        [k: string]: unknown;
      };
    };
    /**
     * Base URL of the Alexa APIs for this request's region, such as `https://api.amazonalexa.com`.
     */
    apiEndpoint?: string;
    /**
     * A token for calling Alexa APIs (progressive responses, settings, permissions-based APIs).
     */
    apiAccessToken?: string;
    /**
     * The unit of an organization's device, for Alexa Smart Properties.
     */
    unit?: {
      [k: string]: unknown;
    };
  };
  /**
   * The audio player's state, on devices with the AudioPlayer interface.
   */
  AudioPlayer?: {
    /**
     * `IDLE`, `PAUSED`, `PLAYING`, `BUFFER_UNDERRUN`, `FINISHED` or `STOPPED`.
     */
    playerActivity?: string;
    /**
     * The token of the current stream.
     */
    token?: string;
    /**
     * Playback offset of the current stream.
     */
    offsetInMilliseconds?: number;
  };
  [k: string]: unknown;
}

/**
 * The Amazon account that enabled the skill: `userId` (`amzn1.ask.account.<id>`, changes when the skill is disabled and re-enabled), the account-linking `accessToken` when linked, and granted `permissions`.
 */
export interface AlexaSkillUser {
  /**
   * The user id for this skill.
   */
  userId: string;
  /**
   * The account-linking token, when the user linked an account.
   */
  accessToken?: string;
  /**
   * Permissions the user granted (deprecated in the session; use context.System.apiAccessToken).
   */
  permissions?: {
    /**
     * A token for Alexa APIs the user consented to.
     */
    consentToken?: string;
  };
}

/**
 * A directive for an interface; its other fields depend on `type`.
 */
export interface AlexaSkillDirective {
  /**
   * The directive, such as `Dialog.Delegate` or `AudioPlayer.Play`.
   */
  type: string;
  [k: string]: unknown;
}

/**
 * The intent the user invoked, with its slots. https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html#intent-object
 */
export interface AlexaSkillIntent {
  /**
   * The intent's name (custom or built-in such as `AMAZON.StopIntent`).
   */
  name: string;
  /**
   * `NONE`, `CONFIRMED` or `DENIED`.
   */
  confirmationStatus?: string;
  /**
   * Slot name to slot; every slot of the intent appears, with no `value` when the user did not fill it.
   */
  slots?: {
    [k: string]: AlexaSkillSlot;
  };
}

/**
 * A slot: its name, the spoken `value` when filled, and entity `resolutions`.
 */
export interface AlexaSkillSlot {
  /**
   * The slot's name (the same as its key in `slots`).
   */
  name: string;
  /**
   * The value the user said, as text; absent when the slot is empty.
   */
  value?: string;
  /**
   * `NONE`, `CONFIRMED` or `DENIED`.
   */
  confirmationStatus?: string;
  /**
   * Where the value came from, such as `USER`.
   */
  source?: string;
  /**
   * Entity resolution results (`resolutionsPerAuthority`).
   */
  resolutions?: {
    [k: string]: unknown;
  };
  /**
   * The slot value object (`Simple` or `List` for multi-value slots).
   */
  slotValue?: {
    [k: string]: unknown;
  };
}

/**
 * Speech: `PlainText` needs `text`; `SSML` needs `ssml` (wrapped in `<speak>`). https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html#outputspeech-object
 */
export interface AlexaSkillOutputSpeech {
  /**
   * `PlainText` or `SSML`.
   */
  type: "PlainText" | "SSML";
  /**
   * With `PlainText`: the speech.
   */
  text?: string;
  /**
   * With `SSML`: the SSML, `<speak>...</speak>`.
   */
  ssml?: string;
  /**
   * `ENQUEUE`, `REPLACE_ALL` or `REPLACE_ENQUEUED`.
   */
  playBehavior?: "ENQUEUE" | "REPLACE_ALL" | "REPLACE_ENQUEUED";
}

/**
 * What happened. Every request has `type`, `requestId` and `timestamp`; standard requests add `locale`; `IntentRequest` adds `dialogState` and `intent`; `SessionEndedRequest` adds `reason` and `error`. https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html
 */
export interface AlexaSkillRequest {
  /**
   * The request type, an open set: `LaunchRequest`, `IntentRequest`, `SessionEndedRequest`, `CanFulfillIntentRequest`, `SessionResumedRequest`, `Connections.Response`, `AudioPlayer.*`, `PlaybackController.*`, `Alexa.Presentation.*`, `AlexaSkillEvent.*` and more.
   */
  type: string;
  /**
   * The request id, `amzn1.echo-api.request.<id>`.
   */
  requestId: string;
  /**
   * When Alexa sent the request (ISO 8601). Check that it is recent: Alexa requires skills to reject requests older than 150 seconds.
   */
  timestamp: string;
  /**
   * The user's locale, such as `en-US`.
   */
  locale?: string;
  /**
   * With `IntentRequest` in a multi-turn dialog: `STARTED`, `IN_PROGRESS` or `COMPLETED`.
   */
  dialogState?: string;
  intent?: AlexaSkillIntent;
  /**
   * With `SessionEndedRequest`: `USER_INITIATED`, `ERROR` or `EXCEEDED_MAX_REPROMPTS`.
   */
  reason?: string;
  /**
   * With `SessionEndedRequest` for an `ERROR`: its `type` and `message`.
   */
  error?: {
    /**
     * `INVALID_RESPONSE`, `DEVICE_COMMUNICATION_ERROR` or `INTERNAL_SERVICE_ERROR`.
     */
    type?: string;
    /**
     * What went wrong.
     */
    message?: string;
  };
  [k: string]: unknown;
}

/**
 * The session, for requests in a session (launch, intents, session end); requests outside a session (AudioPlayer, PlaybackController, skill events) have none.
 */
export interface AlexaSkillSession {
  /**
   * True on the first request of a new session.
   */
  new: boolean;
  /**
   * The session id (`amzn1.echo-api.session.<id>`), the same for every request of the session.
   */
  sessionId: string;
  application: AlexaSkillApplication;
  /**
   * The `sessionAttributes` the skill returned in its previous response; absent or empty on a new session.
   */
  attributes?: {
    [k: string]: unknown;
  };
  user: AlexaSkillUser;
}

/**
 * The device (endpoint) a directive targets or an event reports on. https://developer.amazon.com/en-US/docs/alexa/device-apis/message-guide.html#endpoint-object
 */
export interface AlexaSmartHomeEndpoint {
  scope?: AlexaSmartHomeScope;
  /**
   * The device id the skill gave in discovery.
   */
  endpointId: string;
  /**
   * The string key-value pairs the skill attached to the endpoint in discovery.
   */
  cookie?: {
    [k: string]: string;
  };
}

/**
 * The user's authorization: `BearerToken` with the account-linking access `token` (also `BearerTokenWithPartition` with `partition` and `userId`).
 */
export interface AlexaSmartHomeScope {
  /**
   * `BearerToken` or `BearerTokenWithPartition`.
   */
  type: string;
  /**
   * The OAuth access token of the linked account.
   */
  token: string;
  /**
   * With `BearerTokenWithPartition`: the partition (a room or unit).
   */
  partition?: string;
  /**
   * With `BearerTokenWithPartition`: the user.
   */
  userId?: string;
}

/**
 * The message header, in directives and in the events a skill returns. https://developer.amazon.com/en-US/docs/alexa/device-apis/message-guide.html#header-object
 */
export interface AlexaSmartHomeHeader {
  /**
   * The interface: `Alexa`, `Alexa.Discovery`, `Alexa.PowerController`, `Alexa.Authorization` ... (an open set).
   */
  namespace: string;
  /**
   * The directive or event name, such as `TurnOn`, `Discover`, `Response`, `Discover.Response`, `StateReport`, `ErrorResponse`.
   */
  name: string;
  /**
   * With multi-instance interfaces (`Alexa.ModeController`, `Alexa.RangeController`, `Alexa.ToggleController`): the instance.
   */
  instance?: string;
  /**
   * A unique id for the message (a UUID).
   */
  messageId: string;
  /**
   * Identifies the directive; a response or asynchronous event must carry the directive's token. Absent for `Discover`.
   */
  correlationToken?: string;
  /**
   * The message format version, `3`.
   */
  payloadVersion: "3";
}

/**
 * Extra key-value pairs passed to the integration as `requestContext.authorizer.<key>` (and to mapping templates as `$context.authorizer.<key>`). The API Gateway guide says values can only be strings, numbers or booleans: a JSON object or array is not a valid value.
 */
export interface ApiGatewayAuthorizerContext {
  [k: string]: string | number | boolean;
}

/**
 * A Lambda authorizer's IAM policy response (REST APIs, WebSocket APIs). The API Gateway guide says the output must include `principalId` and `policyDocument`.
 */
export interface ApiGatewayAuthorizerIamResponse {
  /**
   * The identifier of the authenticated principal; the integration sees it as `requestContext.authorizer.principalId`.
   */
  principalId: string;
  policyDocument: ApiGatewayAuthorizerPolicyDocument;
  context?: ApiGatewayAuthorizerContext;
  /**
   * An API key of the stage's usage plan, required when the API's `apiKeySource` is `AUTHORIZER`; ignored otherwise.
   */
  usageIdentifierKey?: string;
}

/**
 * The IAM policy a Lambda authorizer returns to allow or deny the call (REST, WebSocket and HTTP API IAM-policy responses). https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html
 */
export interface ApiGatewayAuthorizerPolicyDocument {
  /**
   * The IAM policy language version; `2012-10-17` in every AWS example.
   */
  Version: string;
  /**
   * The policy statements; API Gateway allows the call only if a statement allows `execute-api:Invoke` on the method ARN and none denies it.
   */
  Statement: ApiGatewayAuthorizerPolicyStatement[];
}

/**
 * One IAM policy statement. The authorizer guides' statements always carry `Action`, `Effect` and `Resource`.
 */
export interface ApiGatewayAuthorizerPolicyStatement {
  /**
   * An optional statement id.
   */
  Sid?: string;
  /**
   * `execute-api:Invoke` (or a wildcard such as `execute-api:*`), alone or in a list.
   */
  Action: string | string[];
  /**
   * Whether the statement allows or denies the action; IAM accepts exactly `Allow` or `Deny`.
   */
  Effect: "Allow" | "Deny";
  /**
   * The method or route ARN(s) the statement applies to, `arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/<method>/<resource-path>`, wildcards allowed; alone or in a list.
   */
  Resource: string | string[];
  /**
   * Optional IAM condition block (operator to condition key to value(s)).
   */
  Condition?: {
    [k: string]: unknown;
  };
}

/**
 * The request context a `REQUEST` authorizer receives (REST APIs, and HTTP APIs with authorizer payload format 1.0). The guides' examples show only a subset of the proxy request context (`protocol`, `requestTime` and the like may be missing), so only that subset is required; API Gateway may add keys. https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference
 */
export interface ApiGatewayAuthorizerRequestContext {
  /**
   * The AWS account id of the API owner.
   */
  accountId: string;
  /**
   * The API id.
   */
  apiId: string;
  /**
   * The HTTP method of the request.
   */
  httpMethod: string;
  identity: ApiGatewayRequestIdentity;
  /**
   * The request path (`$context.path`).
   */
  path: string;
  /**
   * The API Gateway request id.
   */
  requestId: string;
  /**
   * The id of the REST resource that matched. Nullable because this context is shared with HTTP API authorizer payload 1.0: HTTP APIs have no resources, and their payload 1.0 proxy events send `null` here.
   */
  resourceId: string | null;
  /**
   * The resource path template.
   */
  resourcePath: string;
  /**
   * The deployment stage name.
   */
  stage: string;
  /**
   * The extended request id.
   */
  extendedRequestId?: string;
  /**
   * The host name the client called.
   */
  domainName?: string;
  /**
   * The first label of `domainName`.
   */
  domainPrefix?: string;
  /**
   * The request protocol, such as `HTTP/1.1`.
   */
  protocol?: string;
  /**
   * The request time in CLF format.
   */
  requestTime?: string;
  requestTimeEpoch?: EpochMillis;
  /**
   * The id of the deployment serving the request.
   */
  deploymentId?: string;
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
 * Extra values passed to the integration (payload 2.0 events show them as `requestContext.authorizer.lambda`) and to access logs as `$context.authorizer.<key>`. The HTTP API guide's examples return strings, numbers, booleans, arrays and maps, so values are any JSON.
 */
export interface ApiGatewayHttpAuthorizerContext {
  [k: string]: unknown;
}

/**
 * An HTTP API Lambda authorizer's IAM policy response (payload 1.0, and 2.0 without simple responses). Unlike REST, there is no `usageIdentifierKey`.
 */
export interface ApiGatewayHttpAuthorizerIamResponse {
  /**
   * The identifier of the authenticated principal.
   */
  principalId: string;
  policyDocument: ApiGatewayAuthorizerPolicyDocument;
  context?: ApiGatewayHttpAuthorizerContext;
}

/**
 * The simple response of a payload 2.0 authorizer with `enableSimpleResponses`: allow or deny every route the cached identity reaches.
 */
export interface ApiGatewayHttpAuthorizerSimpleResponse {
  /**
   * True to let the request through, false to answer 403.
   */
  isAuthorized: boolean;
  context?: ApiGatewayHttpAuthorizerContext;
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
 * The HTTP API request context in payload format 1.0: the REST context keys, with `resourceId` null and HTTP API values for the rest. https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export interface ApiGatewayHttpV1RequestContext {
  /**
   * The AWS account id of the API owner.
   */
  accountId: string;
  /**
   * The HTTP API id, the first label of the execute-api host name.
   */
  apiId: string;
  authorizer?: ApiGatewayRestAuthorizer;
  /**
   * The host name the client called (the execute-api host or a custom domain).
   */
  domainName: string;
  /**
   * The first label of `domainName`.
   */
  domainPrefix: string;
  /**
   * The extended request id (`$context.extendedRequestId`).
   */
  extendedRequestId: string;
  /**
   * The HTTP method of the request.
   */
  httpMethod: string;
  identity: ApiGatewayRequestIdentity;
  /**
   * The full request path.
   */
  path: string;
  /**
   * The request protocol, such as `HTTP/1.1`.
   */
  protocol: string;
  /**
   * The API Gateway request id (`$context.requestId`).
   */
  requestId: string;
  /**
   * The request time in CLF format, such as `04/Mar/2020:19:15:17 +0000`.
   */
  requestTime: string;
  requestTimeEpoch: EpochMillis;
  /**
   * HTTP APIs have no resources: the HTTP API guide's payload 1.0 example sends `null`; the key is kept for REST compatibility.
   */
  resourceId: string | null;
  /**
   * The route path that matched, same as the top-level `resource`.
   */
  resourcePath: string;
  /**
   * The stage name, `$default` for the default stage.
   */
  stage: string;
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
 * The JSON metadata prelude of a streamed REST API Lambda proxy response. Only `headers`, `multiValueHeaders`, `cookies` and `statusCode` are supported, and the API Gateway guide says each may be left out. If neither `Transfer-Encoding: chunked` nor `Content-Length` is set, API Gateway adds `Transfer-Encoding: chunked`.
 */
export interface ApiGatewayStreamingResponsePrelude {
  /**
   * The HTTP status code to return to the client.
   */
  statusCode?: number;
  headers?: HttpHeaders;
  multiValueHeaders?: HttpMultiValueHeaders;
  /**
   * Cookies to set; each item becomes one `set-cookie` response header.
   */
  cookies?: string[];
}

/**
 * The WebSocket request context (the WebSocket `$context` variables). https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html
 */
export interface ApiGatewayWebSocketRequestContext {
  /**
   * The route that was selected: `$connect`, `$disconnect`, `$default` or a custom route key.
   */
  routeKey: string;
  /**
   * The event type: `CONNECT`, `MESSAGE` or `DISCONNECT`.
   */
  eventType: "CONNECT" | "MESSAGE" | "DISCONNECT";
  /**
   * The connection's unique id; use it with the `@connections` API to post to or close the connection.
   */
  connectionId: string;
  connectedAt: EpochMillis;
  /**
   * A unique server-side id of the message, set only when `eventType` is `MESSAGE`; other events leave it out or send `null` (captured `$connect` events show `null`).
   */
  messageId?: string | null;
  /**
   * The message direction; `IN` for events sent to the integration.
   */
  messageDirection: string;
  /**
   * The WebSocket close code (`DISCONNECT` only), such as 1000 or 1001; other events leave it out or send `null`.
   */
  disconnectStatusCode?: number | null;
  /**
   * The close reason text (`DISCONNECT` only, may be empty); other events leave it out or send `null`.
   */
  disconnectReason?: string | null;
  /**
   * An automatically generated id for the API call (`$context.extendedRequestId`).
   */
  extendedRequestId: string;
  /**
   * Same as `extendedRequestId` for WebSocket APIs.
   */
  requestId: string;
  /**
   * The request time in CLF format, such as `20/Jan/2024:11:55:08 +0000`.
   */
  requestTime: string;
  requestTimeEpoch: EpochMillis;
  /**
   * The deployment stage name.
   */
  stage: string;
  /**
   * The API's domain name, for building the `@connections` callback URL.
   */
  domainName: string;
  /**
   * The WebSocket API id.
   */
  apiId: string;
  identity: ApiGatewayRequestIdentity;
  authorizer?: ApiGatewayRestAuthorizer;
  /**
   * The AWS account id of the API owner, when present.
   */
  accountId?: string;
}

/**
 * An AMAZON_COGNITO_USER_POOLS caller.
 */
export interface AppSyncCognitoIdentity {
  /**
   * The UUID of the authenticated user.
   */
  sub: string;
  /**
   * The token issuer (the user pool URL).
   */
  issuer: string;
  /**
   * The user name.
   */
  username: string;
  /**
   * The claims of the user's token.
   */
  claims: {
    [k: string]: unknown;
  };
  sourceIp: AppSyncSourceIp;
  /**
   * The API's default authorization strategy for the user pool: `ALLOW` or `DENY`.
   */
  defaultAuthStrategy: string;
  /**
   * The user's Cognito groups, or null when the user is in none.
   */
  groups?: string[] | null;
}

/**
 * An AWS_IAM caller. The Cognito identity pool fields are null unless the credentials came from an identity pool.
 */
export interface AppSyncIamIdentity {
  /**
   * The caller's AWS account id.
   */
  accountId: string;
  /**
   * The identity pool the credentials came from, or null.
   */
  cognitoIdentityPoolId?: string | null;
  /**
   * The caller's Cognito identity id, or null.
   */
  cognitoIdentityId?: string | null;
  sourceIp: AppSyncSourceIp;
  /**
   * The IAM user (or assumed-role session) name.
   */
  username: string;
  /**
   * The ARN of the IAM user or assumed role.
   */
  userArn: string;
  /**
   * `authenticated` or `unauthenticated` for identity-pool credentials, otherwise null.
   */
  cognitoIdentityAuthType?: string | null;
  /**
   * The external identity providers that authenticated the identity-pool caller (comma-separated), or null.
   */
  cognitoIdentityAuthProvider?: string | null;
}

/**
 * An OPENID_CONNECT caller.
 */
export interface AppSyncOidcIdentity {
  /**
   * The claims of the OIDC token.
   */
  claims: {
    [k: string]: unknown;
  };
  /**
   * The token issuer.
   */
  issuer: string;
  /**
   * The subject (user id) of the token.
   */
  sub: string;
}

/**
 * An AWS_LAMBDA caller: `resolverContext` is what the Lambda authorizer returned (`appsync.authorizer.result`).
 */
export interface AppSyncLambdaIdentity {
  /**
   * The authorizer's resolverContext.
   */
  resolverContext: {
    [k: string]: unknown;
  };
}

/**
 * The GraphQL field being resolved.
 */
export interface AppSyncInfo {
  /**
   * The name of the field being resolved.
   */
  fieldName: string;
  /**
   * The type the field belongs to (`Query`, `Mutation`, `Subscription` or an object type).
   */
  parentTypeName: string;
  /**
   * The variables of the GraphQL request.
   */
  variables: {
    [k: string]: unknown;
  };
  /**
   * The fields selected under this field, as paths (`id`, `author/name`); fragments show their fields.
   */
  selectionSetList: string[];
  /**
   * The selection set as GraphQL text.
   */
  selectionSetGraphQL: string;
}

/**
 * The HTTP request: its headers and the custom domain it came through. https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html#aws-appsync-resolver-context-reference-util-js
 */
export interface AppSyncRequest {
  /**
   * The request headers, names in lower case.
   */
  headers: {
    [k: string]: string;
  };
  /**
   * The custom domain name the request used; null (or absent) on the API's default endpoint.
   */
  domainName?: string | null;
}

/**
 * The AppSync resolver context object a direct Lambda resolver receives. The context reference lists arguments, identity, source, stash, prev, request and info; `identity` is null for API-key callers. https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html
 */
export interface AppSyncResolverContext {
  /**
   * The GraphQL arguments of the field, by name.
   */
  arguments: {
    [k: string]: unknown;
  };
  identity?: AppSyncIdentity;
  /**
   * The resolved parent object when the field belongs to a type (for example `Post` when resolving `Post.comments`); null for top-level Query, Mutation and Subscription fields.
   */
  source: {
    [k: string]: unknown;
  } | null;
  request: AppSyncRequest;
  info: AppSyncInfo;
  /**
   * In a pipeline resolver, the result of the previous function (`{ result }`); null otherwise.
   */
  prev: {
    /**
     * What the previous pipeline function returned.
     */
    result: unknown;
  } | null;
  /**
   * The resolver's stash: data set by earlier handlers and functions of the same resolver run (an empty object when nothing was set).
   */
  stash: {
    [k: string]: unknown;
  };
}

/**
 * An item, key or nested map: attribute name to its DynamoDB JSON value.
 */
export interface AttributeMap {
  [k: string]: AttributeValue;
}

/**
 * Capacity to terminate in one Availability Zone for one purchase option.
 */
export interface AutoScalingCapacityToTerminate {
  /**
   * The Availability Zone (`us-east-1b`).
   */
  AvailabilityZone: string;
  /**
   * Units of capacity to terminate (instances, or weights with a mixed instances policy).
   */
  Capacity: number;
  InstanceMarketOption: AutoScalingInstanceMarketOption;
}

/**
 * The `detail` of the launch and terminate (successful and unsuccessful) events: the scaling activity.
 */
export interface AutoScalingInstanceActivityDetail {
  /**
   * The scaling activity id.
   */
  ActivityId: string;
  /**
   * The Auto Scaling group name.
   */
  AutoScalingGroupName: string;
  /**
   * Why the activity happened (a sentence).
   */
  Cause: string;
  /**
   * What the activity does, such as `Launching a new EC2 instance: i-...`.
   */
  Description?: string;
  /**
   * Details of the activity; the launch examples carry `Availability Zone` and `Subnet ID`.
   */
  Details?: {
    "Availability Zone"?: string;
    "Subnet ID"?: string;
    InvokingAlarms?: {
      [k: string]: unknown;
    }[];
    [k: string]: unknown;
  };
  /**
   * The instance id; may be empty when a launch failed before an instance existed.
   */
  EC2InstanceId: string;
  RequestId?: string;
  /**
   * When the activity started (ISO 8601).
   */
  StartTime: string;
  /**
   * When the activity ended (ISO 8601).
   */
  EndTime?: string;
  /**
   * The activity status: `InProgress` on successful launch and terminate events, `Failed` on unsuccessful ones (`Successful`, `Cancelled`... are other `ScalingActivityStatusCode` values).
   */
  StatusCode: string;
  /**
   * Status detail; the error for unsuccessful events.
   */
  StatusMessage?: string;
  /**
   * Where the instance comes from: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Origin?: string;
  /**
   * Where the instance goes: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Destination?: string;
}

/**
 * The `detail` of a lifecycle action event: what `CompleteLifecycleAction` needs.
 */
export interface AutoScalingLifecycleActionDetail {
  /**
   * Token to pass to `CompleteLifecycleAction`.
   */
  LifecycleActionToken: string;
  /**
   * The Auto Scaling group name.
   */
  AutoScalingGroupName: string;
  /**
   * The lifecycle hook name.
   */
  LifecycleHookName: string;
  /**
   * The instance being launched or terminated.
   */
  EC2InstanceId: string;
  /**
   * `autoscaling:EC2_INSTANCE_LAUNCHING` or `autoscaling:EC2_INSTANCE_TERMINATING`.
   */
  LifecycleTransition: string;
  /**
   * The hook's notification metadata; absent when the hook has none.
   */
  NotificationMetadata?: string;
  /**
   * Where the instance comes from: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Origin?: string;
  /**
   * Where the instance goes: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Destination?: string;
}

/**
 * The `detail` of an `EC2 Instance Launch Successful` event.
 */
export interface AutoScalingInstanceLaunchSuccessfulDetail {
  /**
   * The scaling activity id.
   */
  ActivityId: string;
  /**
   * The Auto Scaling group name.
   */
  AutoScalingGroupName: string;
  /**
   * Why the activity happened (a sentence).
   */
  Cause: string;
  /**
   * What the activity does, such as `Launching a new EC2 instance: i-...`.
   */
  Description?: string;
  /**
   * Details of the activity; the launch examples carry `Availability Zone` and `Subnet ID`.
   */
  Details?: {
    "Availability Zone"?: string;
    "Subnet ID"?: string;
    InvokingAlarms?: {
      [k: string]: unknown;
    }[];
    [k: string]: unknown;
  };
  /**
   * The instance id; may be empty when a launch failed before an instance existed.
   */
  EC2InstanceId: string;
  RequestId?: string;
  /**
   * When the activity started (ISO 8601).
   */
  StartTime: string;
  /**
   * When the activity ended (ISO 8601).
   */
  EndTime?: string;
  /**
   * The activity status: `InProgress` on successful launch and terminate events, `Failed` on unsuccessful ones (`Successful`, `Cancelled`... are other `ScalingActivityStatusCode` values).
   */
  StatusCode: string;
  /**
   * Status detail; the error for unsuccessful events.
   */
  StatusMessage?: string;
  /**
   * Where the instance comes from: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Origin?: string;
  /**
   * Where the instance goes: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Destination?: string;
}

/**
 * The `detail` of an `EC2 Instance Launch Unsuccessful` event.
 */
export interface AutoScalingInstanceLaunchUnsuccessfulDetail {
  /**
   * The scaling activity id.
   */
  ActivityId: string;
  /**
   * The Auto Scaling group name.
   */
  AutoScalingGroupName: string;
  /**
   * Why the activity happened (a sentence).
   */
  Cause: string;
  /**
   * What the activity does, such as `Launching a new EC2 instance: i-...`.
   */
  Description?: string;
  /**
   * Details of the activity; the launch examples carry `Availability Zone` and `Subnet ID`.
   */
  Details?: {
    "Availability Zone"?: string;
    "Subnet ID"?: string;
    InvokingAlarms?: {
      [k: string]: unknown;
    }[];
    [k: string]: unknown;
  };
  /**
   * The instance id; may be empty when a launch failed before an instance existed.
   */
  EC2InstanceId: string;
  RequestId?: string;
  /**
   * When the activity started (ISO 8601).
   */
  StartTime: string;
  /**
   * When the activity ended (ISO 8601).
   */
  EndTime?: string;
  /**
   * The activity status: `InProgress` on successful launch and terminate events, `Failed` on unsuccessful ones (`Successful`, `Cancelled`... are other `ScalingActivityStatusCode` values).
   */
  StatusCode: string;
  /**
   * Status detail; the error for unsuccessful events.
   */
  StatusMessage?: string;
  /**
   * Where the instance comes from: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Origin?: string;
  /**
   * Where the instance goes: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Destination?: string;
}

/**
 * The `detail` of an `EC2 Instance Terminate Successful` event.
 */
export interface AutoScalingInstanceTerminateSuccessfulDetail {
  /**
   * The scaling activity id.
   */
  ActivityId: string;
  /**
   * The Auto Scaling group name.
   */
  AutoScalingGroupName: string;
  /**
   * Why the activity happened (a sentence).
   */
  Cause: string;
  /**
   * What the activity does, such as `Launching a new EC2 instance: i-...`.
   */
  Description?: string;
  /**
   * Details of the activity; the launch examples carry `Availability Zone` and `Subnet ID`.
   */
  Details?: {
    "Availability Zone"?: string;
    "Subnet ID"?: string;
    InvokingAlarms?: {
      [k: string]: unknown;
    }[];
    [k: string]: unknown;
  };
  /**
   * The instance id; may be empty when a launch failed before an instance existed.
   */
  EC2InstanceId: string;
  RequestId?: string;
  /**
   * When the activity started (ISO 8601).
   */
  StartTime: string;
  /**
   * When the activity ended (ISO 8601).
   */
  EndTime?: string;
  /**
   * The activity status: `InProgress` on successful launch and terminate events, `Failed` on unsuccessful ones (`Successful`, `Cancelled`... are other `ScalingActivityStatusCode` values).
   */
  StatusCode: string;
  /**
   * Status detail; the error for unsuccessful events.
   */
  StatusMessage?: string;
  /**
   * Where the instance comes from: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Origin?: string;
  /**
   * Where the instance goes: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Destination?: string;
}

/**
 * The `detail` of an `EC2 Instance Terminate Unsuccessful` event.
 */
export interface AutoScalingInstanceTerminateUnsuccessfulDetail {
  /**
   * The scaling activity id.
   */
  ActivityId: string;
  /**
   * The Auto Scaling group name.
   */
  AutoScalingGroupName: string;
  /**
   * Why the activity happened (a sentence).
   */
  Cause: string;
  /**
   * What the activity does, such as `Launching a new EC2 instance: i-...`.
   */
  Description?: string;
  /**
   * Details of the activity; the launch examples carry `Availability Zone` and `Subnet ID`.
   */
  Details?: {
    "Availability Zone"?: string;
    "Subnet ID"?: string;
    InvokingAlarms?: {
      [k: string]: unknown;
    }[];
    [k: string]: unknown;
  };
  /**
   * The instance id; may be empty when a launch failed before an instance existed.
   */
  EC2InstanceId: string;
  RequestId?: string;
  /**
   * When the activity started (ISO 8601).
   */
  StartTime: string;
  /**
   * When the activity ended (ISO 8601).
   */
  EndTime?: string;
  /**
   * The activity status: `InProgress` on successful launch and terminate events, `Failed` on unsuccessful ones (`Successful`, `Cancelled`... are other `ScalingActivityStatusCode` values).
   */
  StatusCode: string;
  /**
   * Status detail; the error for unsuccessful events.
   */
  StatusMessage?: string;
  /**
   * Where the instance comes from: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Origin?: string;
  /**
   * Where the instance goes: `EC2`, `AutoScalingGroup` or `WarmPool` (newer events).
   */
  Destination?: string;
}

/**
 * An instance suggested for termination.
 */
export interface AutoScalingTerminationCandidate {
  /**
   * The instance's Availability Zone.
   */
  AvailabilityZone: string;
  /**
   * The instance id (`i-...`).
   */
  InstanceId: string;
  /**
   * The instance type (`t2.nano`).
   */
  InstanceType: string;
  InstanceMarketOption: AutoScalingInstanceMarketOption;
}

/**
 * One item Lambda must retry: an SQS `messageId`, or a Kinesis / DynamoDB Streams `sequenceNumber`.
 */
export interface BatchItemFailure {
  itemIdentifier: string;
}

/**
 * Partial batch response. Lambda treats the batch as a complete success when `batchItemFailures` is empty, and retries only the listed items otherwise. An empty or null `itemIdentifier` makes Lambda treat the whole batch as failed, so it is rejected here as a bug in the handler. Lambda also treats "a null batchItemFailures list", "an empty EventResponse" and "a null EventResponse" as complete success (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html); the registry still requires the list, which the generated types, the runtime's merged failures and the CLI's wrong-source check rely on, so return `{ batchItemFailures: [] }` for a complete success.
 */
export interface BatchItemFailuresResponse {
  batchItemFailures: BatchItemFailure[];
}

/**
 * The operation's result, echoing the invocation's `actionGroup`, `apiPath` and `httpMethod`.
 */
export interface BedrockAgentApiResponse {
  /**
   * The invocation's `actionGroup`.
   */
  actionGroup: string;
  /**
   * The invocation's `apiPath`.
   */
  apiPath: string;
  /**
   * The invocation's `httpMethod`.
   */
  httpMethod: string;
  /**
   * HTTP status of the operation (200 when left out).
   */
  httpStatusCode?: number;
  /**
   * Left out for a normal result. `FAILURE`: the agent fails the turn with a dependency failure; `REPROMPT`: the response body goes back to the model to reprompt. (The `ApiResult` data type of the Agents runtime API lists it for API results: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent-runtime_ApiResult.html)
   */
  responseState?: "FAILURE" | "REPROMPT";
  responseBody: BedrockAgentResponseBody;
}

/**
 * The result for the agent, by content type: media type (`application/json`, ...) for an OpenAPI action, `TEXT` for a function. `body` is a string: JSON text, not an object.
 */
export interface BedrockAgentResponseBody {
  [k: string]: {
    /**
     * The response, as a string (JSON-formatted when the content type is JSON).
     */
    body: string;
  };
}

/**
 * The function's output and how the agent should go on.
 */
export interface BedrockAgentFunctionOutcome {
  /**
   * Left out for a normal result. `FAILURE`: the agent fails the session turn with a `DependencyFailedException`; `REPROMPT`: the agent passes the response body to the model to reprompt.
   */
  responseState?: "FAILURE" | "REPROMPT";
  responseBody: BedrockAgentResponseBody;
}

/**
 * The function's result, echoing the invocation's `actionGroup` and `function`.
 */
export interface BedrockAgentFunctionResponseBlock {
  /**
   * The invocation's `actionGroup`.
   */
  actionGroup: string;
  /**
   * The invocation's `function`.
   */
  function: string;
  functionResponse: BedrockAgentFunctionOutcome;
}

/**
 * The agent that calls the action group.
 */
export interface BedrockAgentInfo {
  /**
   * Name of the agent.
   */
  name: string;
  /**
   * Id of the agent.
   */
  id: string;
  /**
   * Id of the agent alias used (`TSTALIASID` for the draft).
   */
  alias: string;
  /**
   * Version of the agent (`DRAFT` or a number).
   */
  version: string;
}

/**
 * A retrieval setting the response applies to one of the agent's knowledge bases. https://docs.aws.amazon.com/bedrock/latest/userguide/agents-session-state.html
 */
export interface BedrockAgentKnowledgeBaseConfiguration {
  /**
   * Id of the knowledge base.
   */
  knowledgeBaseId: string;
  /**
   * How to query it (the `KnowledgeBaseRetrievalConfiguration` of the Agents for Amazon Bedrock Runtime API).
   */
  retrievalConfiguration: {
    vectorSearchConfiguration?: {
      /**
       * How many results to retrieve.
       */
      numberOfResults?: number;
      /**
       * `HYBRID` or `SEMANTIC`.
       */
      overrideSearchType?: "HYBRID" | "SEMANTIC";
      /**
       * A metadata filter (`RetrievalFilter`: `equals`, `andAll`, `orAll`, ...).
       */
      filter?: {
        [k: string]: unknown;
      };
    };
  };
}

/**
 * One parameter value the agent elicited. `value` is always a string; `type` says how to read it.
 */
export interface BedrockAgentParameter {
  /**
   * Parameter name from the schema.
   */
  name: string;
  /**
   * The schema type: `string`, `number`, `integer`, `boolean` or `array`.
   */
  type: string;
  /**
   * The value, as text (an array is written as text too).
   */
  value: string;
}

/**
 * Prompt session attributes: persist for one turn and are added to the orchestration prompt, string values.
 */
export interface BedrockAgentPromptSessionAttributes {
  [k: string]: string;
}

/**
 * The operation's request body: media type (such as `application/json`) to its properties. Absent when the operation has no body.
 */
export interface BedrockAgentRequestBody {
  content: {
    [k: string]: BedrockAgentRequestBodyContent;
  };
}

/**
 * The body's properties for one media type.
 */
export interface BedrockAgentRequestBodyContent {
  properties: BedrockAgentParameter[];
}

/**
 * Session attributes: persist for the whole session (set by `InvokeAgent` or a previous response), string values.
 */
export interface BedrockAgentSessionAttributes {
  [k: string]: string;
}

/**
 * The fields the framework merges into the request from the `onEvent` response; any other field `onEvent` returned is here too.
 */
export interface CdkProviderIsCompleteFields {
  /**
   * The physical id `onEvent` returned, or the framework's default (`RequestId` on `Create`, the current id on `Update` and `Delete`).
   */
  PhysicalResourceId: string;
  /**
   * The attributes `onEvent` returned, if any; `isComplete` may add to them.
   */
  Data?: {
    [k: string]: unknown;
  };
  /**
   * The `NoEcho` flag `onEvent` returned, if any.
   */
  NoEcho?: boolean;
  [k: string]: unknown;
}

/**
 * The fields the Provider framework reads from an `onEvent` response; other fields are passed through to `isComplete`.
 */
export interface CdkProviderOnEventResponse {
  /**
   * The resource's physical id. When left out (or empty), the framework uses the `RequestId` on `Create` and the current `PhysicalResourceId` on `Update` and `Delete`. A different id on `Update` replaces the resource (CloudFormation then deletes the old one); a different id on `Delete` fails the operation.
   */
  PhysicalResourceId?: string;
  /**
   * Resource attributes the template reads with `Fn::GetAtt`.
   */
  Data?: {
    [k: string]: unknown;
  };
  /**
   * When `true`, the attributes in `Data` are masked in `Fn::GetAtt` output and in the framework's logs.
   */
  NoEcho?: boolean;
  [k: string]: unknown;
}

/**
 * What only a `Create` request has: its `RequestType`. It carries no `PhysicalResourceId` (the provider chooses one in its response).
 */
export interface CloudFormationCustomResourceCreateFields {
  RequestType: "Create";
}

/**
 * The fields of a custom resource request that every request carries, except `ResponseURL` (required by `CloudFormationCustomResourceRequestCommon`; the CDK Provider framework's handler tables leave it out). https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 */
export interface CloudFormationCustomResourceRequestFields {
  /**
   * Set by the stack operation: `Create`, `Update` or `Delete`.
   */
  RequestType: "Create" | "Update" | "Delete";
  /**
   * The Lambda function or SNS topic ARN the resource's `ServiceToken` names. Real requests carry it, but the request field reference does not list it, so it is optional.
   */
  ServiceToken?: string;
  ResponseURL?: CloudFormationCustomResourceResponseUrl;
  StackId: Arn;
  /**
   * Unique id of this request; copy it into the response.
   */
  RequestId: string;
  /**
   * The template's resource type, such as `Custom::MyResource` or `AWS::CloudFormation::CustomResource` (up to 60 characters: alphanumerics and `_@-`).
   */
  ResourceType: string;
  /**
   * Logical id of the custom resource in the template; copy it into the response.
   */
  LogicalResourceId: string;
  ResourceProperties?: CloudFormationCustomResourceProperties;
}

/**
 * Resource properties as the template developer wrote them; names and contents are defined by the provider. `ServiceToken`, the resource's one required template property, is among them in real requests (the Lambda guide's example), but the request type examples of the CloudFormation guide leave it out, so it is typed and optional.
 */
export interface CloudFormationCustomResourceProperties {
  /**
   * The function or topic ARN the template gives as the resource's `ServiceToken`.
   */
  ServiceToken?: string;
  [k: string]: unknown;
}

/**
 * What only a `Delete` request has: the physical id to delete.
 */
export interface CloudFormationCustomResourceDeleteFields {
  RequestType: "Delete";
  /**
   * The id the provider returned for this resource; always sent with `Delete` requests.
   */
  PhysicalResourceId: string;
}

/**
 * What only an `Update` request has: the current physical id and the properties before the update (the request reference: `PhysicalResourceId` is always sent with `Update` and `Delete`, `OldResourceProperties` is used only for `Update` and required there).
 */
export interface CloudFormationCustomResourceUpdateFields {
  RequestType: "Update";
  /**
   * The id the provider returned for this resource; always sent with `Update` requests. Returning a different one in the response replaces the resource (CloudFormation then sends a `Delete` for the old id).
   */
  PhysicalResourceId: string;
  OldResourceProperties: CloudFormationCustomResourceProperties;
}

/**
 * `Records[0].cf.config`: the distribution and trigger the event belongs to (read-only). The current Lambda@Edge event structure page lists distributionDomainName, distributionId, eventType and requestId for request and response events, and every example of the four event types carries all four (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html). `requestId` is required only by the viewer-request and viewer-response schemas: earlier versions of the same page described it as "read-only, viewer request events only" / "viewer response events only" (awsdocs/amazon-cloudfront-developer-guide, doc_source/lambda-event-structure.md), so origin events captured then carry no requestId.
 */
export interface CloudFrontConfig {
  /**
   * The domain name of the distribution (for example `d111111abcdef8.cloudfront.net`).
   */
  distributionDomainName: string;
  /**
   * The ID of the distribution (for example `EDFDVBD6EXAMPLE`).
   */
  distributionId: string;
  /**
   * The trigger: `viewer-request`, `origin-request`, `viewer-response` or `origin-response` (the four CloudFront events a Lambda@Edge function can be associated with).
   */
  eventType: "viewer-request" | "origin-request" | "viewer-response" | "origin-response";
  /**
   * An encrypted string that identifies the viewer-to-CloudFront request; it appears in CloudFront access logs as `x-edge-request-id`. Always present in viewer events; origin events from before CloudFront added it there have none.
   */
  requestId?: string;
}

/**
 * A custom (HTTP server) origin. The event structure page's origin request example carries every field below.
 */
export interface CloudFrontCustomOrigin {
  customHeaders: CloudFrontHeaders;
  /**
   * The origin's DNS name (not an IP address, no colon, up to 253 characters).
   */
  domainName: string;
  /**
   * Seconds to keep the connection open after the last response packet (1-60 by default; the quota can be raised).
   */
  keepaliveTimeout: number;
  /**
   * The directory path at the origin: empty, or starting with a slash and not ending with one.
   */
  path: string;
  /**
   * The origin port: 80, 443, or 1024-65535.
   */
  port: number;
  /**
   * The origin protocol policy.
   */
  protocol: "http" | "https";
  /**
   * Seconds to wait for a response, and between response packets (4-60 by default; larger quotas can be requested).
   */
  readTimeout: number;
  /**
   * SSL/TLS protocols CloudFront may use with the origin; known values `TLSv1.2`, `TLSv1.1`, `TLSv1`, `SSLv3`.
   */
  sslProtocols: string[];
}

/**
 * Headers as CloudFront passes them: the map key is the lower-cased header name; each entry lists one `{ key, value }` pair per occurrence of the header, `key` keeping the case the header had on the wire.
 */
export interface CloudFrontHeaders {
  [k: string]: CloudFrontHeader[];
}

/**
 * One occurrence of a header as CloudFront sends it.
 */
export interface CloudFrontHeader {
  /**
   * The case-sensitive header name as it appeared in the HTTP message (for example `User-Agent`).
   */
  key: string;
  /**
   * The header value as it appeared in the HTTP message.
   */
  value: string;
}

/**
 * `request.origin` in origin request and origin response events: the origin the request goes to. It holds exactly one of `custom` or `s3`; an origin-request function may replace it with another origin of either kind.
 */
export interface CloudFrontOrigin {
  custom?: CloudFrontCustomOrigin;
  s3?: CloudFrontS3Origin;
}

/**
 * An Amazon S3 origin.
 */
export interface CloudFrontS3Origin {
  /**
   * `origin-access-identity` when the bucket uses an origin access identity, otherwise `none`.
   */
  authMethod?: "origin-access-identity" | "none";
  customHeaders: CloudFrontHeaders;
  /**
   * The bucket's DNS name, such as `amzn-s3-demo-bucket.s3.eu-west-1.amazonaws.com` (lower case, up to 128 characters).
   */
  domainName: string;
  /**
   * The directory path in the bucket: empty, or starting with a slash and not ending with one.
   */
  path: string;
  /**
   * The bucket's AWS Region; needed when authMethod is `origin-access-identity`.
   */
  region?: string;
}

/**
 * `Records[0].cf.request`: the HTTP request. In viewer events it is the request CloudFront received from the viewer; in origin events it is the request CloudFront sends to the origin (with `origin`). The event structure page lists clientIp, headers, method, querystring and uri for every request, and says querystring is present, empty, when the request has none; `body` appears only when the trigger has the include-body option. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export interface CloudFrontRequest {
  /**
   * The IP address (IPv4 or IPv6) of the viewer, or of the proxy or load balancer it came through (read-only).
   */
  clientIp: string;
  headers: CloudFrontHeaders;
  /**
   * The HTTP method of the request (read-only), such as `GET` or `POST`.
   */
  method: string;
  /**
   * The query string without the leading `?`, or an empty string when the request has none.
   */
  querystring: string;
  /**
   * The relative path of the requested object; it always begins with a slash.
   */
  uri: string;
  body?: CloudFrontRequestBody;
  origin?: CloudFrontOrigin;
}

/**
 * The request body, present when the trigger was associated with the include-body option (viewer request and origin request only). https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-include-body-access.html
 */
export interface CloudFrontRequestBody {
  /**
   * Whether Lambda@Edge truncated the body (40 KB for viewer requests, 1 MB for origin requests) (read-only).
   */
  inputTruncated?: boolean;
  /**
   * `read-only` (the default: changes to `data` and `encoding` are ignored) or `replace` (send the returned `data` to the origin instead).
   */
  action?: "read-only" | "replace";
  /**
   * `base64` (how CloudFront always exposes the body) or `text` (allowed for a replacement body).
   */
  encoding?: "base64" | "text";
  /**
   * The body content, in the given encoding.
   */
  data?: string;
}

/**
 * `Records[0].cf.response` in response events: for origin response, what the origin returned; for viewer response, what CloudFront is about to return to the viewer. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#response-event-fields
 */
export interface CloudFrontResponse {
  headers: CloudFrontHeaders;
  /**
   * The HTTP status code, as a string (for example `"200"`).
   */
  status: string;
  /**
   * The HTTP reason phrase (for example `OK`).
   */
  statusDescription: string;
}

/**
 * One header value a function returns.
 */
export interface CloudFrontResultHeader {
  /**
   * Optional: the header name in the case to send; Lambda@Edge fills it in from the map key when missing.
   */
  key?: string;
  /**
   * The header value.
   */
  value: string;
}

/**
 * Headers a function returns: the map key must be the lower-cased header name; `key` may be left out, and Lambda@Edge then inserts the name with initial capitals (`content-type` becomes `Content-Type`). https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export interface CloudFrontResultHeaders {
  [k: string]: CloudFrontResultHeader[];
}

/**
 * The request a request-trigger function returns for CloudFront to go on with (usually the event's request, modified). Only headers, querystring, uri, body and (in origin requests) origin are read; read-only fields are ignored. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#request-event-fields
 */
export interface CloudFrontResultRequest {
  /**
   * Read-only; ignored when returned.
   */
  clientIp?: string;
  headers?: CloudFrontResultHeaders;
  /**
   * Read-only; ignored when returned.
   */
  method?: string;
  /**
   * The query string to use, without the leading `?`.
   */
  querystring?: string;
  /**
   * The path to request; it must begin with a slash. Changing it changes the object requested, not the cache behavior or the origin.
   */
  uri: string;
  body?: CloudFrontRequestBody;
  origin?: CloudFrontOrigin;
}

/**
 * An HTTP response a function returns: generated in a viewer-request or origin-request trigger (CloudFront answers the viewer without going to the origin), or the updated response of a response trigger. Only `status` is required. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export interface CloudFrontResultResponse {
  /**
   * The HTTP status code as a string (the response object's `status` is documented as 'HTTP status code (string)'); CloudFront returns an error to the viewer when it is not between 200 and 599.
   */
  status: string;
  /**
   * The reason phrase to send; it need not be the standard one.
   */
  statusDescription?: string;
  headers?: CloudFrontResultHeaders;
  /**
   * The body of a generated response (at most 40 KB from a viewer-request trigger, 1 MB from an origin-request trigger). Response triggers cannot change the origin's body; a body there is only read when the response is generated.
   */
  body?: string;
  /**
   * How `body` is encoded; CloudFront treats the body as text when this is omitted.
   */
  bodyEncoding?: "text" | "base64";
}

/**
 * The `detail` of an `AWS API Call via CloudTrail` event: the CloudTrail record of the call (`eventType` `AwsApiCall`).
 */
export interface CloudTrailAwsApiCallDetail {
  /**
   * Version of the log event format, such as `1.08`; fields below note the version that added them.
   */
  eventVersion: string;
  userIdentity: CloudTrailUserIdentity;
  /**
   * When the request was made, UTC, ISO 8601 (`2016-02-20T01:09:13Z`).
   */
  eventTime: string;
  /**
   * The service the request was made to, `<service>.amazonaws.com` (with exceptions such as `monitoring.amazonaws.com` for CloudWatch).
   */
  eventSource: string;
  /**
   * The requested action: an API operation of the service, or `ConsoleLogin`, `CheckMfa`... for sign-in events.
   */
  eventName: string;
  /**
   * The Region the request was made to, such as `us-east-2`.
   */
  awsRegion: string;
  /**
   * The IP address the request came from; for requests made by an AWS service, its DNS name (such as `ec2.amazonaws.com`).
   */
  sourceIPAddress: string;
  /**
   * The agent the request was made through: `signin.amazonaws.com`, `console.amazonaws.com`, `aws-cli/2...`, `aws-sdk-java/...`, `aws-internal/#`...
   */
  userAgent?: string;
  /**
   * The AWS service error, when the request failed.
   */
  errorCode?: string;
  /**
   * The error description, when the request failed (`Failed authentication` for a failed console sign-in).
   */
  errorMessage?: string;
  /**
   * The request parameters, as documented in the service's API reference; `null` when the request had none (console sign-in events).
   */
  requestParameters?: {
    [k: string]: unknown;
  } | null;
  /**
   * The response elements of actions that change state; `null` or absent for read-only actions and failed requests.
   */
  responseElements?: {
    [k: string]: unknown;
  } | null;
  /**
   * Additional data about the event that is not part of the request or response; its keys depend on the service.
   */
  additionalEventData?: {
    [k: string]: unknown;
  };
  /**
   * The request id the called service generated (eventVersion 1.01+).
   */
  requestID?: string;
  /**
   * GUID CloudTrail generated to identify the event.
   */
  eventID: string;
  /**
   * `AwsApiCall`, `AwsServiceEvent`, `AwsConsoleAction`, `AwsConsoleSignIn` (eventVersion 1.02+); the EventBridge detail-type follows from it.
   */
  eventType: string;
  /**
   * The API version of an `AwsApiCall`, for services with several.
   */
  apiVersion?: string;
  /**
   * Whether the event is a management event (eventVersion 1.06+).
   */
  managementEvent?: boolean;
  /**
   * Whether the operation is read-only.
   */
  readOnly?: boolean;
  /**
   * Resources accessed in the event (ARN, owner account, type), for services that report them.
   *
   * Items: A resource the event accessed.
   */
  resources?: {
    ARN?: string;
    accountId?: string;
    /**
     * Such as `AWS::IAM::Role`.
     */
    type?: string;
  }[];
  /**
   * The account that received this event; differs from `userIdentity.accountId` for cross-account access.
   */
  recipientAccountId?: string;
  /**
   * For `AwsServiceEvent`: what triggered the service event and its result.
   */
  serviceEventDetails?: {
    [k: string]: unknown;
  };
  /**
   * GUID shared by the events of one AWS action delivered to several accounts.
   */
  sharedEventID?: string;
  /**
   * The VPC endpoint the request was made through.
   */
  vpcEndpointId?: string;
  /**
   * The account that owns the VPC endpoint.
   */
  vpcEndpointAccountId?: string;
  /**
   * `Management`, `Data`, `NetworkActivity` (or `Insight`); newer event versions.
   */
  eventCategory?: string;
  tlsDetails?: CloudTrailTlsDetails;
  /**
   * `"true"` (a string) when the request was made with console session credentials; absent otherwise.
   */
  sessionCredentialFromConsole?: string;
  /**
   * Information about a delayed or updated event: reason, updated fields, original request and event ids.
   */
  addendum?: {
    [k: string]: unknown;
  };
  /**
   * Information about a request made from an edge device (Snow Family).
   */
  edgeDeviceDetails?: {
    [k: string]: unknown;
  };
}

/**
 * Who made the request and with which credentials. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export interface CloudTrailUserIdentity {
  /**
   * The identity type: `Root`, `IAMUser`, `AssumedRole`, `Role`, `FederatedUser`, `Directory`, `AWSAccount`, `AWSService`, `IdentityCenterUser`, `SAMLUser`, `WebIdentityUser`, `Unknown`; a plain string because AWS adds identity types. The other fields depend on it: `AssumedRole` and `FederatedUser` carry `sessionContext`, `AWSService` carries `invokedBy`, `IdentityCenterUser` carries `onBehalfOf`, `SAMLUser`/`WebIdentityUser` carry `identityProvider`.
   */
  type: string;
  /**
   * Unique id of the calling entity; for temporary credentials it includes the session name (`AROA...:session`).
   */
  principalId?: string;
  /**
   * ARN of the principal that made the call; absent for some failed sign-ins and service principals.
   */
  arn?: string;
  /**
   * The account that owns the entity that granted permissions for the request.
   */
  accountId?: string;
  /**
   * The access key id that signed the request; may be empty (`""`) for console sign-in events.
   */
  accessKeyId?: string;
  /**
   * Friendly name of the identity (the account alias for `Root` when set); `HIDDEN_DUE_TO_SECURITY_REASONS` for a sign-in failure caused by a wrong user name.
   */
  userName?: string;
  sessionContext?: CloudTrailSessionContext;
  /**
   * The AWS service that made the request, such as `ec2.amazonaws.com` or `AWS Internal`.
   */
  invokedBy?: string;
  /**
   * For `SAMLUser` and `WebIdentityUser`: the external identity provider (SAML name qualifier or web identity issuer such as `accounts.google.com`).
   */
  identityProvider?: string;
  /**
   * Id of the credential used (IAM Identity Center and service-specific credentials).
   */
  credentialId?: string;
  /**
   * For `IdentityCenterUser` and Identity Center sessions: the user the request was made for.
   */
  onBehalfOf?: {
    /**
     * The IAM Identity Center user id.
     */
    userId?: string;
    /**
     * The identity store ARN.
     */
    identityStoreArn?: string;
  };
  /**
   * For requests made by a service in the scope of a resource: the issuer type, source ARN and account.
   */
  inScopeOf?: {
    [k: string]: unknown;
  };
}

/**
 * For temporary security credentials: the session they belong to.
 */
export interface CloudTrailSessionContext {
  /**
   * Session attributes.
   */
  attributes?: {
    /**
     * When the temporary credentials were issued (ISO 8601, basic or extended notation).
     */
    creationDate?: string;
    /**
     * `"true"` or `"false"` (a string): whether the principal authenticated with MFA.
     */
    mfaAuthenticated?: string;
  };
  /**
   * How the temporary credentials were obtained (the role assumed, or the user that called GetFederationToken).
   */
  sessionIssuer?: {
    /**
     * `Root`, `IAMUser` or `Role`.
     */
    type?: string;
    principalId?: string;
    arn?: string;
    accountId?: string;
    userName?: string;
  };
  /**
   * For web identity federation: the identity provider and the attributes it reported.
   */
  webIdFederationData?: {
    federatedProvider?: string;
    attributes?: {
      [k: string]: unknown;
    };
  };
  /**
   * The source identity set on the role session.
   */
  sourceIdentity?: string;
  /**
   * `1.0` or `2.0`: the instance metadata service version that delivered role credentials to EC2.
   */
  ec2RoleDelivery?: string;
  /**
   * `"true"` for a privileged root session (AssumeRoot).
   */
  assumedRoot?: string;
}

/**
 * TLS details of the request, for services that report them.
 */
export interface CloudTrailTlsDetails {
  /**
   * Such as `TLSv1.2`.
   */
  tlsVersion?: string;
  cipherSuite?: string;
  /**
   * The host name the client called.
   */
  clientProvidedHostHeader?: string;
}

/**
 * The CloudTrail record fields: what was requested, by whom, when and from where. `required` lists the fields every example and the record-contents page show on every record; `requestParameters`/`responseElements` may be `null` or absent. https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export interface CloudTrailRecordDetail {
  /**
   * Version of the log event format, such as `1.08`; fields below note the version that added them.
   */
  eventVersion: string;
  userIdentity: CloudTrailUserIdentity;
  /**
   * When the request was made, UTC, ISO 8601 (`2016-02-20T01:09:13Z`).
   */
  eventTime: string;
  /**
   * The service the request was made to, `<service>.amazonaws.com` (with exceptions such as `monitoring.amazonaws.com` for CloudWatch).
   */
  eventSource: string;
  /**
   * The requested action: an API operation of the service, or `ConsoleLogin`, `CheckMfa`... for sign-in events.
   */
  eventName: string;
  /**
   * The Region the request was made to, such as `us-east-2`.
   */
  awsRegion: string;
  /**
   * The IP address the request came from; for requests made by an AWS service, its DNS name (such as `ec2.amazonaws.com`).
   */
  sourceIPAddress: string;
  /**
   * The agent the request was made through: `signin.amazonaws.com`, `console.amazonaws.com`, `aws-cli/2...`, `aws-sdk-java/...`, `aws-internal/#`...
   */
  userAgent?: string;
  /**
   * The AWS service error, when the request failed.
   */
  errorCode?: string;
  /**
   * The error description, when the request failed (`Failed authentication` for a failed console sign-in).
   */
  errorMessage?: string;
  /**
   * The request parameters, as documented in the service's API reference; `null` when the request had none (console sign-in events).
   */
  requestParameters?: {
    [k: string]: unknown;
  } | null;
  /**
   * The response elements of actions that change state; `null` or absent for read-only actions and failed requests.
   */
  responseElements?: {
    [k: string]: unknown;
  } | null;
  /**
   * Additional data about the event that is not part of the request or response; its keys depend on the service.
   */
  additionalEventData?: {
    [k: string]: unknown;
  };
  /**
   * The request id the called service generated (eventVersion 1.01+).
   */
  requestID?: string;
  /**
   * GUID CloudTrail generated to identify the event.
   */
  eventID: string;
  /**
   * `AwsApiCall`, `AwsServiceEvent`, `AwsConsoleAction`, `AwsConsoleSignIn` (eventVersion 1.02+); the EventBridge detail-type follows from it.
   */
  eventType: string;
  /**
   * The API version of an `AwsApiCall`, for services with several.
   */
  apiVersion?: string;
  /**
   * Whether the event is a management event (eventVersion 1.06+).
   */
  managementEvent?: boolean;
  /**
   * Whether the operation is read-only.
   */
  readOnly?: boolean;
  /**
   * Resources accessed in the event (ARN, owner account, type), for services that report them.
   *
   * Items: A resource the event accessed.
   */
  resources?: {
    ARN?: string;
    accountId?: string;
    /**
     * Such as `AWS::IAM::Role`.
     */
    type?: string;
  }[];
  /**
   * The account that received this event; differs from `userIdentity.accountId` for cross-account access.
   */
  recipientAccountId?: string;
  /**
   * For `AwsServiceEvent`: what triggered the service event and its result.
   */
  serviceEventDetails?: {
    [k: string]: unknown;
  };
  /**
   * GUID shared by the events of one AWS action delivered to several accounts.
   */
  sharedEventID?: string;
  /**
   * The VPC endpoint the request was made through.
   */
  vpcEndpointId?: string;
  /**
   * The account that owns the VPC endpoint.
   */
  vpcEndpointAccountId?: string;
  /**
   * `Management`, `Data`, `NetworkActivity` (or `Insight`); newer event versions.
   */
  eventCategory?: string;
  tlsDetails?: CloudTrailTlsDetails;
  /**
   * `"true"` (a string) when the request was made with console session credentials; absent otherwise.
   */
  sessionCredentialFromConsole?: string;
  /**
   * Information about a delayed or updated event: reason, updated fields, original request and event ids.
   */
  addendum?: {
    [k: string]: unknown;
  };
  /**
   * Information about a request made from an edge device (Snow Family).
   */
  edgeDeviceDetails?: {
    [k: string]: unknown;
  };
}

/**
 * The alarm's configuration: `metrics` for a metric alarm, `alarmRule` (and optional actions-suppressor settings) for a composite alarm.
 */
export interface CloudWatchAlarmConfiguration {
  /**
   * The alarm description; absent when the alarm has none.
   */
  description?: string;
  /**
   * Metric alarms: the metric, or the metric math queries, the alarm evaluates.
   */
  metrics?: CloudWatchAlarmMetricDataQuery[];
  /**
   * Composite alarms: the rule expression over other alarms, for example `ALARM(a) OR ALARM(b)`.
   */
  alarmRule?: string;
  /**
   * Composite alarms: name or ARN of the alarm that suppresses actions.
   */
  actionsSuppressor?: string;
  /**
   * Composite alarms: seconds to wait for the suppressor to go into ALARM.
   */
  actionsSuppressorWaitPeriod?: number;
  /**
   * Composite alarms: seconds to keep suppressing after the suppressor leaves ALARM.
   */
  actionsSuppressorExtensionPeriod?: number;
}

/**
 * One metric (`metricStat`) or metric math expression (`expression`) of a metric alarm.
 */
export interface CloudWatchAlarmMetricDataQuery {
  /**
   * The query id, referenced by expressions.
   */
  id: string;
  metricStat?: CloudWatchAlarmMetricStat;
  /**
   * Metric math expression, for queries that are not a plain metric.
   */
  expression?: string;
  label?: string;
  /**
   * Whether this query's result is the value the alarm evaluates.
   */
  returnData?: boolean;
  /**
   * Period in seconds, for expressions.
   */
  period?: number;
  /**
   * Account of the metric, for cross-account alarms.
   */
  accountId?: string;
}

/**
 * A metric with the statistic and period the alarm applies to it.
 */
export interface CloudWatchAlarmMetricStat {
  metric: {
    namespace: string;
    name: string;
    /**
     * Dimension name to value; empty when the metric has no dimensions.
     */
    dimensions?: {
      [k: string]: string;
    };
  };
  /**
   * Period in seconds.
   */
  period: number;
  /**
   * Statistic, for example `Average` or `p99`.
   */
  stat: string;
  /**
   * Unit of the metric, when the alarm specifies one.
   */
  unit?: string;
}

/**
 * The alarm, its state change and its configuration.
 */
export interface CloudWatchAlarmData {
  alarmName: string;
  state: CloudWatchAlarmState;
  previousState: CloudWatchAlarmState;
  configuration: CloudWatchAlarmConfiguration;
}

/**
 * An alarm state with the reason CloudWatch gives for it.
 */
export interface CloudWatchAlarmState {
  value: CloudWatchAlarmStateValue;
  /**
   * Human-readable explanation of the state.
   */
  reason: string;
  /**
   * Machine-readable explanation as a JSON string (evaluated datapoints for metric alarms, `triggeringAlarms` for composite alarms). Absent when CloudWatch has none, for example for a state set with SetAlarmState.
   */
  reasonData?: string;
  timestamp: CloudWatchAlarmTimestamp;
  /**
   * Composite alarms with an actions suppressor only: `WaitPeriod`, `ExtensionPeriod` or `Alarm`.
   */
  actionsSuppressedBy?: string;
  /**
   * Composite alarms with an actions suppressor only: why actions were suppressed.
   */
  actionsSuppressedReason?: string;
}

/**
 * This interface was referenced by `LambdaEventRegistryRoot`'s JSON-Schema
 * via the `definition` "CloudWatchAlarmSnsDimension".
 */
export interface CloudWatchAlarmSnsDimension {
  name: string;
  value: string;
}

/**
 * One query of a metric math alarm.
 */
export interface CloudWatchAlarmSnsMetricDataQuery {
  Id: string;
  Expression?: string;
  Label?: string;
  ReturnData?: boolean;
  Period?: number;
  AccountId?: string;
  MetricStat?: {
    Metric: {
      Dimensions?: CloudWatchAlarmSnsDimension[];
      MetricName?: string;
      Namespace?: string;
    };
    Period: number;
    Stat: string;
    Unit?: string | null;
  };
}

/**
 * The alarm condition: a single metric (`MetricName`, `Namespace`, `Statistic` or `ExtendedStatistic`, `Dimensions`) or metric math (`Metrics`), compared with `Threshold` (or an anomaly detection band, `ThresholdMetricId`).
 */
export interface CloudWatchAlarmSnsTrigger {
  MetricName?: string;
  Namespace?: string;
  /**
   * `Statistic` or `ExtendedStatistic`.
   */
  StatisticType?: string;
  /**
   * Upper-case statistic such as `AVERAGE`, or a percentile such as `p99` for extended statistics.
   */
  Statistic?: string;
  /**
   * The metric unit; `null` when the alarm does not specify one.
   */
  Unit?: string | null;
  /**
   * The metric's dimensions (note the lower-case `name`/`value` keys).
   */
  Dimensions?: CloudWatchAlarmSnsDimension[];
  /**
   * Period in seconds.
   */
  Period?: number;
  EvaluationPeriods: number;
  DatapointsToAlarm?: number;
  /**
   * For example `GreaterThanThreshold`.
   */
  ComparisonOperator: string;
  Threshold?: number;
  /**
   * Anomaly detection alarms: id of the band expression used as threshold.
   */
  ThresholdMetricId?: string;
  /**
   * Free text such as `- TreatMissingData:                    missing`.
   */
  TreatMissingData?: string;
  /**
   * Percentile alarms: `evaluate`, `ignore`, or an empty string.
   */
  EvaluateLowSampleCountPercentile?: string;
  /**
   * Metric math alarms: the queries, in the PutMetricAlarm `MetricDataQuery` shape.
   */
  Metrics?: CloudWatchAlarmSnsMetricDataQuery[];
}

/**
 * A JSON object: `{"markdown": "..."}` renders the Markdown; any other object is shown as JSON.
 */
export interface CloudWatchDashboardCustomWidgetJson {
  /**
   * Markdown content to render.
   */
  markdown?: string;
  [k: string]: unknown;
}

/**
 * The dashboard's context, included in every call a custom widget makes (the guide's field list is its example; fields that only exist in some states are optional here).
 */
export interface CloudWatchDashboardWidgetContext {
  /**
   * Name of the dashboard showing the widget.
   */
  dashboardName: string;
  /**
   * Id of the widget on the dashboard, such as `widget-16`.
   */
  widgetId: string;
  /**
   * The account of the dashboard, as a 12-digit string.
   */
  accountId: string;
  /**
   * The console's language, such as `en`.
   */
  locale: string;
  /**
   * The time zone the dashboard shows times in.
   */
  timezone: {
    /**
     * Time zone label, such as `UTC` or `Local`.
     */
    label: string;
    /**
     * Offset from UTC as `+HH:MM` or `-HH:MM`.
     */
    offsetISO: string;
    /**
     * Offset from UTC in minutes.
     */
    offsetInMinutes: number;
  };
  /**
   * The dashboard's metric period, in seconds.
   */
  period: number;
  /**
   * Whether the period is chosen automatically from the time range.
   */
  isAutoPeriod: boolean;
  /**
   * The dashboard's time range, in epoch milliseconds.
   */
  timeRange: {
    /**
     * `relative` (the last N milliseconds, see `relativeStart`) or `absolute`.
     */
    mode: string;
    /**
     * Start of the range, epoch milliseconds.
     */
    start: number;
    /**
     * End of the range, epoch milliseconds.
     */
    end: number;
    /**
     * For a relative range, its length in milliseconds.
     */
    relativeStart?: number;
    /**
     * The zoomed-in part of the range, when the user has zoomed in on a graph.
     */
    zoom?: {
      /**
       * Start of the zoom, epoch milliseconds.
       */
      start: number;
      /**
       * End of the zoom, epoch milliseconds.
       */
      end: number;
    };
  };
  /**
   * The console theme: `light` or `dark`.
   */
  theme: string;
  /**
   * Whether the dashboard's graphs are linked (zooming one zooms all).
   */
  linkCharts: boolean;
  /**
   * The widget's title.
   */
  title?: string;
  /**
   * Values of the HTML form fields in the widget's output, for widgets that call the function again from their own controls: `all` maps each field name to its value (empty when the widget has no form).
   */
  forms?: {
    /**
     * Form field values by field name.
     */
    all?: {
      [k: string]: unknown;
    };
    [k: string]: unknown;
  };
  /**
   * The widget's parameters as configured on the dashboard (the function also receives them at the top level of the event).
   */
  params?: {
    [k: string]: unknown;
  };
  /**
   * Width of the widget, in pixels.
   */
  width: number;
  /**
   * Height of the widget, in pixels.
   */
  height: number;
}

/**
 * A batch of log events from one log stream, as delivered by a subscription filter. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export interface CloudWatchLogsData {
  /**
   * `DATA_MESSAGE` for log data; `CONTROL_MESSAGE` for the health checks CloudWatch Logs sends to test that the destination is reachable.
   */
  messageType: "DATA_MESSAGE" | "CONTROL_MESSAGE";
  /**
   * The 12-digit account id that owns the log data. Not constrained to an account id because control messages carry the literal `CloudwatchLogs` here.
   */
  owner: string;
  /**
   * Name of the originating log group; an empty string in control messages.
   */
  logGroup: string;
  /**
   * Name of the originating log stream; an empty string in control messages.
   */
  logStream: string;
  /**
   * Names of the subscription filters that matched the log data; empty in control messages.
   */
  subscriptionFilters: string[];
  /**
   * The log events, oldest first.
   */
  logEvents: CloudWatchLogsLogEvent[];
  /**
   * Which kind of subscription filter policy delivered the data, for example `LOG_GROUP_LEVEL_POLICY` or `ACCOUNT_LEVEL_POLICY`. Added with account-level subscription filters, so older deliveries omit it.
   */
  policyLevel?: string;
}

/**
 * One log event.
 */
export interface CloudWatchLogsLogEvent {
  /**
   * Unique identifier of the log event (a long decimal string); an empty string in control messages.
   */
  id: string;
  timestamp: EpochMillis;
  /**
   * The raw log message.
   */
  message: string;
  /**
   * Fields extracted by a space-delimited filter pattern (for example `[ip, user, ...]`), by field name. Present only when the subscription filter pattern names fields.
   */
  extractedFields?: {
    [k: string]: string;
  };
}

/**
 * The envelope around the compressed log data. https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export interface CloudWatchLogsRawData {
  data: Base64String;
}

/**
 * Information about the build, the same in state-change and phase-change events.
 */
export interface CodeBuildAdditionalInformation {
  /**
   * The build output artifact.
   */
  artifact?: {
    /**
     * Where the output artifact was stored (an S3 ARN).
     */
    location?: string;
    md5sum?: string;
    sha256sum?: string;
  };
  /**
   * The build environment.
   */
  environment?: {
    /**
     * The build image, such as `aws/codebuild/standard:5.0`.
     */
    image?: string;
    "privileged-mode"?: boolean;
    /**
     * Such as `BUILD_GENERAL1_SMALL`.
     */
    "compute-type"?: string;
    /**
     * Such as `LINUX_CONTAINER`.
     */
    type?: string;
    /**
     * `CODEBUILD` or `SERVICE_ROLE`.
     */
    "image-pull-credentials-type"?: string;
    /**
     * The build's environment variables; may be empty.
     */
    "environment-variables"?: {
      name?: string;
      /**
       * `PLAINTEXT`, `PARAMETER_STORE` or `SECRETS_MANAGER`.
       */
      type?: string;
      value?: string;
    }[];
  };
  /**
   * Build timeout in minutes.
   */
  "timeout-in-minutes"?: number;
  /**
   * Queue timeout in minutes.
   */
  "queued-timeout-in-minutes"?: number;
  /**
   * Whether the build has finished.
   */
  "build-complete": boolean;
  /**
   * The build number of the project (newer events).
   */
  "build-number"?: number;
  /**
   * Who started the build: an IAM user name, `codepipeline/<pipeline>`, a webhook...
   */
  initiator: string;
  /**
   * When the build started. CodeBuild writes these times in a locale format such as `Sep 1, 2017 4:12:29 PM` (UTC), not ISO 8601.
   */
  "build-start-time": string;
  /**
   * The build source.
   */
  source?: {
    location?: string;
    /**
     * Such as `S3`, `CODECOMMIT`, `GITHUB`, `CODEPIPELINE`.
     */
    type?: string;
    buildspec?: string;
    auth?: {
      type?: string;
      resource?: string;
    };
  };
  /**
   * The source version built (commit id, branch, S3 object version).
   */
  "source-version"?: string;
  /**
   * Where the build logs are; absent (or only `deep-link`) before logs exist.
   */
  logs?: {
    "group-name"?: string;
    "stream-name"?: string;
    /**
     * A console link to the log stream.
     */
    "deep-link"?: string;
  };
  /**
   * The phases so far; the last one (the current phase) has only a start time.
   */
  phases?: CodeBuildPhase[];
  /**
   * The build's network interface (VPC builds).
   */
  "network-interface"?: {
    "eni-id"?: string;
    "subnet-id"?: string;
  };
  /**
   * The VPC configuration (VPC builds).
   */
  "vpc-config"?: {
    "vpc-id"?: string;
    "security-group-ids"?: string[];
    subnets?: {
      "subnet-id"?: string;
      "build-fleet-az"?: string;
      "customer-az"?: string;
    }[];
  };
  /**
   * The build cache.
   */
  cache?: {
    type?: string;
    location?: string;
  };
}

/**
 * One build phase.
 */
export interface CodeBuildPhase {
  /**
   * Messages about the phase (errors for a failed phase).
   */
  "phase-context"?: string[];
  /**
   * When the phase started. CodeBuild writes these times in a locale format such as `Sep 1, 2017 4:12:29 PM` (UTC), not ISO 8601.
   */
  "start-time": string;
  /**
   * When the phase ended; absent for the current phase.
   */
  "end-time"?: string;
  /**
   * Duration of the phase; absent for the current phase.
   */
  "duration-in-seconds"?: number;
  /**
   * `SUBMITTED`, `QUEUED`, `PROVISIONING`, `DOWNLOAD_SOURCE`, `INSTALL`, `PRE_BUILD`, `BUILD`, `POST_BUILD`, `UPLOAD_ARTIFACTS`, `FINALIZING`, `COMPLETED`.
   */
  "phase-type": string;
  /**
   * `SUCCEEDED`, `FAILED`, `FAULT`, `TIMED_OUT`, `IN_PROGRESS`, `STOPPED`, `CLIENT_ERROR`; absent for the current phase.
   */
  "phase-status"?: string;
}

/**
 * The `detail` of a `CodeBuild Build Phase Change` event.
 */
export interface CodeBuildBuildPhaseChangeDetail {
  /**
   * The phase that completed (see `CodeBuildPhase.phase-type`).
   */
  "completed-phase": string;
  /**
   * The build project name.
   */
  "project-name": string;
  /**
   * The build ARN.
   */
  "build-id": string;
  /**
   * Context of the completed phase, as text (`"[]"` when there is none).
   */
  "completed-phase-context": string;
  "additional-information": CodeBuildAdditionalInformation;
  /**
   * `SUCCEEDED`, `FAILED`, `FAULT`, `TIMED_OUT`, `STOPPED`, `CLIENT_ERROR`.
   */
  "completed-phase-status": string;
  /**
   * How long the completed phase took.
   */
  "completed-phase-duration-seconds": number;
  /**
   * Version of the detail, `"1"`.
   */
  version: string;
  /**
   * When the completed phase started. CodeBuild writes these times in a locale format such as `Sep 1, 2017 4:12:29 PM` (UTC), not ISO 8601.
   */
  "completed-phase-start": string;
  /**
   * When the completed phase ended. CodeBuild writes these times in a locale format such as `Sep 1, 2017 4:12:29 PM` (UTC), not ISO 8601.
   */
  "completed-phase-end": string;
}

/**
 * The `detail` of a `CodeBuild Build State Change` event.
 */
export interface CodeBuildBuildStateChangeDetail {
  /**
   * The build status: `IN_PROGRESS`, `SUCCEEDED`, `FAILED`, `STOPPED` in the guide's rule patterns (`FAULT` and `TIMED_OUT` are build statuses too); a plain string because AWS may add statuses.
   */
  "build-status": string;
  /**
   * The build project name.
   */
  "project-name": string;
  /**
   * The build ARN, `arn:aws:codebuild:<region>:<account>:build/<project>:<uuid>`.
   */
  "build-id": string;
  "additional-information": CodeBuildAdditionalInformation;
  /**
   * The phase the build is in, such as `SUBMITTED` or `COMPLETED`.
   */
  "current-phase": string;
  /**
   * Context of the current phase, as text (`"[]"` when there is none).
   */
  "current-phase-context": string;
  /**
   * Version of the detail, `"1"`.
   */
  version: string;
}

/**
 * What changed in the repository.
 */
export interface CodeCommitData {
  references: CodeCommitReference[];
}

/**
 * A branch or tag that changed.
 */
export interface CodeCommitReference {
  /**
   * Full SHA-1 id of the commit the reference points to (for a deleted reference, the one it pointed to). Not pattern-checked: the Lambda guide's own example is one digit short.
   */
  commit: string;
  /**
   * Full reference name, for example `refs/heads/main` or `refs/tags/v1`.
   */
  ref: string;
  /**
   * `true` when the reference was created by this change; absent otherwise.
   */
  created?: boolean;
  /**
   * `true` when the reference was deleted by this change; absent otherwise.
   */
  deleted?: boolean;
}

/**
 * One trigger notification. A large change is split into several records or invocations, numbered by `eventPartNumber` out of `eventTotalParts`. https://docs.aws.amazon.com/codecommit/latest/userguide/how-to-notify-lambda.html
 */
export interface CodeCommitRecord {
  awsRegion: AwsRegion;
  codecommit: CodeCommitData;
  /**
   * The custom data string configured on the trigger; absent when the trigger has none.
   */
  customData?: string;
  /**
   * Unique id of the notification (a UUID).
   */
  eventId: string;
  /**
   * `ReferenceChanges` for repository events, `TriggerEventTest` when the trigger is tested from the console.
   */
  eventName: string;
  eventPartNumber: number;
  eventSource: "aws:codecommit";
  eventSourceARN: Arn;
  eventTime: CodeCommitTimestamp;
  eventTotalParts: number;
  /**
   * Id of the trigger configuration (a UUID).
   */
  eventTriggerConfigId: string;
  /**
   * Name of the trigger.
   */
  eventTriggerName: string;
  /**
   * Version of the record format, `1.0`.
   */
  eventVersion: string;
  userIdentityARN: Arn;
}

/**
 * The `detail` of a `CodeDeploy Deployment State-change Notification` event; the instance event adds `instanceId`.
 */
export interface CodeDeployDeploymentStateChangeDetail {
  /**
   * The CodeDeploy application name.
   */
  application: string;
  /**
   * The deployment id, such as `d-123456789`.
   */
  deploymentId: string;
  /**
   * The deployment group name.
   */
  deploymentGroup: string;
  /**
   * Id of the deployment group's instance group.
   */
  instanceGroupId: string;
  /**
   * The new state. The CodeDeploy guide lists `START`, `SUCCESS`, `FAILURE` and, for blue/green deployments, `READY`; a plain string because AWS may add states. https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudwatch-events.html
   */
  state: string;
  /**
   * The Region of the deployment.
   */
  region: string;
}

/**
 * The `detail` of a `CodePipeline Action Execution State Change` event.
 */
export interface CodePipelineActionExecutionStateChangeDetail {
  /**
   * The pipeline name.
   */
  pipeline: string;
  /**
   * The pipeline execution id (a UUID), as `GetPipelineExecution` takes it.
   */
  "execution-id": string;
  /**
   * When the pipeline execution started (ISO 8601; newer events).
   */
  "start-time"?: string;
  /**
   * Attempt number of the execution (newer events).
   */
  "pipeline-execution-attempt"?: number;
  version: CodePipelineStructureVersion;
  /**
   * The stage name.
   */
  stage: string;
  /**
   * The action name.
   */
  action: string;
  /**
   * The action state: `STARTED`, `SUCCEEDED`, `FAILED`, `CANCELED`, and `ABANDONED` for stopped executions; a plain string because AWS adds states.
   */
  state: string;
  /**
   * The Region where the event was created (the pipeline's Region).
   */
  region?: string;
  /**
   * The action type.
   */
  type: {
    /**
     * `AWS`, `ThirdParty` or `Custom`.
     */
    owner: string;
    /**
     * `Source`, `Build`, `Test`, `Deploy`, `Approval`, `Invoke`.
     */
    category: string;
    /**
     * Such as `CodeDeploy`, `CodeBuild`, `S3`, `Manual`.
     */
    provider: string;
    version: CodePipelineStructureVersion;
  };
  /**
   * The result reported by the action provider (on completed actions).
   */
  "execution-result"?: {
    "external-execution-id"?: string;
    "external-execution-summary"?: string;
    "external-execution-url"?: string;
    "error-code"?: string;
  };
  /**
   * The action's input artifacts.
   *
   * Items: An input or output artifact of the action.
   */
  "input-artifacts"?: {
    /**
     * The artifact name.
     */
    name?: string;
    /**
     * Where the artifact is stored.
     */
    s3location?: {
      bucket?: string;
      key?: string;
    };
  }[];
  /**
   * The action's output artifacts.
   *
   * Items: An input or output artifact of the action.
   */
  "output-artifacts"?: {
    /**
     * The artifact name.
     */
    name?: string;
    /**
     * Where the artifact is stored.
     */
    s3location?: {
      bucket?: string;
      key?: string;
    };
  }[];
}

/**
 * An artifact in the pipeline's S3 artifact store.
 */
export interface CodePipelineArtifact {
  name: string;
  /**
   * Revision id of the artifact (for example a commit id); `null` for output artifacts and artifacts without a revision.
   */
  revision?: string | null;
  location: {
    /**
     * Artifact store type; S3 is the only one.
     */
    type: "S3";
    s3Location: {
      bucketName: string;
      objectKey: string;
    };
  };
}

/**
 * Temporary credentials for reading and writing the artifact bucket.
 */
export interface CodePipelineArtifactCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expirationTime?: EpochMillis;
}

/**
 * The job, shaped like the GetJobDetails response without `actionTypeId` and `pipelineContext`. https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_JobDetails.html
 */
export interface CodePipelineJob {
  /**
   * The job id to pass to PutJobSuccessResult / PutJobFailureResult.
   */
  id: string;
  accountId: AwsAccountId;
  data: CodePipelineJobData;
}

/**
 * This interface was referenced by `LambdaEventRegistryRoot`'s JSON-Schema
 * via the `definition` "CodePipelineJobData".
 */
export interface CodePipelineJobData {
  actionConfiguration: {
    /**
     * The action's configuration parameters.
     */
    configuration: {
      /**
       * Name of the invoked function.
       */
      FunctionName: string;
      /**
       * The action's free-form `UserParameters` string (often JSON); absent when the action sets none.
       */
      UserParameters?: string;
    };
  };
  /**
   * Artifacts the action consumes (0 to 5); may be empty.
   */
  inputArtifacts: CodePipelineArtifact[];
  /**
   * Artifacts the function is expected to upload (0 to 5); may be empty.
   */
  outputArtifacts: CodePipelineArtifact[];
  artifactCredentials: CodePipelineArtifactCredentials;
  /**
   * Present only when a previous run of this action returned a continuation token with PutJobSuccessResult: the token it returned.
   */
  continuationToken?: string;
  /**
   * The KMS key that encrypts the artifact store, when the pipeline uses a customer managed key.
   */
  encryptionKey?: {
    /**
     * Key ARN, key id or alias ARN.
     */
    id: string;
    /**
     * `KMS`.
     */
    type: string;
  };
}

/**
 * The `detail` of a `CodePipeline Pipeline Execution State Change` event.
 */
export interface CodePipelinePipelineExecutionStateChangeDetail {
  /**
   * The pipeline name.
   */
  pipeline: string;
  /**
   * The pipeline execution id (a UUID), as `GetPipelineExecution` takes it.
   */
  "execution-id": string;
  version: CodePipelineStructureVersion;
  /**
   * When the pipeline execution started (ISO 8601; newer events).
   */
  "start-time"?: string;
  /**
   * Attempt number of the execution (newer events).
   */
  "pipeline-execution-attempt"?: number;
  /**
   * The pipeline execution state: `STARTED`, `SUCCEEDED`, `RESUMED`, `FAILED`, `CANCELED`, `SUPERSEDED`, and `STOPPING`/`STOPPED` for stopped executions; a plain string because AWS adds states.
   */
  state: string;
  /**
   * What started the execution (newer events).
   */
  "execution-trigger"?: {
    /**
     * What started the execution, such as `StartPipelineExecution`, `Webhook`, `CloudWatchEvent`, `PollForSourceChanges`.
     */
    "trigger-type"?: string;
    /**
     * Detail of the trigger, such as the caller ARN.
     */
    "trigger-detail"?: string;
  };
}

/**
 * The `detail` of a `CodePipeline Stage Execution State Change` event.
 */
export interface CodePipelineStageExecutionStateChangeDetail {
  /**
   * The pipeline name.
   */
  pipeline: string;
  /**
   * The pipeline execution id (a UUID), as `GetPipelineExecution` takes it.
   */
  "execution-id": string;
  /**
   * When the pipeline execution started (ISO 8601; newer events).
   */
  "start-time"?: string;
  /**
   * Attempt number of the execution (newer events).
   */
  "pipeline-execution-attempt"?: number;
  version: CodePipelineStructureVersion;
  /**
   * The stage name.
   */
  stage: string;
  /**
   * The stage state: `STARTED`, `SUCCEEDED`, `RESUMED`, `FAILED`, `CANCELED`, and `STOPPING`/`STOPPED`; a plain string because AWS adds states.
   */
  state: string;
}

/**
 * The caller context of a user pool trigger. https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export interface CognitoCallerContext {
  /**
   * The AWS SDK version of the caller, e.g. `aws-sdk-unknown-unknown` (hosted UI and most API calls) or `aws-sdk-js-3.x`.
   */
  awsSdkVersion: string;
  /**
   * The ID of the user pool app client the request came through.
   */
  clientId: string;
}

/**
 * One challenge already presented in the current custom authentication session, in chronological order. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export interface CognitoChallengeResult {
  /**
   * The challenge type. Known values: `CUSTOM_CHALLENGE`, `SRP_A`, `PASSWORD_VERIFIER`, `SMS_MFA`, `EMAIL_OTP`, `SOFTWARE_TOKEN_MFA`, `DEVICE_SRP_AUTH`, `DEVICE_PASSWORD_VERIFIER`, `ADMIN_NO_SRP_AUTH`; AWS adds challenge types, so this is an open string.
   */
  challengeName: string;
  /**
   * `true` if the user completed the challenge, `false` otherwise.
   */
  challengeResult: boolean;
  /**
   * Your name for the custom challenge (set by the create auth challenge trigger); used only when `challengeName` is `CUSTOM_CHALLENGE`, otherwise absent or null.
   */
  challengeMetadata?: string | null;
}

/**
 * What a version 2 or 3 pre token generation function asks Cognito to change in the ID and access tokens. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export interface CognitoClaimsAndScopeOverrideDetails {
  /**
   * Changes to the ID token.
   */
  idTokenGeneration?: {
    /**
     * Claims to add or override.
     */
    claimsToAddOrOverride?: {
      [k: string]: CognitoClaimValue;
    };
    /**
     * Claims to remove (suppression wins over an override of the same claim).
     */
    claimsToSuppress?: string[];
  };
  /**
   * Changes to the access token.
   */
  accessTokenGeneration?: {
    /**
     * Claims to add or override.
     */
    claimsToAddOrOverride?: {
      [k: string]: CognitoClaimValue;
    };
    /**
     * Claims to remove.
     */
    claimsToSuppress?: string[];
    /**
     * OAuth scopes to add to the `scope` claim.
     */
    scopesToAdd?: string[];
    /**
     * OAuth scopes to remove from the `scope` claim.
     */
    scopesToSuppress?: string[];
  };
  /**
   * Replaces the group configuration in both tokens; an empty or null object suppresses the groups.
   */
  groupOverrideDetails?: CognitoGroupConfiguration | null;
}

/**
 * The user's current group configuration (request) or the configuration to put in the tokens (response). `preferredRole` is null when no group of the user has a role with a precedence, as in the guide's example events. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export interface CognitoGroupConfiguration {
  /**
   * Group names (the `cognito:groups` claim).
   */
  groupsToOverride?: string[];
  /**
   * IAM role ARNs of those groups (the `cognito:roles` claim).
   */
  iamRolesToOverride?: string[];
  /**
   * The preferred IAM role ARN (the `cognito:preferred_role` claim), or null.
   */
  preferredRole?: string | null;
}

/**
 * Key-value pairs the app passed in the `ClientMetadata` parameter of the API call that invoked the trigger. Cognito includes the map only when the call carried one (each trigger page lists the API actions that pass it).
 */
export interface CognitoClientMetadata {
  [k: string]: string;
}

/**
 * A map of string keys to string values ("name": "value" pairs), as Cognito writes user attributes, client metadata and challenge parameters.
 */
export interface CognitoStringMap {
  [k: string]: string;
}

/**
 * One dataset record. A record the function adds has no `oldValue`; a value set to null removes the record.
 */
export interface CognitoSyncDatasetRecord {
  /**
   * The stored value before this sync.
   */
  oldValue?: string | null;
  /**
   * The value after this sync; null removes the record.
   */
  newValue?: string | null;
  /**
   * `replace` for records the user updated (or the function modifies or adds), `remove` for deleted records.
   */
  op: "replace" | "remove";
}

/**
 * The user's attributes, `"name": "value"` pairs; every value is a string, including `email_verified` ("true"/"false") and custom attributes (`custom:` prefix). Cognito adds `sub`, `cognito:user_status` and alias keys such as `cognito:email_alias` when they apply. https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export interface CognitoUserAttributes {
  [k: string]: string;
}

/**
 * The contact, as the flow sees it when the block runs. The guide says some of these parameters are optional. `Queue` is `null` before the contact is put in a queue, and endpoints are `null` for channels without them (tasks, chats): no AWS page states this, SAM CLI's rendering and field experience do, so treat the nulls as unverified.
 */
export interface ConnectContactData {
  Attributes: ConnectStringMap;
  /**
   * `VOICE`, `CHAT`, `TASK` or `EMAIL`.
   */
  Channel: string;
  /**
   * The contact's id (a UUID).
   */
  ContactId: string;
  /**
   * The id of the first contact of a chain of transfers.
   */
  InitialContactId: string;
  /**
   * The id of the contact this one was transferred from (the same as ContactId for a new contact, in AWS's examples).
   */
  PreviousContactId?: string;
  /**
   * The id of a related contact, when there is one.
   */
  RelatedContactId?: string;
  /**
   * How the contact started: `INBOUND`, `OUTBOUND`, `TRANSFER`, `CALLBACK`, `API`, `QUEUE_TRANSFER`, `EXTERNAL_OUTBOUND`, `MONITOR`, `DISCONNECT` ... (an open set).
   */
  InitiationMethod: string;
  InstanceARN: Arn;
  /**
   * The customer's endpoint; `null` when the channel has none.
   */
  CustomerEndpoint?: ConnectEndpoint | null;
  /**
   * The contact center's endpoint (the number the customer called); `null` when the channel has none.
   */
  SystemEndpoint?: ConnectEndpoint | null;
  /**
   * The contact's current queue, `null` before the contact is put in one. (An early guide example wrote a bare queue name string; the Lambda guide's example and current events carry this object.)
   */
  Queue?: {
    /**
     * The queue's ARN.
     */
    ARN?: string;
    /**
     * The queue's name.
     */
    Name?: string;
    /**
     * The queue's outbound caller id settings.
     */
    OutboundCallerId?: {
      [k: string]: unknown;
    };
  } | null;
  /**
   * With live media streaming: the Kinesis Video stream of the customer's audio (`Customer.Audio`: `StreamARN`, `StartFragmentNumber`, `StartTimestamp`).
   */
  MediaStreams?: {
    [k: string]: unknown;
  };
  /**
   * The contact's language, such as `en-US`.
   */
  LanguageCode?: string;
  /**
   * The contact's name (tasks).
   */
  Name?: string;
  /**
   * The contact's description (tasks).
   */
  Description?: string;
  /**
   * Task references (name to `{ Type, Value }`).
   */
  References?: {
    [k: string]: unknown;
  };
  /**
   * System-defined segment attributes of the contact.
   */
  SegmentAttributes?: {
    [k: string]: unknown;
  };
  Tags?: ConnectStringMap;
}

/**
 * Names to string values (contact attributes, input parameters, tags).
 */
export interface ConnectStringMap {
  [k: string]: string;
}

/**
 * A customer or system endpoint: its `Address` (a phone number in E.164 for `TELEPHONE_NUMBER`) and `Type`.
 */
export interface ConnectEndpoint {
  /**
   * The address, such as `+12065550100`.
   */
  Address: string;
  /**
   * `TELEPHONE_NUMBER`, `VOIP`, `CONTACT_FLOW`, `CONNECT_PHONENUMBER_ARN` or `EMAIL_ADDRESS`.
   */
  Type: string;
}

/**
 * A change stream event. Which fields appear depends on `operationType`: `insert`, `update` and `replace` carry `documentKey` (and `fullDocument` when available), `update` adds `updateDescription`, `delete` has `documentKey` only, `drop`/`rename` carry `ns` (and `to` for `rename`), `dropDatabase` has `ns.db` only, `invalidate` has neither. https://www.mongodb.com/docs/manual/reference/change-events/
 */
export interface DocumentDbChangeEvent {
  /**
   * The resume token of the event (`{ "_data": "..." }`).
   */
  _id: {
    _data?: string;
  };
  clusterTime: DocumentDbTimestamp;
  /**
   * `insert`, `update`, `replace`, `delete`, `drop`, `rename`, `dropDatabase` or `invalidate` (an open set: DocumentDB may add MongoDB's newer types).
   */
  operationType: string;
  ns?: DocumentDbNamespace;
  to?: DocumentDbNamespace;
  /**
   * The `_id` of the changed document, in extended JSON (for example `{ "_id": { "$oid": "..." } }`).
   */
  documentKey?: {
    [k: string]: unknown;
  };
  /**
   * The document after the change: always for `insert` and `replace`; for `update` only when the event source mapping asks for the full document (`UpdateLookup`), and `null` if the document was deleted meanwhile.
   */
  fullDocument?: {
    [k: string]: unknown;
  } | null;
  /**
   * `update` only: the fields set and removed.
   */
  updateDescription?: {
    updatedFields?: {
      [k: string]: unknown;
    };
    removedFields?: string[];
  };
}

/**
 * A BSON timestamp in extended JSON: `t` seconds since the epoch and `i` the ordinal within that second.
 */
export interface DocumentDbTimestamp {
  $timestamp: {
    t: number;
    i: number;
  };
}

/**
 * Database and collection of the change; `coll` is absent for database-level events.
 */
export interface DocumentDbNamespace {
  db: string;
  coll?: string;
}

/**
 * One entry of the batch: the change event under `event`.
 */
export interface DocumentDbChangeEventRecord {
  event: DocumentDbChangeEvent;
}

/**
 * One item-level change as Kinesis Data Streams for DynamoDB writes it to the stream (compact JSON, `awsRegion` first). https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html
 */
export interface DynamoDbKinesisChangeRecord {
  awsRegion: AwsRegion;
  /**
   * Unique id of the change (a UUID); use it to discard duplicates.
   */
  eventID: string;
  /**
   * `INSERT`, `MODIFY` or `REMOVE`.
   */
  eventName: "INSERT" | "MODIFY" | "REMOVE";
  /**
   * Always written: `null`, except on `REMOVE` records from Time to Live expiry, where it names the DynamoDB service.
   */
  userIdentity: DynamoDbStreamUserIdentity | null;
  /**
   * Always `application/json`.
   */
  recordFormat: "application/json";
  /**
   * Name of the table that changed.
   */
  tableName: string;
  dynamodb: DynamoDbStreamRecord;
  eventSource: "aws:dynamodb";
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
export interface DynamoDbStreamRecord<TImage = AttributeMap> {
  /**
   * When the record was created, as a Unix epoch number. DynamoDB Streams sends whole seconds; Kinesis Data Streams for DynamoDB sends milliseconds or microseconds, as `ApproximateCreationDateTimePrecision` says.
   */
  ApproximateCreationDateTime: number;
  /**
   * Only in Kinesis Data Streams for DynamoDB records: the unit of `ApproximateCreationDateTime` (the destination's setting; microseconds by default). Absent from DynamoDB Streams records. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_EnableKinesisStreamingConfiguration.html
   */
  ApproximateCreationDateTimePrecision?: "MILLISECOND" | "MICROSECOND";
  Keys: AttributeMap;
  NewImage?: TImage;
  OldImage?: TImage;
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
 * One DynamoDB Streams record as Lambda delivers it (the streams `Record` type). https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html
 */
export interface DynamoDbStreamEventRecord<TImage = AttributeMap> {
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
  dynamodb: DynamoDbStreamRecord<TImage> & {
    SequenceNumber: string;
    StreamViewType: string;
  };
}

/**
 * The `detail` of an `EC2 Instance State-change Notification` event.
 */
export interface Ec2InstanceStateChangeDetail {
  /**
   * The instance id, such as `i-1234567890abcdef0`.
   */
  "instance-id": string;
  /**
   * The state the instance entered: one of the EC2 instance states (`InstanceStateName` in the EC2 API), a closed set. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceState.html
   */
  state: "pending" | "running" | "stopping" | "stopped" | "shutting-down" | "terminated";
}

/**
 * The `detail` of an `ECR Image Action` event.
 */
export interface EcrImageActionDetail {
  /**
   * What happened to the image: `PUSH` or `DELETE` in the ECR guide; a plain string because AWS may add actions.
   */
  "action-type": string;
  /**
   * `SUCCESS` or `FAILURE`.
   */
  result: string;
  /**
   * The repository name.
   */
  "repository-name": string;
  /**
   * The image manifest digest, `sha256:<hex>`.
   */
  "image-digest"?: string;
  /**
   * The tag pushed or deleted; absent for an untagged image.
   */
  "image-tag"?: string;
  /**
   * Media type of the image manifest (newer events).
   */
  "manifest-media-type"?: string;
  /**
   * Media type of the artifact config (newer events).
   */
  "artifact-media-type"?: string;
}

/**
 * The `detail` of an `ECR Image Scan` event.
 */
export interface EcrImageScanDetail {
  /**
   * `COMPLETE` or `FAILED`.
   */
  "scan-status": string;
  /**
   * The repository name.
   */
  "repository-name": string;
  /**
   * The scanned image's manifest digest.
   */
  "image-digest"?: string;
  /**
   * The tags of the scanned image; empty for an untagged image.
   */
  "image-tags"?: string[];
  /**
   * Number of findings per severity; a severity with no findings may be absent, and a failed scan carries no counts.
   */
  "finding-severity-counts"?: {
    CRITICAL?: number;
    HIGH?: number;
    MEDIUM?: number;
    LOW?: number;
    INFORMATIONAL?: number;
    UNDEFINED?: number;
  };
}

/**
 * A resource of a container instance; the value is in the field named by `type`.
 */
export interface EcsContainerInstanceResource {
  /**
   * `CPU`, `MEMORY`, `PORTS`, `PORTS_UDP`, `GPU`...
   */
  name: string;
  /**
   * `INTEGER`, `LONG`, `DOUBLE` or `STRINGSET`.
   */
  type: string;
  integerValue?: number;
  longValue?: number;
  doubleValue?: number;
  stringSetValue?: string[];
}

/**
 * The `detail` of an `ECS Container Instance State Change` event: the container instance as `DescribeContainerInstances` shows it.
 */
export interface EcsContainerInstanceStateChangeDetail {
  /**
   * Whether the ECS agent is connected.
   */
  agentConnected: boolean;
  /**
   * The container instance attributes.
   */
  attributes?: {
    name: string;
    value?: string;
    targetType?: string;
    targetId?: string;
  }[];
  /**
   * Elastic network interfaces attached to the instance (awsvpc trunking).
   */
  attachments?: {
    id?: string;
    type?: string;
    status?: string;
    details?: {
      name?: string;
      value?: string;
    }[];
  }[];
  /**
   * The cluster ARN.
   */
  clusterArn: string;
  /**
   * The container instance ARN.
   */
  containerInstanceArn: string;
  /**
   * The EC2 instance id; absent for external (ECS Anywhere) instances.
   */
  ec2InstanceId?: string;
  /**
   * Resources registered on the instance.
   */
  registeredResources?: EcsContainerInstanceResource[];
  /**
   * Resources not yet used by tasks.
   */
  remainingResources?: EcsContainerInstanceResource[];
  /**
   * The container instance status: `REGISTERING`, `REGISTRATION_FAILED`, `ACTIVE`, `INACTIVE`, `DEREGISTERING`, `DRAINING`.
   */
  status: string;
  /**
   * Why the status changed.
   */
  statusReason?: string;
  /**
   * Version counter of the container instance, incremented on every change: drop events whose version is not newer than one already seen.
   */
  version: number;
  /**
   * Agent and Docker versions.
   */
  versionInfo?: {
    agentHash?: string;
    agentVersion?: string;
    dockerVersion?: string;
  };
  /**
   * `PENDING`, `STAGING`, `STAGED`, `UPDATING`, `UPDATED`, `FAILED`.
   */
  agentUpdateStatus?: string;
  runningTasksCount?: number;
  pendingTasksCount?: number;
  /**
   * When the instance registered (ISO 8601).
   */
  registeredAt?: string;
  /**
   * When the instance last changed (ISO 8601).
   */
  updatedAt: string;
  accountType?: string;
}

/**
 * The `detail` of an `EMR Auto Scaling Policy State Change` event.
 */
export interface EmrAutoScalingPolicyStateChangeDetail {
  /**
   * The instance group (`ig-...`) or instance fleet the policy belongs to.
   */
  resourceId: string;
  /**
   * The cluster id, such as `j-123456789ABCD`.
   */
  clusterId: string;
  /**
   * The policy state: `PENDING`, `ATTACHING`, `ATTACHED`, `DETACHING`, `DETACHED`, `FAILED` (the `AutoScalingPolicyState` values of the EMR API).
   */
  state: string;
  /**
   * Human-readable description of the change.
   */
  message?: string;
  /**
   * `INSTANCE_GROUP` (or `INSTANCE_FLEET`).
   */
  scalingResourceType?: string;
  /**
   * `INFO`, `WARN`, `ERROR` or `CRITICAL`.
   */
  severity?: string;
}

/**
 * The `detail` of an `EMR Cluster State Change` event.
 */
export interface EmrClusterStateChangeDetail {
  /**
   * `INFO`, `WARN`, `ERROR` or `CRITICAL`.
   */
  severity?: string;
  /**
   * The reason as JSON text, for example `{"code":"USER_REQUEST","message":"Terminated by user request"}`; parse it to read `code`.
   */
  stateChangeReason?: string;
  /**
   * The cluster name.
   */
  name?: string;
  /**
   * The cluster id, such as `j-123456789ABCD`.
   */
  clusterId: string;
  /**
   * The cluster state: `STARTING`, `BOOTSTRAPPING`, `RUNNING`, `WAITING`, `TERMINATING`, `TERMINATED`, `TERMINATED_WITH_ERRORS` (the `ClusterState` values of the EMR API).
   */
  state: string;
  /**
   * Human-readable description of the change.
   */
  message?: string;
}

/**
 * The `detail` of an `EMR Instance Group State Change` event.
 */
export interface EmrInstanceGroupStateChangeDetail {
  /**
   * `ON_DEMAND` or `SPOT`.
   */
  market?: string;
  /**
   * `INFO`, `WARN`, `ERROR` or `CRITICAL`.
   */
  severity?: string;
  /**
   * An instance count. The EMR examples write it as a string (`"2"`); AWS's schema registry infers a number, so both are accepted.
   */
  requestedInstanceCount?: string | number;
  /**
   * The EC2 instance type, such as `m5.xlarge`.
   */
  instanceType?: string;
  /**
   * `MASTER`, `CORE` or `TASK`.
   */
  instanceGroupType?: string;
  /**
   * The instance group id, `ig-...`.
   */
  instanceGroupId: string;
  /**
   * The cluster id, such as `j-123456789ABCD`.
   */
  clusterId: string;
  /**
   * An instance count. The EMR examples write it as a string (`"2"`); AWS's schema registry infers a number, so both are accepted.
   */
  runningInstanceCount?: string | number;
  /**
   * The instance group state, such as `PROVISIONING`, `RUNNING`, `RESIZING`, `TERMINATED` (the `InstanceGroupState` values of the EMR API).
   */
  state: string;
  /**
   * Human-readable description of the change.
   */
  message?: string;
  /**
   * Spot bid price (Spot instance groups).
   */
  bidPrice?: string;
  /**
   * Spot bid price as a percentage of the On-Demand price (Spot instance groups).
   */
  bidPriceAsPercentageOfOnDemandPrice?: number;
}

/**
 * The `detail` of an `EMR Step Status Change` event.
 */
export interface EmrStepStatusChangeDetail {
  /**
   * `INFO`, `WARN`, `ERROR` or `CRITICAL`.
   */
  severity?: string;
  /**
   * `CONTINUE`, `CANCEL_AND_WAIT`, `TERMINATE_CLUSTER` (the step's `ActionOnFailure`).
   */
  actionOnFailure?: string;
  /**
   * The step id, `s-...`.
   */
  stepId: string;
  /**
   * The step name.
   */
  name?: string;
  /**
   * The cluster id, such as `j-123456789ABCD`.
   */
  clusterId: string;
  /**
   * The step state: `PENDING`, `RUNNING`, `COMPLETED`, `CANCELLED`, `FAILED`, `INTERRUPTED` (the `StepState` values of the EMR API; `CANCEL_PENDING` too).
   */
  state: string;
  /**
   * Human-readable description of the change.
   */
  message?: string;
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
 * The Kinesis data stream position of a record that Firehose read from a Kinesis data stream.
 */
export interface FirehoseKinesisRecordMetadata {
  shardId: string;
  partitionKey: string;
  approximateArrivalTimestamp: EpochMillis;
  sequenceNumber: string;
  /**
   * Position within a KPL aggregated record. A number in aws-lambda-go's sample and Powertools; @types/aws-lambda and SAM CLI's `streams-as-source` sample write a string, so both are accepted.
   */
  subsequenceNumber?: number | string;
}

/**
 * The batch Amazon Data Firehose passes to a data transformation function. The function must return every `recordId` with a result (`Ok`, `Dropped` or `ProcessingFailed`) and the transformed data. https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export interface FirehoseTransformationBatch<TData = Base64String> {
  /**
   * Id of this invocation (a UUID).
   */
  invocationId: string;
  deliveryStreamArn: Arn;
  sourceKinesisStreamArn?: Arn;
  region: AwsRegion;
  /**
   * @minItems 1
   */
  records: FirehoseTransformationRecord<TData>[];
}

/**
 * Where an Apache Iceberg destination writes the record. https://docs.aws.amazon.com/firehose/latest/dev/apache-iceberg-format-input-record-different.html
 */
export interface FirehoseTransformationOtfMetadata {
  /**
   * Glue database of the target table.
   */
  destinationDatabaseName?: string;
  /**
   * Target Iceberg table.
   */
  destinationTableName?: string;
  /**
   * `insert`, `update` or `delete` (the guide's values).
   */
  operation?: string;
}

/**
 * One record to transform.
 */
export interface FirehoseTransformationRecord<TData = Base64String> {
  /**
   * Id the response must echo for this record.
   */
  recordId: string;
  approximateArrivalTimestamp: EpochMillis;
  data: TData;
  kinesisRecordMetadata?: FirehoseKinesisRecordMetadata;
}

/**
 * What a Firehose data transformation function returns: one entry per record it received. Firehose treats a missing record, a `recordId` it did not send, or an entry without `recordId`, `result` or `data` as a transformation failure. https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export interface FirehoseTransformationResponse {
  /**
   * Every record of the invocation, each with its `recordId`.
   */
  records: FirehoseTransformationResponseRecord[];
}

/**
 * The outcome of one record. The Firehose guide says every transformed record must contain `recordId`, `result` and `data`, or Firehose rejects it and treats it as a transformation failure. https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export interface FirehoseTransformationResponseRecord {
  /**
   * The `recordId` of the record in the invocation, unchanged; a mismatch is a transformation failure.
   */
  recordId: string;
  /**
   * `Ok` (transformed), `Dropped` (dropped on purpose; counted as processed) or `ProcessingFailed` (could not be transformed; Firehose delivers it to the `processing-failed` prefix of the backup bucket). These are the only values Firehose accepts (not `TRANSFORMED_STATE_OK` or lower case).
   */
  result: "Ok" | "Dropped" | "ProcessingFailed";
  data: Base64String;
  metadata?: FirehoseTransformationResponseMetadata;
}

/**
 * Routing metadata for the record: `partitionKeys` for dynamic partitioning with inline Lambda parsing (https://docs.aws.amazon.com/firehose/latest/dev/dynamic-partitioning.html), `otfMetadata` to route the record to an Apache Iceberg table (https://docs.aws.amazon.com/firehose/latest/dev/apache-iceberg-format-input-record-different.html).
 */
export interface FirehoseTransformationResponseMetadata {
  /**
   * Partition key name to value, used by the S3 prefix expressions `!{partitionKeyFromLambda:<name>}`. Values are strings.
   */
  partitionKeys?: {
    [k: string]: string;
  };
  otfMetadata?: FirehoseTransformationOtfMetadata;
}

/**
 * The `detail` fields every FlexMatch matchmaking event shares; each `type` adds its own. All timestamps are ISO 8601.
 */
export interface GameLiftMatchmakingDetail {
  /**
   * The matchmaking event type, which tells the events apart: `MatchmakingSearching`, `PotentialMatchCreated`, `AcceptMatch`, `AcceptMatchCompleted`, `MatchmakingSucceeded`, `MatchmakingTimedOut`, `MatchmakingCancelled`, `MatchmakingFailed`.
   */
  type: string;
  /**
   * The matchmaking tickets the event is about.
   */
  tickets: GameLiftMatchmakingTicket[];
  gameSessionInfo: GameLiftMatchmakingGameSessionInfo;
  /**
   * Id of the proposed match; absent while searching (and in the guide's timed-out and cancelled examples).
   */
  matchId?: string;
  /**
   * Estimated wait in milliseconds, or `NOT_AVAILABLE` (the guide's example); a string or a number.
   */
  estimatedWaitMillis?: string | number;
  /**
   * Seconds players have to accept a potential match.
   */
  acceptanceTimeout?: number;
  /**
   * Whether players must accept the potential match.
   */
  acceptanceRequired?: boolean;
  /**
   * Outcome of match acceptance: `Accepted`, `Rejected` or `TimedOut`.
   */
  acceptance?: string;
  /**
   * How often each rule of the rule set passed and failed.
   */
  ruleEvaluationMetrics?: GameLiftRuleEvaluationMetric[];
  /**
   * Why matchmaking ended, such as `TimedOut`, `Cancelled` or `UNEXPECTED_ERROR`.
   */
  reason?: string;
  /**
   * Human-readable description of the outcome.
   */
  message?: string;
  /**
   * The matchmaking configuration's custom event data, when set.
   */
  customEventData?: string;
}

/**
 * A matchmaking ticket.
 */
export interface GameLiftMatchmakingTicket {
  /**
   * The matchmaking ticket id.
   */
  ticketId: string;
  /**
   * When the ticket was created (ISO 8601).
   */
  startTime: string;
  /**
   * The players on the ticket.
   */
  players: GameLiftMatchmakingPlayer[];
}

/**
 * A player on a ticket or in a game session.
 */
export interface GameLiftMatchmakingPlayer {
  /**
   * The player id.
   */
  playerId: string;
  /**
   * The team the player is assigned to, once matched.
   */
  team?: string;
  /**
   * Whether the player accepted the potential match; absent until AcceptMatch is called for the player.
   */
  accepted?: boolean;
  /**
   * The player session id, once the game session is placed (`MatchmakingSucceeded`).
   */
  playerSessionId?: string;
}

/**
 * The (proposed) game session.
 */
export interface GameLiftMatchmakingGameSessionInfo {
  /**
   * The players of the (proposed) game session.
   */
  players: GameLiftMatchmakingPlayer[];
  /**
   * The game session ARN, once placed (`MatchmakingSucceeded`).
   */
  gameSessionArn?: string;
  /**
   * The game session IP address, once placed.
   */
  ipAddress?: string;
  /**
   * The game session DNS name, once placed (TLS-enabled fleets).
   */
  dnsName?: string;
  /**
   * The game session port, once placed.
   */
  port?: number;
}

/**
 * Pass and fail counts of one matchmaking rule.
 */
export interface GameLiftRuleEvaluationMetric {
  ruleName: string;
  passedCount: number;
  failedCount: number;
}

/**
 * The `detail` fields every `Glue Crawler State Change` event carries (https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html; the examples are in https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#glue-event-types). Glue sends this detail type for the states `Started`, `Succeeded` and `Failed`; each state adds its own fields. Counts and durations are strings in the documented examples.
 */
export interface GlueCrawlerDetailBase {
  /**
   * Name of the crawler.
   */
  crawlerName: string;
  /**
   * The crawler state: `Started`, `Succeeded` or `Failed` (the states Glue documents for this detail type).
   */
  state: string;
  /**
   * Human-readable summary, such as `Crawler Started`, `Crawler Succeeded` or `Crawler Failed`.
   */
  message: string;
  /**
   * Account that owns the crawler. A plain string: the documented `Failed` example carries `1234`, not a 12-digit id.
   */
  accountId: string;
}

/**
 * The `detail` of a `Glue Data Catalog Database State Change` event.
 */
export interface GlueDataCatalogDatabaseStateChangeDetail {
  /**
   * The changed database.
   */
  databaseName: string;
  /**
   * The Data Catalog operation: `CreateTable` in the example; the guide names `CreateDatabase` and `UpdateTable` as other values, and table deletions (`DeleteTable`, `BatchDeleteTable`) are reported here too. A plain string.
   */
  typeOfChange: string;
  /**
   * Names of the tables the operation created, updated or deleted.
   */
  changedTables?: string[];
}

/**
 * The `detail` of a `Glue Data Catalog Table State Change` event.
 */
export interface GlueDataCatalogTableStateChangeDetail {
  /**
   * Database of the changed table.
   */
  databaseName: string;
  /**
   * Name of the changed table.
   */
  tableName: string;
  /**
   * The Data Catalog operation: `UpdateTable`, `CreatePartition`, `BatchCreatePartition`, `UpdatePartition`, `BatchUpdatePartition`, `DeletePartition`, `BatchDeletePartition` (a plain string: the list follows the Data Catalog API).
   */
  typeOfChange: string;
  /**
   * The changed partitions, each its partition values written as one string such as `[C.pdf, dir3]`; carried by partition operations (the EventBridge schema registry marks it required, but a table update changes no partition).
   */
  changedPartitions?: string[];
}

/**
 * The `detail` of a `Glue Job State Change` event.
 */
export interface GlueJobRunStateChangeDetail {
  /**
   * The job name.
   */
  jobName: string;
  /**
   * `INFO` (succeeded, stopped), `WARN` (timed out) or `ERROR` (failed) in the EventBridge examples.
   */
  severity: string;
  /**
   * The job run state: `SUCCEEDED`, `FAILED`, `TIMEOUT` or `STOPPED` in the guide; a plain string because AWS may add states.
   */
  state: string;
  /**
   * The job run id, `jr_` followed by hex digits.
   */
  jobRunId: string;
  /**
   * Human-readable description; for a failure, the error.
   */
  message: string;
}

/**
 * The `detail` of a `Glue Job Run Status` event (https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html). Glue only sends it for runs with a delay notification threshold, so `notificationCondition` is always present.
 */
export interface GlueJobRunStatusDetail {
  /**
   * Name of the job.
   */
  jobName: string;
  /**
   * Id of the job run (`jr_` followed by hex digits).
   */
  jobRunId: string;
  /**
   * The state the run has been in past the threshold: `STARTING`, `RUNNING` or `STOPPING` are documented; a plain string as Glue may add run states.
   */
  state: string;
  /**
   * `INFO` in every documented example; Glue also uses `WARN` and `ERROR` on its job events.
   */
  severity: string;
  /**
   * Human-readable summary, such as `Job is in RUNNING state`.
   */
  message: string;
  /**
   * When the run started (ISO 8601 with milliseconds).
   */
  startedOn: string;
  /**
   * The threshold that made Glue send the event.
   */
  notificationCondition: {
    /**
     * Minutes after the run started after which Glue notifies (a JSON number such as `1.0`).
     */
    NotifyDelayAfter: number;
  };
}

/**
 * The `detail` of a `GuardDuty Malware Protection Object Scan Result` event.
 */
export interface GuardDutyMalwareProtectionObjectScanResultDetail {
  /**
   * Version of the detail schema, `1.0`.
   */
  schemaVersion: string;
  /**
   * Status of the scan: `COMPLETED`, `SKIPPED` or `FAILED`. https://docs.aws.amazon.com/guardduty/latest/ug/monitoring-malware-protection-s3-scans-gdu.html
   */
  scanStatus: string;
  /**
   * The scanned resource type, `S3_OBJECT`.
   */
  resourceType: string;
  /**
   * The scanned object.
   */
  s3ObjectDetails: {
    /**
     * The bucket.
     */
    bucketName: string;
    /**
     * The object key.
     */
    objectKey: string;
    /**
     * The object's entity tag.
     */
    eTag?: string;
    /**
     * The object version (versioned buckets).
     */
    versionId?: string;
    /**
     * Whether S3 throttled GuardDuty while it read the object; when true, S3 recommends spreading objects over prefixes.
     */
    s3Throttled?: boolean;
  };
  /**
   * The scan result.
   */
  scanResultDetails: {
    /**
     * The result: `NO_THREATS_FOUND`, `THREATS_FOUND`, `UNSUPPORTED`, `ACCESS_DENIED` or `FAILED` (the values of the GuardDutyMalwareScanStatus object tag). https://docs.aws.amazon.com/guardduty/latest/ug/monitoring-malware-protection-s3-scans-gdu.html
     */
    scanResultStatus: string;
    /**
     * The threats found; `null` when none were found.
     */
    threats?:
      | {
          /**
           * The threat name.
           */
          name: string;
        }[]
      | null;
  };
}

/**
 * A resource affected by the Health event.
 */
export interface HealthAffectedEntity {
  /**
   * The resource: an id such as `i-abcd1111` or an ARN.
   */
  entityValue: string;
  /**
   * When the entity's status was last updated, in the same form as `startTime`.
   */
  lastUpdatedTime?: string;
  /**
   * `IMPAIRED`, `UNIMPAIRED`, `PENDING`, `RESOLVED` or `UNKNOWN`.
   */
  status?: string;
  /**
   * The resource's tags, on events of the 2016 CloudWatch Events guide.
   */
  tags?: {
    [k: string]: string;
  };
}

/**
 * The event description in one language.
 */
export interface HealthEventDescription {
  /**
   * Language code, such as `en_US`.
   */
  language: string;
  /**
   * The latest description text, as shown on the AWS Health dashboard.
   */
  latestDescription: string;
}

/**
 * The `detail` of an `AWS Health Event` (https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html). `required` follows the page's detail table where every current example agrees; `lastUpdatedTime` is marked required there but missing from its Elastic Load Balancing example, so it is optional. The 2016 examples of the CloudWatch Events guide (https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#health-event-types) predate `eventScopeCode`, `communicationId`, `statusCode`, `eventRegion`, paging, `backupEvent` and `affectedAccount`; current events carry them.
 */
export interface HealthEventDetail {
  /**
   * Identifier of the Health event for its Region (`arn:aws:health:<region>::event/...`); not unique to an account or Region.
   */
  eventArn: string;
  /**
   * The affected service, such as `EC2`, `LAMBDA` or `ELASTICLOADBALANCING`.
   */
  service: string;
  /**
   * The event type, such as `AWS_EC2_INSTANCE_NETWORK_MAINTENANCE_SCHEDULED`; new planned lifecycle events use `AWS_<SERVICE>_PLANNED_LIFECYCLE_EVENT`.
   */
  eventTypeCode: string;
  /**
   * Category: `issue`, `accountNotification`, `scheduledChange` or `investigation` (a plain string: the page says "supported values include").
   */
  eventTypeCategory: string;
  /**
   * `ACCOUNT_SPECIFIC` or `PUBLIC`.
   */
  eventScopeCode: string;
  /**
   * Identifier of this communication, ending in the page number (`...-1`); messages sharing it are backups of one another. Deduplicate with the account id.
   */
  communicationId: string;
  /**
   * When the event starts or started, as `DoW, DD MMM YYYY HH:MM:SS GMT` (`Fri, 27 Jan 2023 06:02:51 GMT`), not ISO 8601; in the future for scheduled events.
   */
  startTime: string;
  /**
   * When the event ended, in the same form as `startTime`; absent for events scheduled in the future or still ongoing.
   */
  endTime?: string;
  /**
   * When the event was last updated, in the same form as `startTime`.
   */
  lastUpdatedTime?: string;
  /**
   * `open`, `closed` or `upcoming`.
   */
  statusCode: string;
  /**
   * The Region the event affects (`global` for global services).
   */
  eventRegion: string;
  /**
   * The description, one entry per language; for public events only the latest update.
   */
  eventDescription: HealthEventDescription[];
  /**
   * Additional string key-value pairs that depend on the service and event type.
   */
  eventMetadata?: {
    [k: string]: string;
  };
  /**
   * The affected resources; empty or absent when none is named. Large lists are split across pages.
   */
  affectedEntities?: HealthAffectedEntity[];
  /**
   * The affected account; differs from the envelope `account` when the event is received in an organization's management or delegated administrator account.
   */
  affectedAccount: string;
  /**
   * The page this message represents, as a decimal string (`1`).
   */
  page: string;
  /**
   * Total number of pages of this communication, as a decimal string.
   */
  totalPages: string;
  /**
   * `true` for the copy sent from the backup Region of the partition, `false` otherwise; a string, not a JSON boolean.
   */
  backupEvent: string;
  /**
   * Stakeholders the event is relevant to: the table lists `OPERATIONAL`, `SECURITY`, `BILLING`, while its examples carry `OPERATIONS`.
   */
  personas?: string[];
  /**
   * `ACTION_REQUIRED`, `ACTION_MAY_BE_REQUIRED` or `INFORMATIONAL`.
   */
  actionability?: string;
}

/**
 * Per-protocol data of the connection; only the protocols in `protocols` are present.
 */
export interface IoTCustomAuthorizerProtocolData {
  tls?: {
    /**
     * The TLS server name indication (SNI) host name.
     */
    serverName?: string;
  };
  http?: {
    /**
     * HTTP headers of the request, name to value.
     */
    headers?: {
      [k: string]: string;
    };
    /**
     * The query string, with its leading `?`.
     */
    queryString?: string;
  };
  mqtt?: {
    /**
     * User name of the MQTT CONNECT.
     */
    username?: string;
    password?: Base64String;
    /**
     * Client id of the MQTT CONNECT; only when the device sends one.
     */
    clientId?: string;
  };
}

/**
 * This interface was referenced by `LambdaEventRegistryRoot`'s JSON-Schema
 * via the `definition` "IoTOneClickButtonClicked".
 */
export interface IoTOneClickButtonClicked {
  clickType: IoTButtonClickType;
  reportedTime: IsoTimestamp;
  /**
   * Device-specific extra information, when the device sends any.
   */
  additionalInfo?: {
    [k: string]: unknown;
  };
}

/**
 * What happened: `buttonClicked` for click events; health events carry a different member instead, so neither is required.
 */
export interface IoTOneClickDeviceEvent {
  buttonClicked?: IoTOneClickButtonClicked;
  /**
   * Health events: the health condition that was crossed (for example low remaining life).
   */
  deviceHealthMonitor?: {
    [k: string]: unknown;
  };
}

/**
 * This interface was referenced by `LambdaEventRegistryRoot`'s JSON-Schema
 * via the `definition` "IoTOneClickDeviceInfo".
 */
export interface IoTOneClickDeviceInfo {
  /**
   * The device id (its serial number).
   */
  deviceId: string;
  /**
   * Device type, `button` for all current devices.
   */
  type: string;
  /**
   * Estimated remaining life of the device as a percentage (0-100).
   */
  remainingLife?: number;
  /**
   * Device attributes; for devices in a project, `projectRegion`, `projectName`, `placementName` and `deviceTemplateName`.
   */
  attributes?: {
    [k: string]: string;
  };
}

/**
 * This interface was referenced by `LambdaEventRegistryRoot`'s JSON-Schema
 * via the `definition` "IoTOneClickPlacementInfo".
 */
export interface IoTOneClickPlacementInfo {
  projectName: string;
  placementName: string;
  /**
   * The placement's attributes (name to value); may be empty.
   */
  attributes?: {
    [k: string]: string;
  };
  /**
   * Device template name to device id, for the devices in the placement.
   */
  devices: {
    [k: string]: string;
  };
}

/**
 * An AWS IoT Core policy document. https://docs.aws.amazon.com/iot/latest/developerguide/iot-policies.html
 */
export interface IoTPolicyDocument {
  /**
   * Policy language version, `2012-10-17`.
   */
  Version: string;
  Statement: IoTPolicyStatement[];
}

/**
 * One IoT Core policy statement.
 */
export interface IoTPolicyStatement {
  Sid?: string;
  /**
   * `Allow` or `Deny`.
   */
  Effect: "Allow" | "Deny";
  /**
   * IoT actions (`iot:Connect`, `iot:Publish`, `iot:Subscribe`, `iot:Receive`, ...), one or a list.
   */
  Action: string | string[];
  /**
   * Resource ARNs (`arn:aws:iot:<region>:<account>:topic/...`) or `*`, one or a list.
   */
  Resource: string | string[];
  /**
   * Optional policy conditions.
   */
  Condition?: {
    [k: string]: unknown;
  };
}

/**
 * Attribute name to value, as stored in the AWS IoT registry.
 */
export interface IoTRegistryAttributes {
  [k: string]: string;
}

/**
 * One ancestor thing group (its ARN and id, per the registry events page).
 */
export interface IoTRegistryThingGroupReference {
  groupArn?: string;
  groupId?: string;
}

/**
 * One Kafka record as Lambda delivers it, from Amazon MSK or a self-managed cluster. https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export interface KafkaRecord<TValue = Base64String> {
  topic: string;
  /**
   * Partition number. (An early self-managed Kafka example in the Lambda guide wrote it as the string `"0"`; the current examples and real events use a number.)
   */
  partition: number;
  /**
   * Offset of the record in its partition.
   */
  offset: number;
  /**
   * Record timestamp in epoch milliseconds; what it means depends on `timestampType`. `-1` when `timestampType` is `NO_TIMESTAMP_TYPE` (a record in the pre-0.10 message format): Kafka's consumer reports such a record's timestamp as `ConsumerRecord.NO_TIMESTAMP`, which is -1 (https://kafka.apache.org/documentation/#recordbatch, https://kafka.apache.org/37/javadoc/org/apache/kafka/clients/consumer/ConsumerRecord.html#NO_TIMESTAMP).
   */
  timestamp: number;
  /**
   * Kafka's timestamp type: `CREATE_TIME` (set by the producer) or `LOG_APPEND_TIME` (set by the broker); `NO_TIMESTAMP_TYPE` for records without one.
   */
  timestampType: "CREATE_TIME" | "LOG_APPEND_TIME" | "NO_TIMESTAMP_TYPE";
  key?: Base64String;
  value?: TValue;
  /**
   * The record headers in order, each an object with one header name whose value is the header's bytes; an empty array when there are none.
   */
  headers: KafkaRecordHeader[];
  keySchemaMetadata?: KafkaSchemaMetadata;
  valueSchemaMetadata?: KafkaSchemaMetadata;
}

/**
 * One Kafka header: `{ "<name>": [bytes] }`. The bytes are JSON numbers; AWS examples show 0-255, and signed Java bytes (-128 to 127) are accepted as well since aws-lambda-go's sample carries negative values.
 */
export interface KafkaRecordHeader {
  [k: string]: number[];
}

/**
 * Schema metadata Lambda adds to a record when the event source mapping validates it against a schema registry. https://docs.aws.amazon.com/lambda/latest/dg/services-consume-kafka-events.html
 */
export interface KafkaSchemaMetadata {
  /**
   * The record's format, such as `AVRO`, `PROTOBUF`, `JSON`.
   */
  dataFormat?: string;
  /**
   * Id of the schema in the registry.
   */
  schemaId?: string;
}

/**
 * The batch's records grouped by partition: each key is `<topic>-<partition>` (for example `mytopic-0`) and its records are in offset order.
 */
export interface KafkaRecordsByTopicPartition<TValue = Base64String> {
  /**
   * @minItems 1
   */
  [k: string]: KafkaRecord<TValue>[];
}

/**
 * Delivery metadata of an output record.
 */
export interface KinesisAnalyticsDeliveryRecordMetadata {
  /**
   * Number of delivery retries: grows with every delivery failure, is not persisted, and resets when the application is disrupted.
   */
  retryHint: number;
}

/**
 * Metadata of a record read from a Firehose stream.
 */
export interface KinesisAnalyticsFirehoseRecordMetadata {
  approximateArrivalTimestamp: EpochMillis;
}

/**
 * One output row. The guide's request model lists `recordId`, `lambdaDeliveryRecordMetadata` (with `retryHint`) and `data` for every record.
 */
export interface KinesisAnalyticsOutputRecord {
  /**
   * Record id (a random GUID) the response must acknowledge.
   */
  recordId: string;
  lambdaDeliveryRecordMetadata: KinesisAnalyticsDeliveryRecordMetadata;
  data: Base64String;
}

/**
 * The delivery outcome of one record.
 */
export interface KinesisAnalyticsOutputResponseRecord {
  /**
   * The `recordId` of the record in the invocation, unchanged; a mismatch is a delivery failure.
   */
  recordId: string;
  /**
   * `Ok` (delivered) or `DeliveryFailed` (redeliver). No other value is accepted.
   */
  result: "Ok" | "DeliveryFailed";
}

/**
 * One source record. Records from a Kinesis data stream carry `kinesisStreamRecordMetadata`, records from a Firehose stream `kinesisFirehoseRecordMetadata`; the guide's request models list them but mark nothing required, and SAM CLI's `kinesis analytics` sample has neither, so both are optional here.
 */
export interface KinesisAnalyticsPreprocessingRecord {
  /**
   * Record id the response must echo (based on the Kinesis sequence number for a Kinesis data stream source, a random GUID for a Firehose source).
   */
  recordId: string;
  data: Base64String;
  kinesisStreamRecordMetadata?: KinesisAnalyticsStreamRecordMetadata;
  kinesisFirehoseRecordMetadata?: KinesisAnalyticsFirehoseRecordMetadata;
}

/**
 * Where a record read from a Kinesis data stream came from.
 */
export interface KinesisAnalyticsStreamRecordMetadata {
  /**
   * Sequence number of the Kinesis record.
   */
  sequenceNumber: string;
  /**
   * Partition key of the Kinesis record.
   */
  partitionKey: string;
  /**
   * Shard the record was read from.
   */
  shardId: string;
  approximateArrivalTimestamp: EpochMillis;
}

/**
 * The outcome of one record. The guide lists `recordId`, `result` and `data`, and says the data payload is optional for a `Dropped` or `ProcessingFailed` record.
 */
export interface KinesisAnalyticsPreprocessingResponseRecord {
  /**
   * The `recordId` of the record in the invocation, unchanged; a mismatch is a preprocessing failure.
   */
  recordId: string;
  /**
   * `Ok` (transformed), `Dropped` (dropped on purpose) or `ProcessingFailed` (could not be transformed). No other value is accepted.
   */
  result: "Ok" | "Dropped" | "ProcessingFailed";
  data?: Base64String;
}

/**
 * One Kinesis record as Lambda delivers it: the record itself under `kinesis`, and where it came from.
 */
export interface KinesisStreamRecord<TData = Base64String> {
  kinesis: KinesisStreamRecordPayload<TData>;
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
export interface KinesisStreamRecordPayload<TData = Base64String> {
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
  data: TData;
  approximateArrivalTimestamp: EpochSeconds;
  /**
   * `KMS` when the stream has server-side encryption; absent for unencrypted streams (the Kinesis API's `NONE`).
   */
  encryptionType?: string;
}

/**
 * The `detail` of a KMS key lifecycle event (https://docs.aws.amazon.com/kms/latest/developerguide/kms-events.html). Only `key-id` is in every example; the 2025 rotation example adds the key origin, rotation type and key material ids.
 */
export interface KmsCmkEventDetail {
  /**
   * Id of the KMS key (a UUID, or `mrk-` prefixed for multi-Region keys); the key ARN is in `resources`.
   */
  "key-id": string;
  /**
   * Origin of the key material: `AWS_KMS`, `EXTERNAL` or `AWS_CLOUDHSM` (rotation events).
   */
  "key-origin"?: string;
  /**
   * `AUTOMATIC` or `ON_DEMAND` (rotation events).
   */
  "rotation-type"?: string;
  /**
   * Key material in use before the rotation.
   */
  "previous-key-material-id"?: string;
  /**
   * Key material in use after the rotation.
   */
  "current-key-material-id"?: string;
}

/**
 * The original invocation and why the record was sent.
 */
export interface LambdaDestinationRequestContext {
  /**
   * Request id of the original invocation.
   */
  requestId: string;
  functionArn: Arn;
  /**
   * Why the record was sent: `Success` (on-success destination), or for on-failure destinations `RetriesExhausted` or `EventAgeExceeded`. Kept a plain string because Lambda may add reasons.
   */
  condition: string;
  /**
   * How many times the function was invoked for this event (retries included); 0 when it never ran.
   */
  approximateInvokeCount: number;
}

/**
 * Status of the last invocation attempt.
 */
export interface LambdaDestinationResponseContext {
  /**
   * Status code of the Invoke call (200 even when the function returned an error).
   */
  statusCode: number;
  /**
   * The function version that ran, for example `$LATEST` or `3`.
   */
  executedVersion: string;
  /**
   * Present when the function failed: `Handled` or `Unhandled` (crashes and timeouts).
   */
  functionError?: string;
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
   * The function URL's domain name, `<url-id>.lambda-url.<region>.on.aws`; captured events also show cell-qualified hosts such as `<url-id>.cell-1-lambda-url.<region>.on.aws`, so a prefix before `lambda-url` is accepted.
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
 * The JSON metadata prelude of a streamed function URL response: the status, headers and cookies of the buffered function URL response, without `body` and `isBase64Encoded` (the body is the stream that follows). No key is required here: the Lambda guide documents no mandatory field, and the runtime helpers accept any subset.
 */
export interface LambdaFunctionUrlStreamingResponsePrelude {
  /**
   * The HTTP status code to return to the client.
   */
  statusCode?: number;
  headers?: HttpHeaders;
  /**
   * Cookies to set; each item becomes one `set-cookie` response header.
   */
  cookies?: string[];
}

/**
 * The time window the records belong to (Kinesis and DynamoDB Streams tumbling windows). Windows are aligned to the clock and last `TumblingWindowInSeconds`.
 */
export interface LambdaTumblingWindow {
  start: IsoTimestamp;
  end: IsoTimestamp;
}

/**
 * The `TimeWindowEventResponse` shape shared by Kinesis and DynamoDB Streams tumbling windows. `state` is required: Lambda treats a response without it as a failed invocation.
 */
export interface LambdaTumblingWindowResponse {
  state: LambdaTumblingWindowState;
  /**
   * With `ReportBatchItemFailures`: the `sequenceNumber` of each failed record; an empty array means the batch succeeded. Optional otherwise.
   */
  batchItemFailures?: BatchItemFailure[];
}

/**
 * The state the function returned on its previous invocation within the window, passed back verbatim; an empty object at the start of a window. Its values are whatever the function returned: the AWS examples show numbers (`{"1": 282, "2": 715}`) and AWS recommends string values for Java functions, so any JSON value is accepted. At most 1 MB per shard.
 */
export interface LambdaTumblingWindowState {
  [k: string]: unknown;
}

/**
 * The intent Lex recognized, with its slots so far.
 */
export interface LexV1CurrentIntent {
  /**
   * The intent's name.
   */
  name: string;
  slots: LexV1Slots;
  /**
   * Per slot, the value the user entered (`originalValue`) and up to five `resolutions` recognized for it.
   */
  slotDetails?: {
    /**
     * Details of one slot's value.
     */
    [k: string]: {
      /**
       * Additional values recognized for the slot, each `{ "value": ... }`.
       */
      resolutions?: {
        /**
         * A resolved value.
         */
        value: string;
      }[];
      /**
       * The value as the user entered it; may differ from `slots` when the slot type returns its top resolution.
       */
      originalValue?: string;
    };
  };
  confirmationStatus: LexV1ConfirmationStatus;
}

/**
 * Slot name to value for every slot configured for the intent. A slot value stays `null` until the user provides one; values are strings (the runtime API's slots are a String to string map), possibly not one of the slot type's values: validate them.
 */
export interface LexV1Slots {
  [k: string]: string | null;
}

/**
 * The next course of action. `type` decides which other fields are required: `Close` needs `fulfillmentState`; `ConfirmIntent` needs `intentName` and `slots` (and `message` when the intent has no confirmation prompt); `ElicitSlot` needs `intentName`, `slots` and `slotToElicit`; `ElicitIntent` and `Delegate` need nothing more. https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#lambda-response-dialogAction
 */
export interface LexV1DialogAction {
  type: LexV1DialogActionType;
  /**
   * With `Close` (required there): whether the intent was `Fulfilled` or `Failed`; Lex reports it to the client as the dialog state.
   */
  fulfillmentState?: "Fulfilled" | "Failed";
  message?: LexV1Message;
  /**
   * With `ConfirmIntent` and `ElicitSlot` (required there): the intent to confirm or to elicit a slot for.
   */
  intentName?: string;
  slots?: LexV1Slots;
  /**
   * With `ElicitSlot` (required there): the slot to ask the user for.
   */
  slotToElicit?: string;
  responseCard?: LexV1ResponseCard;
}

/**
 * The message Lex conveys to the user; optional for every dialog action (Lex then uses the prompt configured for the intent or slot). https://docs.aws.amazon.com/lex/latest/dg/API_runtime_PostText.html
 */
export interface LexV1Message {
  /**
   * `PlainText`, `SSML` (for voice clients) or `CustomPayload` (application data passed through to the client).
   */
  contentType: "PlainText" | "SSML" | "CustomPayload";
  /**
   * The text, SSML or custom payload.
   */
  content: string;
}

/**
 * A generic response card for clients that show buttons (Facebook, Slack, Twilio, Kik). https://docs.aws.amazon.com/lex/latest/dg/API_runtime_ResponseCard.html
 */
export interface LexV1ResponseCard {
  /**
   * The response card format version.
   */
  version?: number | string;
  /**
   * The only card type: `application/vnd.amazonaws.card.generic`.
   */
  contentType: "application/vnd.amazonaws.card.generic";
  /**
   * The cards (up to 10), each with a title and up to 5 buttons.
   */
  genericAttachments: {
    /**
     * The card's title.
     */
    title?: string;
    /**
     * The card's subtitle.
     */
    subTitle?: string;
    /**
     * URL of an image shown on the card.
     */
    imageUrl?: string;
    /**
     * URL opened when the card is chosen.
     */
    attachmentLinkUrl?: string;
    /**
     * Up to 5 buttons; choosing one sends its `value`.
     */
    buttons?: {
      /**
       * The button's label.
       */
      text: string;
      /**
       * The text sent to Lex when the button is chosen.
       */
      value: string;
    }[];
  }[];
}

/**
 * One recent intent, in an event's or a response's `recentIntentSummaryView` (the runtime API's IntentSummary: only `dialogActionType` is required). https://docs.aws.amazon.com/lex/latest/dg/API_runtime_IntentSummary.html
 */
export interface LexV1IntentSummary {
  /**
   * The intent's name; must be an intent of the bot.
   */
  intentName?: string;
  /**
   * A label that identifies the intent in the summary, for GetSession.
   */
  checkpointLabel?: string;
  slots?: LexV1Slots;
  confirmationStatus?: LexV1ConfirmationStatus;
  dialogActionType: LexV1DialogActionType;
  fulfillmentState?: LexV1FulfillmentState;
  /**
   * The slot to elicit next, with `ElicitSlot`.
   */
  slotToElicit?: string;
}

/**
 * Lex V1 session or request attributes: names to string values (the runtime API's String to string maps).
 */
export interface LexV1StringMap {
  [k: string]: string;
}

/**
 * The next step of the conversation. `slotToElicit` is required with `ElicitSlot`. https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html#lambda-dialog-action
 */
export interface LexV2DialogAction {
  /**
   * `Close` (end the intent, no response expected), `ConfirmIntent`, `Delegate` (let Lex decide), `ElicitIntent`, `ElicitSlot`, or `None` (events only: no action pending).
   */
  type: "Close" | "ConfirmIntent" | "Delegate" | "ElicitIntent" | "ElicitSlot" | "None";
  /**
   * With `ElicitSlot` (required there): the slot to ask for.
   */
  slotToElicit?: string;
  /**
   * How to elicit the slot in speech: `Default`, `SpellByLetter` or `SpellByWord`.
   */
  slotElicitationStyle?: "Default" | "SpellByLetter" | "SpellByWord";
  /**
   * With composite slots: the sub-slot to elicit, itself possibly with a `subSlotToElicit`.
   */
  subSlotToElicit?: {
    /**
     * The sub-slot's name.
     */
    name?: string;
    /**
     * A nested sub-slot to elicit.
     */
    subSlotToElicit?: {
      [k: string]: unknown;
    };
  };
}

/**
 * An intent with its slots and state, in events and in responses. Only `name` is required (the runtime API's Intent). https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html#lambda-intent
 */
export interface LexV2Intent {
  /**
   * The intent's name.
   */
  name: string;
  slots?: LexV2Slots;
  /**
   * The fulfillment state: `Failed`, `Fulfilled`, `FulfillmentInProgress`, `InProgress`, `ReadyForFulfillment` or `Waiting` (streaming conversations only).
   */
  state?: "Failed" | "Fulfilled" | "FulfillmentInProgress" | "InProgress" | "ReadyForFulfillment" | "Waiting";
  /**
   * Whether the user confirmed the intent: `Confirmed`, `Denied`, or `None` before the confirmation step.
   */
  confirmationState?: "Confirmed" | "Denied" | "None";
  /**
   * Only with `KendraSearchIntent`: the Amazon Kendra Query response. https://docs.aws.amazon.com/kendra/latest/dg/API_Query.html#API_Query_ResponseSyntax
   */
  kendraResponse?: {
    [k: string]: unknown;
  };
}

/**
 * Slot name to slot, for the intent's slots; a slot is `null` until it has a value. A slot is an object, never a bare string (a Lex V1 habit Lex V2 rejects).
 */
export interface LexV2Slots {
  [k: string]: LexV2Slot | null;
}

/**
 * A slot's value: `shape` `Scalar` with a `value`; `List` (multi-valued slots) with the items in `values`; `Composite` with `subSlots`. https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html#lambda-slot
 */
export interface LexV2Slot {
  /**
   * `Scalar`, `List` or `Composite`; Lex may leave it out for scalar slots.
   */
  shape?: string;
  value?: LexV2SlotValue;
  /**
   * With `shape` `List`: each value of a multi-valued slot, itself a `Scalar` slot.
   */
  values?: LexV2Slot[];
  subSlots?: LexV2Slots;
}

/**
 * What the user said for a slot and what Lex made of it. In a response Lex reads `interpretedValue` (required by the runtime API's Value); events may omit it (transcription `resolvedSlots`). https://docs.aws.amazon.com/lexv2/latest/APIReference/API_runtime_Value.html
 */
export interface LexV2SlotValue {
  /**
   * The text of the user's utterance for the slot.
   */
  originalValue?: string;
  /**
   * The value Lex uses: the first resolved value, or the original value when the slot type's resolution expands values.
   */
  interpretedValue?: string;
  /**
   * Values Lex resolved for the slot from the slot type.
   */
  resolvedValues?: string[];
}

/**
 * One possible intent for the utterance. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_runtime_Interpretation.html
 */
export interface LexV2Interpretation {
  intent: LexV2Intent;
  /**
   * Where the interpretation came from: `Lex` or `Bedrock`.
   */
  interpretationSource?: string;
  /**
   * Lex's confidence (0 to 1) that the intent matches; absent for the fallback intent. The guide's older input format showed `{ "score": number }`; the current page and real events carry a bare number.
   */
  nluConfidence?: number;
  /**
   * Amazon Comprehend's sentiment of the utterance, when sentiment analysis is on.
   */
  sentimentResponse?: {
    /**
     * `MIXED`, `NEGATIVE`, `NEUTRAL` or `POSITIVE`.
     */
    sentiment?: string;
    /**
     * The score of each sentiment.
     */
    sentimentScore?: {
      /**
       * Score of MIXED.
       */
      mixed?: number;
      /**
       * Score of NEGATIVE.
       */
      negative?: number;
      /**
       * Score of NEUTRAL.
       */
      neutral?: number;
      /**
       * Score of POSITIVE.
       */
      positive?: number;
    };
  };
}

/**
 * A message for the user: `content` with `PlainText`, `SSML` or `CustomPayload`, an `imageResponseCard` with `ImageResponseCard`. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_runtime_Message.html
 */
export interface LexV2Message {
  /**
   * `CustomPayload`, `ImageResponseCard`, `PlainText` or `SSML`.
   */
  contentType: "CustomPayload" | "ImageResponseCard" | "PlainText" | "SSML";
  /**
   * The message text, SSML or custom payload (1 to 1000 characters).
   */
  content?: string;
  /**
   * With `ImageResponseCard`: a card with a title and up to 5 buttons. https://docs.aws.amazon.com/lexv2/latest/APIReference/API_runtime_ImageResponseCard.html
   */
  imageResponseCard?: {
    /**
     * The card's title.
     */
    title: string;
    /**
     * The card's subtitle.
     */
    subtitle?: string;
    /**
     * URL of the card's image.
     */
    imageUrl?: string;
    /**
     * Up to 5 buttons.
     */
    buttons?: {
      /**
       * The button's label.
       */
      text: string;
      /**
       * The value sent to Lex when chosen.
       */
      value: string;
    }[];
  };
}

/**
 * The state of the conversation, in events and (required) in responses: active contexts, session attributes, the dialog action and the current intent. https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html#lambda-session-state
 */
export interface LexV2SessionState {
  /**
   * The contexts active in the session.
   */
  activeContexts?: {
    /**
     * The context's name.
     */
    name: string;
    contextAttributes: LexV2StringMap;
    /**
     * How long the context stays active: the shorter of seconds and conversation turns.
     */
    timeToLive: {
      /**
       * Seconds the context stays active (5 to 86400).
       */
      timeToLiveInSeconds?: number;
      /**
       * Turns the context stays active (1 to 20).
       */
      turnsToLive?: number;
    };
  }[];
  sessionAttributes?: LexV2StringMap;
  /**
   * Hints that improve the recognition of slot values (`slotHints`: intent to slot to `runtimeHintValues`).
   */
  runtimeHints?: {
    [k: string]: unknown;
  };
  dialogAction?: LexV2DialogAction;
  intent?: LexV2Intent;
  /**
   * The id of the runtime request that started this turn.
   */
  originatingRequestId?: string;
}

/**
 * Lex V2 session or request attributes: names to string values.
 */
export interface LexV2StringMap {
  [k: string]: string;
}

/**
 * CloudTrail activity behind the alert, keyed by API name.
 */
export interface MacieAlertApiActivity {
  [k: string]: {
    /**
     * Calls of this API.
     */
    count?: number;
    [k: string]: unknown;
  };
}

/**
 * Bucket ACLs behind the alert, keyed by bucket name: the `Owner` and `Grants` of `GetBucketAcl`.
 */
export interface MacieAlertBucketAcls {
  /**
   * Items: A bucket ACL.
   */
  [k: string]: {
    /**
     * The bucket owner.
     */
    Owner?: {
      /**
       * Owner display name.
       */
      DisplayName?: string;
      /**
       * Owner canonical id.
       */
      ID?: string;
    };
    /**
     * The grants.
     *
     * Items: A grant.
     */
    Grants?: {
      /**
       * Who is granted.
       */
      Grantee?: {
        /**
         * `Group`, `CanonicalUser` or `AmazonCustomerByEmail`.
         */
        Type?: string;
        /**
         * Group URI, for Group grantees.
         */
        URI?: string;
        /**
         * Canonical id, for CanonicalUser grantees.
         */
        ID?: string;
      };
      /**
       * `READ`, `WRITE`, `READ_ACP`, `WRITE_ACP` or `FULL_CONTROL`.
       */
      Permission?: string;
    }[];
  }[];
}

/**
 * Counts keyed by the counted value.
 */
export interface MacieAlertCounts {
  [k: string]: number;
}

/**
 * The `detail` of every Macie Classic `Macie Alert` event, from the four examples of https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types. Macie Classic was retired (https://docs.aws.amazon.com/macie/latest/user/macie-classic.html); the only source is the four examples of the CloudWatch Events guide, so fields beyond them are unverified.
 */
export interface MacieAlertDetailBase {
  /**
   * `ALERT_CREATED` for a new alert, `ALERT_UPDATED` when Macie Classic updated an existing one.
   */
  "notification-type": string;
  /**
   * Name of the alert.
   */
  name: string;
  /**
   * Alert tags, such as `Custom_Alert`, `Insider`, `Audit`, `Predictive`, `Behavioral_Anomaly`.
   */
  tags: string[];
  /**
   * Console link to the alert.
   */
  url: string;
  /**
   * ARN of the alert (`arn:aws:macie:<region>:<account>:trigger/<trigger>/alert/<alert>`).
   */
  "alert-arn": string;
  /**
   * Risk score of the alert, 0 to 100 in the examples.
   */
  "risk-score": number;
  /**
   * When the alert was created, ISO 8601 without a zone (`2017-04-18T00:21:12.059000`).
   */
  "created-at": string;
  /**
   * Who or what caused the alert: an account id, `<account>:assumed-role:<role>...`, or a bucket name for S3 object alerts.
   */
  actor: string;
  trigger: MacieAlertTrigger;
  summary?: MacieAlertSummary;
}

/**
 * The rule (basic alert) or model (predictive alert) that raised the alert.
 */
export interface MacieAlertTrigger {
  /**
   * `basic` (a rule over CloudTrail or S3 data) or `predictive` (a behavioral model; carries `features`, no `rule-arn`).
   */
  "alert-type": string;
  /**
   * ARN of the basic alert rule.
   */
  "rule-arn"?: string;
  /**
   * When the rule was created (`2017-01-02 19:54:00.644000`).
   */
  "created-at"?: string;
  /**
   * Description of the rule.
   */
  description?: string;
  /**
   * Risk level of the rule, 1 to 10.
   */
  risk?: number;
  /**
   * Predictive alerts: the behavioral features that contributed, keyed by feature name.
   */
  features?: {
    [k: string]: MacieAlertFeature;
  };
}

/**
 * A behavioral feature of a predictive alert.
 */
export interface MacieAlertFeature {
  /**
   * Feature name, such as an API name.
   */
  name?: string;
  /**
   * What the feature measures.
   */
  description?: string;
  /**
   * Why the feature matters.
   */
  narrative?: string;
  /**
   * Risk contributed by the feature.
   */
  risk?: number;
  /**
   * Whether the feature was anomalous.
   */
  anomalous?: boolean;
  /**
   * How far the activity exceeded the baseline.
   */
  multiplier?: number;
  /**
   * Hours in which the activity exceeded the baseline (ISO 8601).
   */
  excession_times?: string[];
}

/**
 * Summary of the data behind a basic alert; its keys depend on the rule (several contain spaces). Counts are keyed by the counted value (IP address, Region, bucket, object key, timestamp).
 */
export interface MacieAlertSummary {
  /**
   * Description of the alert.
   */
  Description?: string;
  /**
   * Number of records summarized.
   */
  "Record Count"?: number;
  /**
   * Number of events summarized.
   */
  "Event Count"?: number;
  /**
   * Time windows of the activity.
   *
   * Items: A time window.
   */
  "Time Range"?: {
    /**
     * Events in the window.
     */
    count: number;
    /**
     * Window start (ISO 8601).
     */
    start: string;
    /**
     * Window end (ISO 8601).
     */
    end: string;
  }[];
  /**
   * The principal whose activity raised the alert.
   */
  "Source ARN"?: string;
  Events?: MacieAlertApiActivity;
  IP?: MacieAlertCounts;
  Location?: MacieAlertCounts;
  recipientAccountId?: MacieAlertCounts;
  Bucket?: MacieAlertCounts;
  Object?: MacieAlertCounts;
  Themes?: MacieAlertCounts;
  "DLP risk"?: MacieAlertCounts;
  Owner?: MacieAlertCounts;
  Timestamps?: MacieAlertCounts;
  ACL?: MacieAlertBucketAcls;
}

/**
 * The queue the message was consumed from.
 */
export interface MqActiveMqDestination {
  /**
   * The queue name. (An early Lambda guide example spelled the key `physicalname`, with eventSource `aws:amq`; the current guide and captured events use `physicalName` and `aws:mq`, and the registry rejects the old spelling.)
   */
  physicalName: string;
}

/**
 * One JMS message. Lambda copies the JMS header fields it has; which optional ones appear, and whether an unset one is `null`, `""` or `"null"`, differs between the Lambda guide's examples and aws-lambda-go's captured event, so they are optional and loosely typed.
 */
export interface MqActiveMqMessage {
  /**
   * The JMS message id (`ID:...`).
   */
  messageID: string;
  /**
   * `jms/text-message` (TextMessage) or `jms/bytes-message` (BytesMessage), the only JMS types Lambda consumes.
   */
  messageType: "jms/text-message" | "jms/bytes-message";
  data: Base64String;
  destination: MqActiveMqDestination;
  timestamp: EpochMillis;
  brokerInTime: EpochMillis;
  brokerOutTime: EpochMillis;
  /**
   * JMSRedelivered. Present in the current guide's examples and in captured events; optional because the original guide example omits it on one message.
   */
  redelivered?: boolean;
  /**
   * JMSDeliveryMode: `1` non-persistent, `2` persistent.
   */
  deliveryMode?: number;
  /**
   * Only in the original Lambda guide example; current events carry `deliveryMode` instead.
   */
  persistent?: boolean;
  /**
   * JMSPriority, 0-9.
   */
  priority?: number;
  /**
   * JMSExpiration: epoch milliseconds, `0` for none. The guide's example writes it as a string (`"60000"`), aws-lambda-go's captured event as a number.
   */
  expiration?: number | string;
  /**
   * JMSCorrelationID, as spelled in the current Lambda guide.
   */
  correlationId?: string | null;
  /**
   * JMSCorrelationID, as spelled in aws-lambda-go's captured event.
   */
  correlationID?: string | null;
  /**
   * JMSReplyTo; `null` (or the string `"null"`) when unset.
   */
  replyTo?: string | null;
  /**
   * JMSType; `null` or empty when unset.
   */
  type?: string | null;
  /**
   * Only in the original Lambda guide example.
   */
  connectionId?: string;
  /**
   * JMS custom properties, when the message has any; Lambda passes their values as strings.
   */
  properties?: {
    [k: string]: string;
  };
}

/**
 * A map of string lists: multi-value query string parameters.
 */
export interface MultiValueStringMap {
  [k: string]: string[];
}

/**
 * The `detail` of an `OpsWorks Alert` event. AWS OpsWorks Stacks reached end of life on 2024-05-26; these fields come from the CloudWatch Events guide only and are unverified against live events.
 */
export interface OpsWorksAlertDetail {
  /**
   * Id of the stack.
   */
  "stack-id": string;
  /**
   * OpsWorks id of the instance concerned, for instance alerts.
   */
  "instance-id"?: string;
  /**
   * The failed operation, such as `InstanceStop`.
   */
  type: string;
  /**
   * Description of the error.
   */
  message: string;
}

/**
 * The `detail` of an `OpsWorks Command State Change` event. AWS OpsWorks Stacks reached end of life on 2024-05-26; these fields come from the CloudWatch Events guide only and are unverified against live events.
 */
export interface OpsWorksCommandStateChangeDetail {
  /**
   * Id of the command.
   */
  "command-id": string;
  /**
   * OpsWorks id of the instance the command ran on.
   */
  "instance-id": string;
  /**
   * Command type, such as `setup`, `configure`, `deploy`, `execute_recipes`.
   */
  type: string;
  /**
   * Command state: `expired` (timed out), `failed`, `skipped` (instance state differs from EC2), `successful` or `superseded` (changes already applied).
   */
  status: "expired" | "failed" | "skipped" | "successful" | "superseded";
}

/**
 * The `detail` of an `OpsWorks Deployment State Change` event. AWS OpsWorks Stacks reached end of life on 2024-05-26; these fields come from the CloudWatch Events guide only and are unverified against live events.
 */
export interface OpsWorksDeploymentStateChangeDetail {
  /**
   * Duration of the deployment in seconds; only populated when the deployment has finished.
   */
  duration?: number;
  /**
   * Id of the stack.
   */
  "stack-id": string;
  /**
   * OpsWorks ids of the instances in the deployment.
   */
  "instance-ids": string[];
  /**
   * Id of the deployment.
   */
  "deployment-id": string;
  /**
   * The deployment command, such as `configure` or `deploy`.
   */
  command: string;
  /**
   * Deployment state.
   */
  status: "running" | "successful" | "failed";
}

/**
 * The `detail` of an `OpsWorks Instance State Change` event. AWS OpsWorks Stacks reached end of life on 2024-05-26; these fields come from the CloudWatch Events guide only and are unverified against live events.
 */
export interface OpsWorksInstanceStateChangeDetail {
  /**
   * Who initiated the change: `user`, `auto-scaling` or `auto-healing`; only populated for the states `requested`, `terminating` and `stopping` (note the underscore in the key).
   */
  initiated_by?: "user" | "auto-scaling" | "auto-healing";
  /**
   * Host name of the instance.
   */
  hostname?: string;
  /**
   * Id of the stack.
   */
  "stack-id": string;
  /**
   * Ids of the layers the instance belongs to.
   */
  "layer-ids"?: string[];
  /**
   * OpsWorks id of the instance (a UUID, not the EC2 id).
   */
  "instance-id": string;
  /**
   * EC2 id of the instance, once it has one.
   */
  "ec2-instance-id"?: string;
  /**
   * The new instance state (the complete list the guide documents).
   */
  status:
    | "booting"
    | "connection_lost"
    | "online"
    | "pending"
    | "rebooting"
    | "requested"
    | "running_setup"
    | "setup_failed"
    | "shutting_down"
    | "start_failed"
    | "stopping"
    | "stop_failed"
    | "stopped"
    | "terminating"
    | "terminated";
}

/**
 * The AMQP 0-9-1 basic properties of the message. Lambda writes every property, with `null` for those the publisher left unset (as in the Lambda guide's example), so each is nullable; they are not required because that is not documented as a guarantee.
 */
export interface RabbitMqBasicProperties {
  /**
   * MIME content type, such as `text/plain`.
   */
  contentType?: string | null;
  contentEncoding?: string | null;
  /**
   * AMQP headers table. String values arrive as `{ "bytes": [...] }` (the UTF-8 bytes as numbers); numbers and booleans as themselves; so values are left untyped.
   */
  headers?: {
    [k: string]: unknown;
  } | null;
  /**
   * `1` non-persistent, `2` persistent.
   */
  deliveryMode?: number | null;
  priority?: number | null;
  correlationId?: string | null;
  replyTo?: string | null;
  /**
   * Per-message TTL in milliseconds, as a string (AMQP shortstr).
   */
  expiration?: string | null;
  messageId?: string | null;
  /**
   * The AMQP timestamp formatted as a date text such as `Jan 1, 1970, 12:33:41 AM` (not an epoch number).
   */
  timestamp?: string | null;
  type?: string | null;
  userId?: string | null;
  appId?: string | null;
  clusterId?: string | null;
  /**
   * Size of the body in bytes.
   */
  bodySize?: number;
}

/**
 * One AMQP message.
 */
export interface RabbitMqMessage {
  basicProperties: RabbitMqBasicProperties;
  /**
   * True when the broker delivered the message before.
   */
  redelivered: boolean;
  data: Base64String;
}

/**
 * The outcome of one task.
 */
export interface S3BatchTaskResult {
  /**
   * The task's `taskId`, unchanged.
   */
  taskId: string;
  resultCode: S3BatchResultCode;
  /**
   * Free text S3 writes to the completion report for the task (for example, an error message). The AWS examples always send one; optional here because S3 only stores it.
   */
  resultString?: string;
}

/**
 * One object to process (schema 1.0).
 */
export interface S3BatchV1Task {
  taskId: S3BatchTaskId;
  s3Key: S3BatchObjectKey;
  s3VersionId?: S3BatchObjectVersionId;
  s3BucketArn: Arn;
}

/**
 * The Batch Operations job that made this invocation.
 */
export interface S3BatchV2Job {
  id: S3BatchJobId;
  /**
   * The `UserArguments` key-value pairs given when the job was created (at most 10, keys up to 64 and values up to 1024 characters; API_control_LambdaInvokeOperation). Optional: only jobs created with `UserArguments` have them.
   */
  userArguments?: {
    [k: string]: string;
  };
}

/**
 * One object to process (schema 2.0).
 */
export interface S3BatchV2Task {
  taskId: S3BatchTaskId;
  s3Key: S3BatchObjectKey;
  s3VersionId?: S3BatchObjectVersionId;
  /**
   * The bucket name (general purpose or directory bucket, such as `amzn-s3-demo-bucket--usw2-az1--x-s3`); not an ARN.
   */
  s3Bucket: string;
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
 * The bucket the event is about.
 */
export interface S3EventBridgeBucket {
  /**
   * The bucket name.
   */
  name: string;
  /**
   * AWS-generated tags of the bucket (such as `aws:cloudformation:stack-id`), shown in newer versions of the S3 docs; absent otherwise.
   */
  "aws-generated-tags"?: {
    [k: string]: string;
  };
}

/**
 * The `detail` fields every S3 event delivered to EventBridge carries (https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html#ev-events-detail); each detail-type adds its own.
 */
export interface S3EventBridgeDetail {
  /**
   * Detail version, currently `0` for all events.
   */
  version: string;
  /**
   * Version of the detail schema (`1.0`, `1.1`), added by S3 in later versions of the docs; older events do not carry it.
   */
  "event-version"?: string;
  bucket: S3EventBridgeBucket;
  object: S3EventBridgeObject;
  /**
   * The S3 request id (`x-amz-request-id`) of the request that caused the event.
   */
  "request-id": string;
  /**
   * AWS account id or AWS service principal of the requester; `s3.amazonaws.com` for events S3 itself causes (Lifecycle, Intelligent-Tiering, restore completion and expiry).
   */
  requester: string;
  /**
   * Source IP address of the S3 request. Optional: only events triggered by an S3 request carry it (not Lifecycle, Intelligent-Tiering or restore completion events).
   */
  "source-ip-address"?: string;
}

/**
 * The object the event is about. Only `key` is always present: `Object Deleted` events carry no `size` (the page's delete examples carry the `etag` of an empty object, `d41d8cd98f00b204e9800998ecf8427e`), and `version-id` appears only for versioning-enabled buckets (https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html).
 */
export interface S3EventBridgeObject {
  /**
   * The object key. Unlike the event-notification page, the EventBridge page does not say whether the key is URL-encoded; Powertools for AWS Lambda (Python) decodes it with `unquote_plus`, as for notification keys, so do not assume it is raw.
   */
  key: string;
  /**
   * Object size in bytes; absent on `Object Deleted` events.
   */
  size?: number;
  /**
   * The object's entity tag, without quotes. Optional: the page does not list it for every detail type (its `Object Deleted` examples do carry one).
   */
  etag?: string;
  /**
   * The object version; present only when the bucket has versioning enabled (the Powertools sample from an unversioned bucket has none).
   */
  "version-id"?: string;
  /**
   * Hexadecimal string ordering events for the same key; carried by `Object Created` and `Object Deleted` events.
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
 * The Object Lambda Access Point configuration that invoked the function.
 */
export interface S3ObjectLambdaConfiguration {
  accessPointArn: Arn;
  supportingAccessPointArn: Arn;
  /**
   * The custom `FunctionPayload` of the transformation configuration, passed as an opaque string (decode it yourself, e.g. JSON). Optional because the payload is optional in the configuration.
   */
  payload?: string;
}

/**
 * Present for `GetObject` requests: where to read the original object and how to send the transformed one back with `WriteGetObjectResponse`.
 */
export interface S3ObjectLambdaGetObjectContext {
  inputS3Url: S3ObjectLambdaInputS3Url;
  /**
   * Routing token to pass as `RequestRoute` to `WriteGetObjectResponse`.
   */
  outputRoute: string;
  /**
   * Opaque token to pass as `RequestToken` to `WriteGetObjectResponse`, matching the response to the original caller.
   */
  outputToken: string;
}

/**
 * Input details of a `HeadObject`, `ListObjects` or `ListObjectsV2` request.
 */
export interface S3ObjectLambdaInputContext {
  inputS3Url: S3ObjectLambdaInputS3Url;
}

/**
 * The listing as JSON, in ListObjects (`marker`, `nextMarker`) or ListObjectsV2 (`startAfter`, `continuationToken`, `nextContinuationToken`, `keyCount`, which V2 requires) form.
 */
export interface S3ObjectLambdaListBucketResult {
  /**
   * The bucket name.
   */
  name: string;
  prefix?: string;
  delimiter?: string;
  /**
   * `url` when keys are URL-encoded.
   */
  encodingType?: string;
  maxKeys: number;
  isTruncated: boolean;
  /**
   * ListObjects only.
   */
  marker?: string;
  /**
   * ListObjects only.
   */
  nextMarker?: string;
  /**
   * ListObjectsV2 only.
   */
  startAfter?: string;
  /**
   * ListObjectsV2 only.
   */
  continuationToken?: string;
  /**
   * ListObjectsV2 only.
   */
  nextContinuationToken?: string;
  /**
   * ListObjectsV2 only, and required there: the number of keys returned.
   */
  keyCount?: number;
  contents?: S3ObjectLambdaListedObject[];
  commonPrefixes?: {
    prefix: string;
  }[];
}

/**
 * One object of a listing.
 */
export interface S3ObjectLambdaListedObject {
  key: string;
  /**
   * Size in bytes.
   */
  size: number;
  lastModified?: string;
  eTag?: string;
  /**
   * `CRC32`, `CRC32C`, `SHA1` or `SHA256`.
   */
  checksumAlgorithm?: string;
  storageClass?: string;
  owner?: {
    displayName: string;
    id: string;
  };
}

/**
 * Present when the request used temporary credentials (assumed role, federation).
 */
export interface S3ObjectLambdaSessionContext {
  attributes?: {
    /**
     * `true` or `false` as a string.
     */
    mfaAuthenticated?: string;
    /**
     * When the credentials were issued. The S3 example writes `Wed Mar 10 23:41:52 UTC 2021`, not ISO 8601, so any string is accepted.
     */
    creationDate?: string;
  };
  /**
   * The role or user the session was obtained from.
   */
  sessionIssuer?: {
    /**
     * `Role`, `IAMUser` or `Root`.
     */
    type?: string;
    principalId?: string;
    arn?: Arn;
    accountId?: string;
    userName?: string;
  };
  /**
   * For web identity federation: the identity provider and its attributes.
   */
  webIdFederationData?: {
    [k: string]: unknown;
  };
  /**
   * The source identity set when the role was assumed, if any.
   */
  sourceIdentity?: string;
}

/**
 * The caller, as CloudTrail records it (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html): which fields appear depends on `type`.
 */
export interface S3ObjectLambdaUserIdentity {
  /**
   * Identity type: `IAMUser`, `AssumedRole`, `Root`, `FederatedUser`, `AWSAccount`, `AWSService`, `IdentityCenterUser` and others (open set).
   */
  type: string;
  /**
   * Unique id of the calling entity; for an assumed role, `<role id>:<session name>`.
   */
  principalId?: string;
  arn?: Arn;
  /**
   * Account that owns the principal.
   */
  accountId?: string;
  /**
   * Access key id used to sign the request.
   */
  accessKeyId?: string;
  /**
   * Friendly name of the IAM user, when `type` is `IAMUser`.
   */
  userName?: string;
  /**
   * Name of the AWS service that made the request on the principal's behalf, when one did.
   */
  invokedBy?: string;
  sessionContext?: S3ObjectLambdaSessionContext;
}

/**
 * The original call to S3 Object Lambda.
 */
export interface S3ObjectLambdaUserRequest {
  /**
   * The decoded URL of the request as S3 Object Lambda received it, without authorization-related query parameters.
   */
  url: string;
  headers: HttpHeaders;
}

/**
 * The consolidated label of one data object.
 */
export interface SageMakerGroundTruthConsolidatedLabel {
  /**
   * The id Ground Truth gave the data object, copied from the annotation file.
   */
  datasetObjectId: string;
  /**
   * The consolidated annotation.
   */
  consolidatedAnnotation: {
    /**
     * What goes into the output manifest line: the label content under the job's label attribute name (`{"<labelAttributeName>": { ... }}`).
     */
    content: {
      [k: string]: unknown;
    };
  };
}

/**
 * One JSON line of the input manifest (up to 100 KB), or the object sent through Amazon SNS: `source-ref` (an S3 URI) identifies an object to label, `source` holds the data itself (such as a line of text); for a verification or adjustment job the line may also hold the previous job's labels and metadata, so any other keys are allowed.
 */
export interface SageMakerGroundTruthDataObject {
  /**
   * S3 URI of the data object, such as `s3://bucket/image.jpg`.
   */
  "source-ref"?: string;
  /**
   * The data object itself, included in the manifest line.
   */
  source?: string;
  [k: string]: unknown;
}

/**
 * This interface was referenced by `LambdaEventRegistryRoot`'s JSON-Schema
 * via the `definition` "SesEventRecord".
 */
export interface SesEventRecord {
  eventSource: "aws:ses";
  /**
   * Version of the record format, `1.0`.
   */
  eventVersion: string;
  ses: {
    mail: SesMail;
    receipt: SesReceipt;
  };
}

/**
 * The incoming message, in the same format as the `mail` object of SES receiving notifications. https://docs.aws.amazon.com/ses/latest/dg/receiving-email-notifications-contents.html
 */
export interface SesMail {
  timestamp: IsoTimestamp;
  /**
   * The envelope MAIL FROM address.
   */
  source: string;
  /**
   * The id SES assigned to the message (also the S3 object key when an S3 action stored it).
   */
  messageId: string;
  /**
   * Every recipient address from the MIME headers (To and CC).
   */
  destination: string[];
  /**
   * Whether `headers` was truncated (headers larger than 10 KB).
   */
  headersTruncated: boolean;
  /**
   * The message headers in order, including the ones SES adds (`X-SES-Spam-Verdict`, `Received-SPF`, ...).
   */
  headers: SesMailHeader[];
  commonHeaders: SesMailCommonHeaders;
}

/**
 * This interface was referenced by `LambdaEventRegistryRoot`'s JSON-Schema
 * via the `definition` "SesMailHeader".
 */
export interface SesMailHeader {
  name: string;
  value: string;
}

/**
 * Frequently used headers, parsed. Each field is present only when the message has that header.
 */
export interface SesMailCommonHeaders {
  /**
   * The Message-ID header.
   */
  messageId?: string;
  /**
   * The Date header, as written by the sender (RFC 5322 format).
   */
  date?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  from?: string[];
  sender?: string[];
  replyTo?: string[];
  /**
   * The Return-Path header.
   */
  returnPath?: string;
  subject?: string;
}

/**
 * How SES processed the message, in the same format as the `receipt` object of SES receiving notifications, with the Lambda action.
 */
export interface SesReceipt {
  timestamp: IsoTimestamp;
  /**
   * Milliseconds from the time SES received the message to the time it triggered the action (a JSON number, although the notification reference calls it a string).
   */
  processingTimeMillis: number;
  /**
   * The envelope RCPT TO addresses that matched the active receipt rule; may differ from `mail.destination`.
   */
  recipients: string[];
  spamVerdict: SesReceiptVerdict;
  virusVerdict: SesReceiptVerdict;
  spfVerdict: SesReceiptVerdict;
  dkimVerdict: SesReceiptVerdict;
  dmarcVerdict?: SesReceiptVerdict;
  /**
   * The sending domain's DMARC policy (`none`, `quarantine` or `reject`); present only when the message fails DMARC authentication.
   */
  dmarcPolicy?: string;
  action: SesReceiptLambdaAction;
}

/**
 * The result of one check.
 */
export interface SesReceiptVerdict {
  /**
   * `PASS`, `FAIL`, `GRAY` or `PROCESSING_FAILED` (an open set: kept a plain string).
   */
  status: string;
}

/**
 * The receipt rule action that invoked the function. Records with another `type` (`S3`, `SNS`, ...) describe other actions and never arrive through a Lambda action.
 */
export interface SesReceiptLambdaAction {
  type: "Lambda";
  functionArn: Arn;
  /**
   * `Event` (asynchronous; the result is ignored) or `RequestResponse` (synchronous, 30-second timeout; the result's `disposition` controls the mail flow).
   */
  invocationType: "Event" | "RequestResponse";
}

/**
 * The `detail` of a `Server Migration Job State Change` event (https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#server-migration-service-event-types; unverified beyond the two examples).
 */
export interface SmsJobStateChangeDetail {
  /**
   * The job state; `Deleted` and `Completed` are documented.
   */
  state: string;
  /**
   * Id of the replication job (`sms-job-...`).
   */
  "replication-job-id": string;
  /**
   * Id of the replication run (`sms-run-...`), or `N/A` when there is none (a deleted job).
   */
  "replication-run-id": string;
  /**
   * The AMI the completed run produced; on `Completed` events.
   */
  "ami-id"?: string;
  /**
   * Detail version, `1.0`.
   */
  version: string;
}

/**
 * One SNS delivery to the function.
 */
export interface SnsEventRecord<TMessage = string> {
  /**
   * Version of the record envelope, `1.0`.
   */
  EventVersion: string;
  EventSubscriptionArn: Arn;
  EventSource: "aws:sns";
  Sns: SnsMessage<TMessage>;
}

/**
 * An SNS notification in the JSON format SNS delivers to HTTP/HTTPS endpoints and, without raw message delivery, to SQS queues and Firehose. Messages from FIFO topics are not signed: they carry `SequenceNumber` and no `SignatureVersion`, `Signature` or `SigningCertURL`, so those three are optional. https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html
 */
export interface SnsHttpNotification {
  /**
   * `Notification` for published messages.
   */
  Type: "Notification";
  /**
   * UUID of the published message; a retried delivery keeps the original id.
   */
  MessageId: string;
  /**
   * FIFO topics only: the message's sequence number within its message group (a 20-digit string).
   */
  SequenceNumber?: string;
  TopicArn: Arn;
  /**
   * The subject given to Publish. In this format the key is omitted when there is none (the Lambda SNS event sends `null` instead).
   */
  Subject?: string;
  /**
   * The message body exactly as published (a JSON document stays a string).
   */
  Message: string;
  Timestamp: IsoTimestamp;
  /**
   * `1` (SHA1withRSA) or `2` (SHA256withRSA). Absent from FIFO topic messages.
   */
  SignatureVersion?: string;
  /**
   * Base64 signature over `Message`, `MessageId`, `Subject` (if present), `Timestamp`, `TopicArn` and `Type`. Absent from FIFO topic messages.
   */
  Signature?: string;
  /**
   * URL of the signing certificate. Absent from FIFO topic messages.
   */
  SigningCertURL?: string;
  /**
   * URL that unsubscribes this endpoint from the topic.
   */
  UnsubscribeURL: string;
  /**
   * Message attributes by name; present only when the message has attributes.
   */
  MessageAttributes?: {
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
 * The notification, in the SNS notification JSON format with Lambda's spelling of the URL fields. https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html
 */
export interface SnsMessage<TMessage = string> {
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
  Message: TMessage;
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
export interface SqsRecord<TBody = string> {
  /**
   * Unique message id; the `itemIdentifier` to return for a failed message.
   */
  messageId: string;
  receiptHandle: string;
  /**
   * The message body exactly as sent (a JSON document, for example, stays a string).
   */
  body: TBody;
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
 * The `detail` fields both State Manager events carry (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). Several values are JSON text inside strings (`targets`) and `document-version` may be the Java artefact `Optional.empty`.
 */
export interface SsmAssociationDetailBase {
  /**
   * Id of the association.
   */
  "association-id": string;
  /**
   * The SSM document of the association.
   */
  "document-name": string;
  /**
   * Document version, or `Optional.empty` when the association follows the default version (as in the documented example).
   */
  "document-version"?: string;
  /**
   * The association targets as JSON text, such as `[{"key":"InstanceIds","values":["i-12345678"]}]`.
   */
  targets?: string;
  /**
   * When the association was created (ISO 8601).
   */
  "creation-date"?: string;
  /**
   * When the association last succeeded (ISO 8601).
   */
  "last-successful-execution-date"?: string;
  /**
   * When the association last ran (ISO 8601).
   */
  "last-execution-date"?: string;
  /**
   * Status, such as `Success`, `Failed`, `Pending` (a plain string).
   */
  status: string;
}

/**
 * The `detail` fields both Automation status-change events carry (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html). Times are in the US locale form `Nov 29, 2024 7:43:25 PM`, not ISO 8601.
 */
export interface SsmAutomationDetailBase {
  /**
   * Id of the automation execution.
   */
  ExecutionId: string;
  /**
   * Name of the Automation runbook (document).
   */
  Definition: string;
  /**
   * Runbook version, as a JSON number (`1.0`).
   */
  DefinitionVersion?: number;
  /**
   * Status: `Pending`, `InProgress`, `Waiting`, `Success`, `TimedOut`, `Cancelling`, `Cancelled`, `Failed`, `PendingApproval`, `Approved`, `Rejected`... (a plain string: the Automation API lists more and adds new ones).
   */
  Status: string;
  /**
   * When the execution or step started (`Nov 29, 2024 7:43:20 PM`).
   */
  StartTime?: string;
  /**
   * When it ended, in the same form.
   */
  EndTime?: string;
  /**
   * Duration in milliseconds, as a JSON number (`5753.0`).
   */
  Time?: number;
}

/**
 * The `detail` of a `Calendar State Change` event (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html).
 */
export interface SsmCalendarStateChangeDetail {
  /**
   * The calendar's new state; Change Calendar has exactly these two.
   */
  state: "OPEN" | "CLOSED";
  /**
   * When the state took effect (ISO 8601).
   */
  atTime: string;
  /**
   * When the state changes next (ISO 8601); `GetCalendarState` omits it when no change is scheduled, so it may be absent.
   */
  nextTransitionTime?: string;
}

/**
 * The `detail` fields both Run Command status-change events carry (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html).
 */
export interface SsmCommandDetailBase {
  /**
   * Id of the command.
   */
  "command-id": string;
  /**
   * The SSM document run, such as `AWS-RunShellScript`.
   */
  "document-name": string;
  /**
   * When the command was requested (ISO 8601).
   */
  "requested-date-time": string;
  /**
   * Status: `Pending`, `InProgress`, `Delayed`, `Success`, `DeliveryTimedOut`, `ExecutionTimedOut`, `Failed`, `Canceled`, `Undeliverable`, `Terminated` (a plain string).
   */
  status: string;
}

/**
 * The `detail` of a `Configuration Compliance State Change` event (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html).
 */
export interface SsmConfigurationComplianceStateChangeDetail {
  /**
   * Type of the resource, `managed-instance` in the examples.
   */
  "resource-type": string;
  /**
   * Id of the managed node.
   */
  "resource-id": string;
  /**
   * The new status (lower case in events, unlike the API's `COMPLIANT`/`NON_COMPLIANT`).
   */
  "compliance-status": "compliant" | "non_compliant";
  /**
   * `Association`, `Patch`, or a custom compliance type (`Custom:<name>`).
   */
  "compliance-type": string;
  /**
   * When the association last ran (ISO 8601); association compliance events.
   */
  "last-runtime"?: string;
  /**
   * The patch baseline evaluated; patch compliance events.
   */
  "patch-baseline-id"?: string;
  /**
   * Highest severity of the non-compliant items, such as `critical`; patch compliance events.
   */
  severity?: string;
}

/**
 * The `detail` fields of the Maintenance Windows execution events (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html).
 */
export interface SsmMaintenanceWindowDetailBase {
  /**
   * Id of the maintenance window (`mw-...`).
   */
  "window-id": string;
  /**
   * Id of this run of the window.
   */
  "window-execution-id": string;
  /**
   * When the run, task or invocation started (ISO 8601 with microseconds).
   */
  "start-time"?: string;
  /**
   * When it ended; absent while in progress.
   */
  "end-time"?: string;
  /**
   * Status: `PENDING`, `IN_PROGRESS`, `SUCCESS`, `FAILED`, `TIMED_OUT`, `CANCELLING`, `CANCELLED`, `SKIPPED_OVERLAPPING` (a plain string: the documented list grew between versions of the guide).
   */
  status: string;
}

/**
 * The `detail` of a `Maintenance Window Execution State-change Notification`.
 */
export interface SsmMaintenanceWindowExecutionStateChangeDetail {
  /**
   * Id of the maintenance window (`mw-...`).
   */
  "window-id": string;
  /**
   * Id of this run of the window.
   */
  "window-execution-id": string;
  /**
   * When the run, task or invocation started (ISO 8601 with microseconds).
   */
  "start-time"?: string;
  /**
   * When it ended; absent while in progress.
   */
  "end-time"?: string;
  /**
   * Status: `PENDING`, `IN_PROGRESS`, `SUCCESS`, `FAILED`, `TIMED_OUT`, `CANCELLING`, `CANCELLED`, `SKIPPED_OVERLAPPING` (a plain string: the documented list grew between versions of the guide).
   */
  status: string;
}

/**
 * The `detail` of a `Maintenance Window State-change Notification` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html).
 */
export interface SsmMaintenanceWindowStateChangeDetail {
  /**
   * Id of the maintenance window.
   */
  "window-id": string;
  /**
   * The window's new state.
   */
  status: "ENABLED" | "DISABLED";
}

/**
 * The `detail` of a `Maintenance Window Target Registration Notification` (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html).
 */
export interface SsmMaintenanceWindowTargetRegistrationDetail {
  /**
   * Id of the window target.
   */
  "window-target-id": string;
  /**
   * Id of the maintenance window.
   */
  "window-id": string;
  /**
   * Whether the target was registered or deregistered.
   */
  status: "REGISTERED" | "DEREGISTERED";
}

/**
 * The `detail` of a `Parameter Store Change` event (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html).
 */
export interface SsmParameterStoreStateChangeDetail {
  /**
   * `Create`, `Update`, `Delete` or `LabelParameterVersion` (a plain string).
   */
  operation: string;
  /**
   * Name of the parameter, as given (with its leading `/` for a hierarchical name).
   */
  name: string;
  /**
   * The parameter type.
   */
  type: "String" | "StringList" | "SecureString";
  /**
   * The parameter description, when it has one.
   */
  description?: string;
}

/**
 * The `detail` of a `Step Functions Execution Status Change` event: the execution as `DescribeExecution` describes it (https://docs.aws.amazon.com/step-functions/latest/dg/cw-events.html). `stopDate`, `input` and `output` are in every documented example, `null` when not applicable (a running execution has no `stopDate`, a failed one no `output`).
 */
export interface StepFunctionsExecutionStatusChangeDetail {
  /**
   * ARN of the execution (also in `resources`).
   */
  executionArn: string;
  /**
   * ARN of the state machine.
   */
  stateMachineArn: string;
  /**
   * Name of the execution.
   */
  name: string;
  /**
   * `RUNNING`, `SUCCEEDED`, `FAILED`, `TIMED_OUT`, `ABORTED` or `PENDING_REDRIVE` (a plain string: `PENDING_REDRIVE` came with redrive in 2023).
   */
  status: string;
  /**
   * When the execution started, in milliseconds since the epoch.
   */
  startDate: number;
  /**
   * When the execution stopped, in milliseconds since the epoch; `null` while it runs.
   */
  stopDate: number | null;
  /**
   * The execution input as JSON text; `null` when it is not included (see `inputDetails`).
   */
  input: string | null;
  /**
   * The execution output as JSON text; `null` unless the execution succeeded (or when not included, see `outputDetails`).
   */
  output: string | null;
  inputDetails?: StepFunctionsPayloadDetails;
  outputDetails?: StepFunctionsPayloadDetails;
  /**
   * Error code of a failed execution, on newer events.
   */
  error?: string | null;
  /**
   * Cause of a failed execution, on newer events.
   */
  cause?: string | null;
  /**
   * The state machine version the execution started with, when started through a version or alias.
   */
  stateMachineVersionArn?: string | null;
  /**
   * The alias the execution started through, if any.
   */
  stateMachineAliasArn?: string | null;
  /**
   * How many times the execution was redriven.
   */
  redriveCount?: number;
  /**
   * When the execution was last redriven, in milliseconds since the epoch.
   */
  redriveDate?: number | null;
  /**
   * `REDRIVABLE`, `NOT_REDRIVABLE` or `REDRIVABLE_BY_MAP_RUN`.
   */
  redriveStatus?: string;
  /**
   * Why the execution can or cannot be redriven.
   */
  redriveStatusReason?: string;
}

/**
 * Whether the execution input or output is included in the event; `false` when it is too large (the API type `CloudWatchEventsExecutionDataDetails`, https://docs.aws.amazon.com/step-functions/latest/apireference/API_CloudWatchEventsExecutionDataDetails.html).
 */
export interface StepFunctionsPayloadDetails {
  /**
   * Whether the payload is included.
   */
  included?: boolean;
}

/**
 * A map of string values: query string parameters, path parameters, stage variables.
 */
export interface StringMap {
  [k: string]: string;
}

/**
 * The `detail` of a `Tag Change on Resource` event.
 */
export interface TagTagChangeOnResourceDetail {
  /**
   * Keys of the tags added, changed or removed by this change; a removed key is here but not in `tags`.
   */
  "changed-tag-keys": string[];
  /**
   * Service of the resource, such as `ec2`.
   */
  service: string;
  /**
   * Type of the resource, such as `instance`.
   */
  "resource-type": string;
  /**
   * Version of the resource's tag set, incremented by each change.
   */
  version: number;
  /**
   * All tags of the resource after the change.
   */
  tags: {
    [k: string]: string;
  };
  /**
   * Whether the resource complies with its effective tag policy (`true`/`false` as a string), on accounts with tag policies.
   */
  "tag-policy-compliant"?: string;
  /**
   * When this tag version was written, on newer events.
   */
  "version-timestamp"?: string;
}

/**
 * The POSIX identity used on an EFS file system (required when the server stores in EFS).
 */
export interface TransferPosixProfile {
  /**
   * POSIX user id.
   */
  Uid: number;
  /**
   * POSIX group id.
   */
  Gid: number;
  /**
   * Secondary POSIX group ids.
   */
  SecondaryGids?: number[];
}

/**
 * The `detail` of a `Trusted Advisor Check Item Refresh Notification` (https://docs.aws.amazon.com/awssupport/latest/user/cloudwatch-events-ta.html).
 */
export interface TrustedAdvisorCheckItemRefreshNotificationDetail {
  /**
   * Name of the check, such as `Exposed Access Keys`; taken as displayed, so it may end in a space (`Load Balancer Optimization `).
   */
  "check-name": string;
  /**
   * The check's columns for this item, keyed by column title (`Instance ID`, `Region/AZ`, `Estimated Monthly Savings`...). The columns depend on the check; a column without a value is `null`.
   */
  "check-item-detail": {
    [k: string]: string | null;
  };
  /**
   * The item's status: `OK`, `WARN` or `ERROR`.
   */
  status: string;
  /**
   * ARN of the flagged resource; an empty string when the item is not a resource (exposed access keys).
   */
  resource_id: string;
  /**
   * Identifier of this item refresh.
   */
  uuid: string;
}

/**
 * The caller's identity. Every field is conditional: the AWS IAM fields appear only when an auth policy is used and SigV4 authentication succeeds, the `x509*` fields only with IAM Roles Anywhere credentials, and `sourceVpcArn` only when the source VPC can be identified.
 */
export interface VpcLatticeIdentity {
  sourceVpcArn?: Arn;
  /**
   * `AWS_IAM` when an auth policy is used and AWS authentication succeeded.
   */
  type?: string;
  /**
   * The authenticated principal's ARN, such as an assumed-role session.
   */
  principal?: string;
  /**
   * The AWS Organizations id of the authenticated principal (spelled `principalOrgID` in the VPC Lattice guide).
   */
  principalOrgID?: string;
  /**
   * The name of the authenticated session.
   */
  sessionName?: string;
  /**
   * Roles Anywhere: the certificate issuer's OU.
   */
  x509IssuerOu?: string;
  /**
   * Roles Anywhere: the subject alternative name (DNS).
   */
  x509SanDns?: string;
  /**
   * Roles Anywhere: the alternative name (Name/CN).
   */
  x509SanNameCn?: string;
  /**
   * Roles Anywhere: the subject alternative name (URI).
   */
  x509SanUri?: string;
  /**
   * Roles Anywhere: the subject name (CN).
   */
  x509SubjectCn?: string;
}

/**
 * Where the request came from and which VPC Lattice resources routed it (event structure V2).
 */
export interface VpcLatticeRequestContext {
  serviceNetworkArn: Arn;
  serviceArn: Arn;
  targetGroupArn: Arn;
  identity: VpcLatticeIdentity;
  region: AwsRegion;
  /**
   * The request time in microseconds since the Unix epoch, as a decimal string (for example `1690497599177430`).
   */
  timeEpoch: string;
}

/**
 * A VPC Lattice Lambda target response. `statusCode`, `headers` and `isBase64Encoded` are required because the VPC Lattice guide says the response must include them.
 */
export interface VpcLatticeResponse {
  /**
   * True when `body` is base64-encoded binary; VPC Lattice decodes it before sending it to the client.
   */
  isBase64Encoded: boolean;
  /**
   * The HTTP status code to return to the client.
   */
  statusCode: number;
  /**
   * An optional status line text such as `200 OK`, as in ALB responses; the VPC Lattice guide's example does not use it.
   */
  statusDescription?: string;
  headers: HttpHeaders;
  /**
   * The response payload as a string; base64-encoded binary when `isBase64Encoded` is true. May be omitted.
   */
  body?: string;
}

/**
 * An email address as WorkMail writes it in the event.
 */
export interface WorkMailAddress {
  /**
   * The email address.
   */
  address: string;
}

/**
 * One action and the recipients it applies to: `recipients` is required unless `allRecipients` is `true`.
 */
export interface WorkMailMessageFlowAction {
  /**
   * What to do.
   */
  action: {
    /**
     * The action type. Inbound rules: `BOUNCE`, `DROP`, `DEFAULT` (deliver), `BYPASS_SPAM_CHECK`, `MOVE_TO_JUNK`; outbound rules: `BOUNCE`, `DROP`, `DEFAULT` (send). A closed set: WorkMail applies the fallback action to any other value.
     */
    type: "BOUNCE" | "DROP" | "DEFAULT" | "BYPASS_SPAM_CHECK" | "MOVE_TO_JUNK";
    /**
     * Action parameters; supported for `BOUNCE` only.
     */
    parameters?: {
      /**
       * Text of the bounce message sent back to the sender.
       */
      bounceMessage?: string;
      [k: string]: unknown;
    };
  };
  /**
   * Email addresses the action applies to. New recipients may be added (for inbound mail only from the organization; they are added as BCC).
   */
  recipients?: string[];
  /**
   * When `true`, the action applies to every recipient that no other action in the response names.
   */
  allRecipients?: boolean;
}

/**
 * Application Load Balancer request to a Lambda target.
 *
 * The event an Application Load Balancer passes when it forwards a request (or a health check, with user agent `ELB-HealthChecker/2.0`) to a target group of type `lambda`, invoked synchronously. With the target group attribute `lambda.multi_value_headers.enabled` off (the default) the event has `headers` and `queryStringParameters` (last value wins); with it on, `multiValueHeaders` and `multiValueQueryStringParameters` instead.
 *
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
export interface AlbRequestEvent<TBody = string> {
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
  body: TBody;
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
 * Alexa Skills Kit request.
 *
 * The request envelope Alexa sends, synchronously, to the Lambda function of a custom skill: `version`, the `session` (absent for requests outside a session, such as AudioPlayer events), the device `context` and the `request` itself, whose `type` says what happened (`LaunchRequest`, `IntentRequest`, `SessionEndedRequest`, `CanFulfillIntentRequest`, interface requests such as `AudioPlayer.PlaybackStarted` or `Alexa.Presentation.APL.UserEvent`, skill events). The function returns a response envelope (`alexa.skill.result`). Alexa's own reference is the Request and Response JSON Reference, https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html; AWS documents only the hosting side. Smart home skills receive directives instead (`alexa.smart-home`).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export interface AlexaSkillEvent {
  /**
   * The version of the request format, `1.0`.
   */
  version: string;
  session?: AlexaSkillSession;
  context?: AlexaSkillContext;
  request: AlexaSkillRequest;
}

/**
 * Alexa Skills Kit response.
 *
 * The response envelope a custom skill returns: `version`, the `sessionAttributes` to keep, and `response` with the speech, card, reprompt, directives and whether the session ends. Alexa rejects a response that does not fit (the session ends with a `SessionEndedRequest` of error type `INVALID_RESPONSE`), for example `SSML` output speech without `ssml`. The whole response must stay under 120 KB (speech text under 8000 characters). https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html#response-format
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export interface AlexaSkillResult {
  /**
   * The version of the response format, `1.0`.
   */
  version: string;
  /**
   * Attributes to keep for the session; Alexa sends them back in the next request's `session.attributes`.
   */
  sessionAttributes?: {
    [k: string]: unknown;
  };
  /**
   * What Alexa says and does. Every field is optional (an empty response ends an AudioPlayer request quietly).
   */
  response: {
    outputSpeech?: AlexaSkillOutputSpeech;
    /**
     * A card for the Alexa app: `Simple` (`title`, `content`), `Standard` (`title`, `text`, `image`), `LinkAccount` or `AskForPermissionsConsent` (`permissions`).
     */
    card?: {
      /**
       * `Simple`, `Standard`, `LinkAccount` or `AskForPermissionsConsent`.
       */
      type: "Simple" | "Standard" | "LinkAccount" | "AskForPermissionsConsent";
      /**
       * The card title (Simple, Standard).
       */
      title?: string;
      /**
       * The card text of a `Simple` card.
       */
      content?: string;
      /**
       * The card text of a `Standard` card.
       */
      text?: string;
      /**
       * Images of a `Standard` card (HTTPS URLs).
       */
      image?: {
        /**
         * 720x480 image URL.
         */
        smallImageUrl?: string;
        /**
         * 1200x800 image URL.
         */
        largeImageUrl?: string;
      };
      /**
       * With `AskForPermissionsConsent`: the permission scopes asked for.
       */
      permissions?: string[];
    };
    /**
     * What Alexa says when the user does not answer while the session stays open.
     */
    reprompt?: {
      outputSpeech?: AlexaSkillOutputSpeech;
      /**
       * Directives for the reprompt (APLA).
       */
      directives?: AlexaSkillDirective[];
    };
    /**
     * `true` ends the session after the response, `false` keeps it open for the user's answer; absent or `null` leaves it to the device (screen devices keep the session open with the microphone off). https://developer.amazon.com/en-US/docs/alexa/custom-skills/manage-skill-session-and-session-attributes.html
     */
    shouldEndSession?: boolean | null;
    /**
     * Directives for device interfaces (`AudioPlayer.Play`, `Dialog.Delegate`, `Dialog.ElicitSlot`, `Alexa.Presentation.APL.RenderDocument` ...).
     */
    directives?: AlexaSkillDirective[];
    /**
     * The answer to a `CanFulfillIntentRequest`: `canFulfill` (`YES`, `NO`, `MAYBE`) and per-slot answers.
     */
    canFulfillIntent?: {
      [k: string]: unknown;
    };
  };
  /**
   * Set by the Alexa Skills Kit SDKs; ignored by Alexa.
   */
  userAgent?: string;
}

/**
 * Alexa Smart Home directive.
 *
 * A directive Alexa sends, synchronously, to the Lambda function of a smart home skill (payload version 3): `directive.header` names the interface (`namespace`, such as `Alexa.Discovery`, `Alexa.PowerController`, `Alexa.BrightnessController`, `Alexa.ThermostatController`, `Alexa.Authorization`, or `Alexa` for `ReportState`) and the directive (`name`, such as `Discover`, `TurnOn`, `TurnOff`, `ReportState`, `AcceptGrant`); `endpoint` names the device (absent for discovery and authorization, which carry the user's token in `payload` instead). The function answers with an event (`alexa.smart-home.result`). Alexa's reference is the Smart Home message guide, https://developer.amazon.com/en-US/docs/alexa/device-apis/message-guide.html. The Lambda guide's Alexa page (the `docs` link) still shows a retired payload version 1 message (`header`/`payload` at the top level, namespace `Control`); the version 2 messages of SAM CLI's `alexa-smart-home` samples (namespace `Alexa.ConnectedHome.*`) were superseded by version 3, which Alexa requires for skills (v2-to-v3 migration guide, https://developer.amazon.com/en-US/docs/alexa/smarthome/smart-home-skill-migration-guide.html). Custom skills receive request envelopes instead (`alexa.skill`).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export interface AlexaSmartHomeEvent {
  /**
   * The directive: header, the target endpoint (when there is one) and the payload.
   */
  directive: {
    header: AlexaSmartHomeHeader;
    endpoint?: AlexaSmartHomeEndpoint;
    /**
     * The directive's parameters, defined by the interface (`{}` for `TurnOn`; `scope` for `Discover`; `brightness` for `SetBrightness` ...).
     */
    payload: {
      [k: string]: unknown;
    };
  };
}

/**
 * Alexa Smart Home response event.
 *
 * What a smart home skill returns to a directive (payload version 3): an `event` whose header names the response (`Response`, `Discover.Response`, `StateReport`, `AcceptGrant.Response`, `DeferredResponse` or `ErrorResponse` in the interface's namespace, with the directive's `correlationToken`), and for control and state directives a `context` with the endpoint's current `properties`. https://developer.amazon.com/en-US/docs/alexa/device-apis/message-guide.html
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export interface AlexaSmartHomeResult {
  /**
   * The response event.
   */
  event: {
    header: AlexaSmartHomeHeader;
    endpoint?: AlexaSmartHomeEndpoint;
    /**
     * The response's content: `{}` for a control `Response`, `endpoints` for `Discover.Response`, `type` and `message` for `ErrorResponse`.
     */
    payload: {
      [k: string]: unknown;
    };
  };
  /**
   * The endpoint's state after the directive, for `Response` and `StateReport`.
   */
  context?: {
    /**
     * The reported properties of the endpoint.
     */
    properties?: {
      /**
       * The interface of the property, such as `Alexa.PowerController`.
       */
      namespace: string;
      /**
       * The instance, for multi-instance interfaces.
       */
      instance?: string;
      /**
       * The property, such as `powerState`.
       */
      name: string;
      /**
       * The property's value, of the type the interface defines (`ON`, `75`, `{ "value": 21.5, "scale": "CELSIUS" }` ...).
       */
      value:
        | string
        | number
        | boolean
        | {
            [k: string]: unknown;
          }
        | unknown[];
      /**
       * When the value was read (ISO 8601).
       */
      timeOfSample: string;
      /**
       * How old the value may be, in milliseconds.
       */
      uncertaintyInMilliseconds: number;
    }[];
  };
}

/**
 * AWS Amplify GraphQL @function resolver event.
 *
 * The event a Lambda function gets from an Amplify GraphQL API field annotated with `@function`: Amplify generates an AppSync resolver whose request template sends `typeName`, `fieldName`, `arguments`, `identity`, `source`, `request` and `prev` from the resolver context (https://docs.amplify.aws/gen1/javascript/build-a-backend/graphqlapi/custom-business-logic/#structure-of-the-function-event; Amplify documentation is not on docs.aws.amazon.com). The function's return value becomes the field's value. The fields come from the AppSync resolver context described in the AppSync guide.
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html
 */
export interface AmplifyGraphQlResolverEvent {
  /**
   * The type that holds the field (`Query`, `Mutation` or an object type): where `@function` is used.
   */
  typeName: string;
  /**
   * The field being resolved.
   */
  fieldName: string;
  /**
   * The field's GraphQL arguments (`$ctx.arguments`).
   */
  arguments: {
    [k: string]: unknown;
  };
  identity: AppSyncIdentity;
  /**
   * The parent object when resolving a field of an object type; null for top-level fields.
   */
  source: {
    [k: string]: unknown;
  } | null;
  request: AppSyncRequest;
  /**
   * With Amplify's pipeline resolvers, the result of the previous function (`{ result }`); null otherwise.
   */
  prev: {
    [k: string]: unknown;
  } | null;
}

/**
 * API Gateway HTTP API Lambda authorizer input (payload 1.0).
 *
 * The event an HTTP API Lambda authorizer with `authorizerPayloadFormatVersion` `1.0` receives, invoked synchronously before the route's integration. It is the REST `REQUEST` authorizer input (`apigateway.request-authorizer`) plus `version: "1.0"`, `identitySource` and `authorizationToken`. The function returns an IAM policy (`apigateway.http-authorizer-v1.result`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 */
export interface ApiGatewayHttpAuthorizerV1Event {
  /**
   * The authorizer payload format version.
   */
  version: "1.0";
  /**
   * The authorizer type; HTTP API Lambda authorizers are always `REQUEST`.
   */
  type: "REQUEST";
  methodArn: Arn;
  /**
   * The values of the authorizer's identity sources, joined with commas (for example `user1,123`). Optional because identity sources are optional when caching is off.
   */
  identitySource?: string;
  /**
   * Same as `identitySource`, kept for REST `TOKEN` authorizer compatibility.
   */
  authorizationToken?: string;
  /**
   * The route path that matched.
   */
  resource: string;
  /**
   * The request path.
   */
  path: string;
  /**
   * The HTTP method of the request.
   */
  httpMethod: string;
  headers: HttpHeaders;
  multiValueHeaders?: HttpMultiValueHeaders;
  /**
   * Query string parameters, last value wins; `null` or absent when there are none, as in payload 1.0 proxy events.
   */
  queryStringParameters?: StringMap | null;
  /**
   * Every value of every query string parameter, when sent.
   */
  multiValueQueryStringParameters?: MultiValueStringMap | null;
  /**
   * Values of the route's path variables; the guide's example sends `{}`, payload 1.0 proxy events send `null` when there are none.
   */
  pathParameters?: StringMap | null;
  /**
   * The stage's stage variables; `null` when the stage defines none, as in payload 1.0 proxy events.
   */
  stageVariables?: StringMap | null;
  requestContext: ApiGatewayAuthorizerRequestContext;
}

/**
 * API Gateway HTTP API Lambda authorizer response (payload 1.0).
 *
 * What an HTTP API Lambda authorizer with payload format 1.0 must return: an IAM policy that allows or denies access to the route, with an optional `context`. A response in any other format makes API Gateway answer 500.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.v1
 */
export interface ApiGatewayHttpAuthorizerV1Result {
  /**
   * The identifier of the authenticated principal.
   */
  principalId: string;
  policyDocument: ApiGatewayAuthorizerPolicyDocument;
  context?: ApiGatewayHttpAuthorizerContext;
}

/**
 * API Gateway HTTP API Lambda authorizer input (payload 2.0).
 *
 * The event an HTTP API Lambda authorizer with `authorizerPayloadFormatVersion` `2.0` receives, invoked synchronously before the route's integration: the payload 2.0 request (`apigateway.http-proxy-v2` without `body`) plus `type`, `routeArn` and `identitySource`. The function returns a simple or IAM policy response (`apigateway.http-authorizer-v2.result`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 */
export interface ApiGatewayHttpAuthorizerV2Event {
  /**
   * The authorizer payload format version.
   */
  version: "2.0";
  /**
   * The authorizer type; HTTP API Lambda authorizers are always `REQUEST`.
   */
  type: "REQUEST";
  routeArn: Arn;
  /**
   * The values of the authorizer's identity sources, in order. `null` when the authorizer has no identity sources (allowed when caching is off): events captured from such an authorizer show `"identitySource": null` (aws-powertools/powertools-lambda-typescript#3483); the HTTP API guide's example shows the array.
   */
  identitySource?: string[] | null;
  /**
   * The route that matched, such as `GET /pets/{id}` or `$default`.
   */
  routeKey: string;
  /**
   * The request path as sent.
   */
  rawPath: string;
  /**
   * The query string as sent, without the leading `?`; an empty string when there is none.
   */
  rawQueryString: string;
  /**
   * The request's cookies, one `name=value` per item; absent when the request has no Cookie header.
   */
  cookies?: string[];
  headers: HttpHeaders;
  queryStringParameters?: StringMap;
  pathParameters?: StringMap;
  stageVariables?: StringMap;
  requestContext: ApiGatewayHttpV2RequestContext;
}

/**
 * API Gateway HTTP API Lambda proxy request (payload 1.0).
 *
 * The event an API Gateway HTTP API route with a Lambda integration using payload format version 1.0 passes to the function, invoked synchronously. It keeps the REST API proxy shape (`apigateway.rest-proxy`: `resource`, `httpMethod`, multi-value maps) for compatibility, adds `version: "1.0"`, and fills the REST-only context fields with placeholders (`resourceId` null, `stage` often `$default`). The function must return an `apigateway.http-proxy-v1.result`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export interface ApiGatewayHttpProxyV1Event<TBody = string | null> {
  /**
   * The payload format version.
   */
  version: "1.0";
  /**
   * The route path that matched (the route key without the method), such as `/my/path` or `/{proxy+}`.
   */
  resource: string;
  /**
   * The request path, such as `/my/path`. Unlike `rawPath` in payload 2.0 it includes a custom domain's API mapping.
   */
  path: string;
  /**
   * The HTTP method of the request (`GET`, `POST`, ...).
   */
  httpMethod: string;
  headers: HttpHeaders;
  multiValueHeaders: HttpMultiValueHeaders;
  /**
   * Query string parameters, last value wins for a repeated name. `null` when the URL has no query string, as in REST payloads.
   */
  queryStringParameters: StringMap | null;
  /**
   * Every value of every query string parameter. `null` when the URL has no query string.
   */
  multiValueQueryStringParameters: MultiValueStringMap | null;
  /**
   * Values of the route's path variables. The HTTP API guide's payload 1.0 example sends `null` when the route has none.
   */
  pathParameters: StringMap | null;
  /**
   * The stage's stage variables. The HTTP API guide's payload 1.0 example sends `null` when the stage defines none.
   */
  stageVariables: StringMap | null;
  requestContext: ApiGatewayHttpV1RequestContext;
  /**
   * The request payload as a string, base64-encoded when `isBase64Encoded` is true. `null` when the request has no body.
   */
  body: TBody;
  /**
   * True when `body` is base64-encoded (API Gateway encodes any payload it does not treat as text).
   */
  isBase64Encoded: boolean;
}

/**
 * API Gateway HTTP API Lambda response (payload 1.0).
 *
 * What a function behind an HTTP API integration with payload format version 1.0 must return: the REST Lambda proxy response (`statusCode`, `headers`, `multiValueHeaders`, `body`, `isBase64Encoded`). Unlike payload 2.0, API Gateway does not infer a response from other JSON values.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html#http-api-develop-integrations-lambda.v1
 */
export interface ApiGatewayHttpProxyV1Result {
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
 * API Gateway HTTP API Lambda proxy request (payload 2.0).
 *
 * The event an API Gateway HTTP API route with a Lambda integration using payload format version 2.0 passes to the function, invoked synchronously. Repeated headers and query parameters are joined with commas; there are no multi-value fields. Lambda function URLs (`lambda.function-url`) send the same shape from a `*.lambda-url.<region>.on.aws` domain.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export interface ApiGatewayHttpProxyV2Event<TBody = string> {
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
  body?: TBody;
  /**
   * True when `body` is base64-encoded (API Gateway encodes any payload it does not treat as text).
   */
  isBase64Encoded: boolean;
}

/**
 * API Gateway REST API Lambda REQUEST authorizer input.
 *
 * The event a REST API Lambda authorizer of type `REQUEST` receives, invoked synchronously before the method runs: the method ARN plus the request's headers, query string, path parameters, stage variables and part of the request context. The function returns an IAM policy (`apigateway.request-authorizer.result`). HTTP APIs send a similar event with `version` `1.0` (`apigateway.http-authorizer-v1`); WebSocket `$connect` authorizers get a WebSocket context (`apigateway.websocket-authorizer`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export interface ApiGatewayRequestAuthorizerEvent {
  /**
   * The authorizer type.
   */
  type: "REQUEST";
  methodArn: Arn;
  /**
   * The resource path template of the method, such as `/request` or `/pets/{id}`.
   */
  resource: string;
  /**
   * The request path.
   */
  path: string;
  /**
   * The HTTP method of the request.
   */
  httpMethod: string;
  /**
   * Request headers, last value wins. `null` when the request has none, as in REST proxy events.
   */
  headers: HttpHeaders | null;
  /**
   * Every value of every request header. Sent by current REST APIs; optional because the API Gateway guide's example leaves it out.
   */
  multiValueHeaders?: HttpMultiValueHeaders | null;
  /**
   * Query string parameters, last value wins; `null` when there are none, as in REST proxy events.
   */
  queryStringParameters: StringMap | null;
  /**
   * Every value of every query string parameter. Optional because the API Gateway guide's example leaves it out.
   */
  multiValueQueryStringParameters?: MultiValueStringMap | null;
  /**
   * Values of the resource's path variables; the guide's example sends `{}` for a resource without any, REST proxy events send `null`.
   */
  pathParameters: StringMap | null;
  /**
   * The stage's stage variables; `null` when the stage defines none, as in REST proxy events.
   */
  stageVariables: StringMap | null;
  requestContext: ApiGatewayAuthorizerRequestContext;
}

/**
 * API Gateway REST API Lambda REQUEST authorizer response.
 *
 * What a REST API Lambda `REQUEST` authorizer must return: the same IAM policy response as a `TOKEN` authorizer (`principalId`, `policyDocument`, optional `context` with string, number or boolean values, optional `usageIdentifierKey`).
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
export interface ApiGatewayRequestAuthorizerResult {
  /**
   * The identifier of the authenticated principal; the integration sees it as `requestContext.authorizer.principalId`.
   */
  principalId: string;
  policyDocument: ApiGatewayAuthorizerPolicyDocument;
  context?: ApiGatewayAuthorizerContext;
  /**
   * An API key of the stage's usage plan, required when the API's `apiKeySource` is `AUTHORIZER`; ignored otherwise.
   */
  usageIdentifierKey?: string;
}

/**
 * API Gateway REST API Lambda proxy request (payload 1.0).
 *
 * The event an API Gateway REST API method with a Lambda proxy (`AWS_PROXY`) integration passes to the function, invoked synchronously. The function must return an `apigateway.rest-proxy.result`. HTTP API payload format 1.0 (`apigateway.http-proxy-v1`) shares this shape but adds `version: "1.0"`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
export interface ApiGatewayRestProxyEvent<TBody = string | null> {
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
  body: TBody;
  /**
   * True when `body` is base64-encoded binary (the content type matched one of the API's binary media types). Current REST APIs always send it; optional here because the API Gateway guide's older example event omits it.
   */
  isBase64Encoded?: boolean;
}

/**
 * API Gateway REST API Lambda proxy response stream (metadata prelude).
 *
 * What a function behind a REST API Lambda proxy integration with response transfer mode `STREAM` writes (API Gateway invokes it with `InvokeWithResponseStream`). The output is a byte stream, not one JSON document: a JSON metadata prelude, then a delimiter of 8 null bytes (within the first 16 KB of the stream), then the raw response body bytes as the function writes them. This schema describes only the prelude; the body is not JSON and is not validated. Output that does not follow this format makes API Gateway answer 500. In Node.js, `awslambda.HttpResponseStream.from(responseStream, prelude)` writes the prelude and delimiter. See also https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode-lambda.html
 */
export interface ApiGatewayRestProxyStreamingResult {
  /**
   * The HTTP status code to return to the client.
   */
  statusCode?: number;
  headers?: HttpHeaders;
  multiValueHeaders?: HttpMultiValueHeaders;
  /**
   * Cookies to set; each item becomes one `set-cookie` response header.
   */
  cookies?: string[];
}

/**
 * API Gateway REST API Lambda proxy response.
 *
 * What a function behind a REST API Lambda proxy integration must return. Other shapes (a missing `statusCode`, a non-string `body`, an unexpected top-level key) make API Gateway answer 502 "Malformed Lambda proxy response". The registry types `statusCode` as the integer the guide documents, although REST APIs also accept a numeric string such as `"201"` (https://github.com/localstack/localstack/pull/11199).
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
 * API Gateway REST API Lambda TOKEN authorizer input.
 *
 * The event a Lambda authorizer of type `TOKEN` receives, invoked synchronously before the method runs: the caller's token, taken from the header configured as the authorizer's token source, and the ARN of the method being called. The function returns an IAM policy (`apigateway.token-authorizer.result`). `REQUEST` authorizers (`apigateway.request-authorizer`) get the whole request instead.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
export interface ApiGatewayTokenAuthorizerEvent {
  /**
   * The authorizer type.
   */
  type: "TOKEN";
  /**
   * The value of the token source header, as the client sent it (for example `Bearer <jwt>`). API Gateway answers 401 without calling the authorizer when the header is missing or fails the token validation expression.
   */
  authorizationToken: string;
  methodArn: Arn;
}

/**
 * API Gateway REST API Lambda authorizer response.
 *
 * What a REST API Lambda authorizer (`TOKEN` or `REQUEST`, also a WebSocket `$connect` authorizer) must return: the principal id and an IAM policy that allows or denies `execute-api:Invoke` on the method ARN, plus optional `context` and `usageIdentifierKey`. A response in any other shape makes API Gateway answer 500; to answer 401 instead, the function must fail with the error message `Unauthorized`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
export interface ApiGatewayTokenAuthorizerResult {
  /**
   * The identifier of the authenticated principal; the integration sees it as `requestContext.authorizer.principalId`.
   */
  principalId: string;
  policyDocument: ApiGatewayAuthorizerPolicyDocument;
  context?: ApiGatewayAuthorizerContext;
  /**
   * An API key of the stage's usage plan, required when the API's `apiKeySource` is `AUTHORIZER`; ignored otherwise.
   */
  usageIdentifierKey?: string;
}

/**
 * API Gateway WebSocket API route event.
 *
 * The event an API Gateway WebSocket API route with a Lambda proxy (`AWS_PROXY`) integration passes to the function, invoked synchronously: `$connect` when a client opens a connection (`eventType` `CONNECT`, with the upgrade request's headers and query string), `$disconnect` when it closes (`DISCONNECT`, with the close code and reason), and `$default` or a custom route for each message (`MESSAGE`, with the message in `body`). Use `requestContext.connectionId` with the `@connections` API to send messages back. The function returns an `apigateway.websocket.result`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integrations.html
 */
export interface ApiGatewayWebSocketEvent {
  headers?: HttpHeaders;
  multiValueHeaders?: HttpMultiValueHeaders;
  queryStringParameters?: StringMap;
  multiValueQueryStringParameters?: MultiValueStringMap;
  stageVariables?: StringMap;
  requestContext: ApiGatewayWebSocketRequestContext;
  /**
   * The message the client sent (`MESSAGE` events), base64-encoded when `isBase64Encoded` is true (binary frames). Absent on `CONNECT` and `DISCONNECT`.
   */
  body?: string;
  /**
   * True when `body` is base64-encoded binary. Sent on every route event, `false` when there is no body.
   */
  isBase64Encoded: boolean;
}

/**
 * API Gateway WebSocket API Lambda REQUEST authorizer input.
 *
 * The event a Lambda `REQUEST` authorizer on a WebSocket API's `$connect` route receives, invoked synchronously before the connection is established (authorizers can only be attached to `$connect`). It resembles the REST `REQUEST` authorizer input (`apigateway.request-authorizer`) but has no path parameters, its `methodArn` ends with `$connect` instead of a method and path, and `requestContext` holds the WebSocket context (`connectionId`, `eventType: CONNECT`). The function returns the same IAM policy response as a REST Lambda authorizer (the `apigateway.request-authorizer.result` shape); the registry has no separate result id for it.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
 */
export interface ApiGatewayWebSocketAuthorizerEvent {
  /**
   * The authorizer type; WebSocket APIs only support `REQUEST` Lambda authorizers.
   */
  type: "REQUEST";
  methodArn: Arn;
  headers: HttpHeaders;
  multiValueHeaders: HttpMultiValueHeaders;
  queryStringParameters?: StringMap;
  multiValueQueryStringParameters?: MultiValueStringMap;
  stageVariables?: StringMap;
  requestContext: ApiGatewayWebSocketRequestContext;
}

/**
 * API Gateway WebSocket API Lambda proxy response.
 *
 * What a function behind a WebSocket route's Lambda proxy integration returns, in the Lambda proxy response format. For `$connect`, a non-2xx `statusCode` rejects the connection. For other routes the response reaches the client (as a message, `body`) only when the route has a route response (two-way route); otherwise API Gateway ignores it.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html
 */
export interface ApiGatewayWebSocketResult {
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
 * AWS AppSync Lambda authorizer event.
 *
 * The event an AWS_LAMBDA authorizer of an AppSync GraphQL API receives before a request runs: the Authorization header's value and the GraphQL request. The function answers with `appsync.authorizer.result`. https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 */
export interface AppSyncAuthorizerEvent {
  /**
   * The value of the request's Authorization header. AppSync does not call the function when the token fails the authorizer's validation regex.
   */
  authorizationToken: string;
  /**
   * The GraphQL request being authorized.
   */
  requestContext: {
    /**
     * The AppSync API id.
     */
    apiId: string;
    /**
     * The account that owns the API.
     */
    accountId: string;
    /**
     * The request id (a UUID).
     */
    requestId: string;
    /**
     * The GraphQL document sent, as text.
     */
    queryString: string;
    /**
     * The name of the operation to run, when the request names one.
     */
    operationName?: string;
    /**
     * The GraphQL variables.
     */
    variables: {
      [k: string]: unknown;
    };
  };
  /**
   * The request's headers (names in lower case). AppSync began forwarding application request headers to Lambda authorizers in April 2024, so older events (and the aws-lambda-go sample) do not have it.
   */
  requestHeaders?: {
    [k: string]: string;
  };
}

/**
 * AWS AppSync Lambda authorizer response.
 *
 * What an AppSync Lambda authorizer returns. `isAuthorized` is required; AppSync rejects the request when it is false or the response is malformed. https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 *
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 */
export interface AppSyncAuthorizerResult {
  /**
   * Whether the request may run.
   */
  isAuthorized: boolean;
  /**
   * Data handed to resolvers as `identity.resolverContext` (a JSON object; the whole response is limited to 5 MB).
   */
  resolverContext?: {
    [k: string]: unknown;
  };
  /**
   * Fields whose resolvers must not run and which resolve to null (with an error), each as a full field ARN (`arn:aws:appsync:<region>:<account>:apis/<api-id>/types/<type>/fields/<field>`) or the short form `<Type>.<field>`.
   */
  deniedFields?: string[];
  /**
   * Seconds to cache this response instead of the authorizer's configured TTL; 0 disables caching for this token.
   */
  ttlOverride?: number;
}

/**
 * AWS AppSync Events API Lambda handler event.
 *
 * The context an AppSync Events API channel namespace sends to a Lambda function configured as a direct (`DIRECT` behaviour) onPublish or onSubscribe handler: the operation and channel in `info`, the caller's identity, the request, and for PUBLISH the published events. With the REQUEST_RESPONSE invoke type the function answers with `appsync.events.result`; with EVENT it is invoked asynchronously and its answer is ignored. https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 *
 * @see https://docs.aws.amazon.com/appsync/latest/eventapi/direct-lambda-integrations.html
 */
export interface AppSyncEventsEvent {
  identity?: AppSyncIdentity;
  request: AppSyncRequest;
  /**
   * The operation and the channel it addresses. https://docs.aws.amazon.com/appsync/latest/eventapi/context-reference.html
   */
  info: {
    /**
     * The channel published or subscribed to.
     */
    channel: {
      /**
       * The channel path, starting with the namespace (`/default/foo`).
       */
      path: string;
      /**
       * The path's segments (`["default", "foo"]`).
       */
      segments: string[];
    };
    /**
     * The channel namespace whose handler runs.
     */
    channelNamespace: {
      /**
       * The namespace name.
       */
      name: string;
    };
    /**
     * `PUBLISH` (events were published) or `SUBSCRIBE` (a client subscribes).
     */
    operation: "PUBLISH" | "SUBSCRIBE";
  };
  /**
   * The published events (PUBLISH); null or absent for SUBSCRIBE.
   */
  events?:
    | {
        /**
         * The event id AppSync assigned; return it with the event (or with an error) in the result.
         */
        id: string;
        /**
         * The event as published (any JSON value).
         */
        payload: unknown;
      }[]
    | null;
  /**
   * The handler's stash (an empty object unless set).
   */
  stash?: {
    [k: string]: unknown;
  };
}

/**
 * Amazon EC2 Auto Scaling custom termination policy request.
 *
 * What Amazon EC2 Auto Scaling sends a Lambda custom termination policy before it terminates instances (scale in, instance refresh, maximum instance lifetime, Availability Zone rebalancing): the capacity it needs to terminate per Availability Zone and market, the instances it suggests, and the cause. It waits (at most 2 seconds) for the instances the function declares ready to terminate (`autoscaling.custom-termination-policy.result`). https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html
 */
export interface AutoScalingCustomTerminationPolicyEvent {
  AutoScalingGroupARN: Arn;
  /**
   * Name of the Auto Scaling group.
   */
  AutoScalingGroupName: string;
  /**
   * How much Spot or On-Demand capacity is to be terminated in each Availability Zone.
   */
  CapacityToTerminate: AutoScalingCapacityToTerminate[];
  /**
   * The instances Auto Scaling suggests terminating (at most 30,000).
   */
  Instances: AutoScalingTerminationCandidate[];
  /**
   * What triggered the termination: `SCALE_IN`, `INSTANCE_REFRESH`, `MAX_INSTANCE_LIFETIME` or `REBALANCE` (a plain string: Auto Scaling may add causes).
   */
  Cause: string;
  /**
   * true when more than 30,000 instances could be terminated and `Instances` holds only the first 30,000; absent otherwise.
   */
  HasMoreInstances?: boolean;
}

/**
 * Amazon EC2 Auto Scaling custom termination policy response.
 *
 * What a Lambda custom termination policy returns: the ids of the instances ready to terminate, from the suggested ones or others of the group. Returning an instance does not guarantee its termination; returning none (or timing out) makes Auto Scaling invoke the function again a little later. https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html
 */
export interface AutoScalingCustomTerminationPolicyResult {
  /**
   * Ids of the instances ready to terminate (spelled `InstanceIDs`, capital `IDs`); may be empty when none is ready.
   */
  InstanceIDs: string[];
}

/**
 * Amazon Bedrock agent action group invocation (OpenAPI schema).
 *
 * What an Amazon Bedrock agent sends the Lambda function of an action group defined with an OpenAPI schema, once it has decided to call one of the schema's operations: the operation (`apiPath`, `httpMethod`), its path/query/header `parameters` and `requestBody` as elicited from the user, the user's `inputText`, and the session attributes. The agent waits for the answer (`bedrock.agent-action.result`), which must echo `actionGroup`, `apiPath` and `httpMethod`. An action group defined with function details sends `bedrock.agent-function` instead (`function` in place of `apiPath`/`httpMethod`).
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export interface BedrockAgentActionEvent {
  messageVersion: BedrockAgentMessageVersion;
  agent: BedrockAgentInfo;
  /**
   * The user's input for this conversation turn.
   */
  inputText: string;
  /**
   * Id of the agent session.
   */
  sessionId: string;
  /**
   * Name of the action group; echo it in the response.
   */
  actionGroup: string;
  /**
   * Path of the API operation the agent calls, as written in the OpenAPI schema (e.g. `/claims/{claimId}`); echo it in the response.
   */
  apiPath: string;
  /**
   * Method of the API operation (`GET`, `POST`, ...); echo it in the response.
   */
  httpMethod: string;
  /**
   * The operation's path, query and header parameters the agent elicited, each with its OpenAPI type. Absent when the operation has none.
   */
  parameters?: BedrockAgentParameter[];
  requestBody?: BedrockAgentRequestBody;
  sessionAttributes?: BedrockAgentSessionAttributes;
  promptSessionAttributes?: BedrockAgentPromptSessionAttributes;
}

/**
 * Amazon Bedrock agent action group response (OpenAPI schema).
 *
 * What the Lambda function of an OpenAPI-schema action group returns to the Bedrock agent: `messageVersion` `1.0` and a `response` that echoes `actionGroup`, `apiPath` and `httpMethod` and carries the result in `responseBody` (content type to `{ "body": string }`), optionally with new session attributes and knowledge base settings. A response in another shape makes the agent fail the turn (a `DependencyFailedException`).
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export interface BedrockAgentActionResult {
  messageVersion: BedrockAgentMessageVersion;
  response: BedrockAgentApiResponse;
  sessionAttributes?: BedrockAgentSessionAttributes;
  promptSessionAttributes?: BedrockAgentPromptSessionAttributes;
  /**
   * Retrieval settings for the agent's knowledge bases for the rest of the turn.
   */
  knowledgeBasesConfiguration?: BedrockAgentKnowledgeBaseConfiguration[];
}

/**
 * Amazon Bedrock agent action group invocation (function details).
 *
 * What an Amazon Bedrock agent sends the Lambda function of an action group defined with function details (not an OpenAPI schema), once it has decided to call one of the group's functions: the `function` name and the `parameters` it elicited from the user, the user's `inputText`, and the session attributes. The agent waits for the answer (`bedrock.agent-function.result`), which must echo `actionGroup` and `function`. An action group defined with an OpenAPI schema sends `bedrock.agent-action` instead (`apiPath`/`httpMethod` in place of `function`).
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export interface BedrockAgentFunctionEvent {
  messageVersion: BedrockAgentMessageVersion;
  agent: BedrockAgentInfo;
  /**
   * The user's input for this conversation turn.
   */
  inputText: string;
  /**
   * Id of the agent session.
   */
  sessionId: string;
  /**
   * Name of the action group; echo it in the response.
   */
  actionGroup: string;
  /**
   * Name of the function the agent calls, as defined in the action group; echo it in the response.
   */
  function: string;
  /**
   * The function's parameters the agent elicited, each with its declared type. Absent when the function has none.
   */
  parameters?: BedrockAgentParameter[];
  sessionAttributes?: BedrockAgentSessionAttributes;
  promptSessionAttributes?: BedrockAgentPromptSessionAttributes;
}

/**
 * Amazon Bedrock agent action group response (function details).
 *
 * What the Lambda function of a function-details action group returns to the Bedrock agent: `messageVersion` `1.0` and a `response` that echoes `actionGroup` and `function` and carries the result in `functionResponse.responseBody` (`TEXT` to `{ "body": string }`), optionally with a `responseState` of `FAILURE` or `REPROMPT`, new session attributes and knowledge base settings. Not the OpenAPI form: no `apiPath`, `httpMethod` or `httpStatusCode`.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export interface BedrockAgentFunctionResult {
  messageVersion: BedrockAgentMessageVersion;
  response: BedrockAgentFunctionResponseBlock;
  sessionAttributes?: BedrockAgentSessionAttributes;
  promptSessionAttributes?: BedrockAgentPromptSessionAttributes;
  /**
   * Retrieval settings for the agent's knowledge bases for the rest of the turn.
   */
  knowledgeBasesConfiguration?: BedrockAgentKnowledgeBaseConfiguration[];
}

/**
 * CDK Provider framework isComplete response.
 *
 * What a CDK Provider framework `isComplete` function returns: `IsComplete` (required) says whether the operation has finished. When `true`, the framework submits `SUCCESS` to CloudFormation with `Data` merged into the attributes `onEvent` returned; when `false`, it polls again later, and `Data` must then be absent or empty (the framework fails the operation otherwise: framework.ts, `"Data" is not allowed if "IsComplete" is "False"`). Throwing submits `FAILED`. https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html#asynchronous-providers-iscomplete
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export interface CdkProviderIsCompleteResult {
  /**
   * Whether the lifecycle operation has finished.
   */
  IsComplete: boolean;
  /**
   * Additional resource attributes, merged with those `onEvent` returned; may only be sent when `IsComplete` is `true`.
   */
  Data?: {
    [k: string]: unknown;
  };
}

/**
 * Amazon Chime chat bot event.
 *
 * An event Amazon Chime sends to a chat bot whose events configuration names a Lambda function (PutEventsConfiguration `LambdaFunctionArn`): `Invite` when the bot is added to a chat room, `Mention` when a user @mentions it (with the `Message`), `Remove` when it is removed. The bot replies by posting to `InboundHttpsEndpoint.Url`, not through its return value, so the invocation is modelled as asynchronous; that is unverified (AWS does not document the invocation type). AWS ended support for the Amazon Chime service on 20 February 2026 (the Amazon Chime SDK is not affected), so no new events are expected. https://docs.aws.amazon.com/chime/latest/ag/events-bots.html
 *
 * @see https://docs.aws.amazon.com/chime/latest/ag/events-bots.html
 */
export interface ChimeBotEvent {
  /**
   * Who caused the event.
   */
  Sender: {
    /**
     * The user's id, an email address with `EmailId`.
     */
    SenderId: string;
    /**
     * The kind of id, `EmailId`.
     */
    SenderIdType: string;
  };
  /**
   * The chat room (or conversation) of the event.
   */
  Discussion: {
    /**
     * The chat room's id.
     */
    DiscussionId: string;
    /**
     * `Room` (or `Conversation`).
     */
    DiscussionType: string;
  };
  /**
   * `Invite`, `Mention` or `Remove`.
   */
  EventType: "Invite" | "Mention" | "Remove";
  /**
   * Where the bot posts its messages to the room: `Persistent` with `Invite` (keep it while the bot is in the room), `ShortLived` with `Mention`. Optional: the guide's examples show it with `Invite` and `Mention`; whether `Remove` carries one is not documented.
   */
  InboundHttpsEndpoint?: {
    /**
     * `Persistent` or `ShortLived`.
     */
    EndpointType: string;
    /**
     * The incoming webhook URL, with its token.
     */
    Url: string;
  };
  EventTimestamp: IsoTimestamp;
  /**
   * With `Mention`: the message that mentioned the bot, starting with the @mention.
   */
  Message?: string;
}

/**
 * AWS Client VPN client connect handler request.
 *
 * The device, user and connection attributes AWS Client VPN passes to the client connect handler (a function named `AWSClientVPN-*`) when a device connects, after authentication and before the authorization rules are evaluated. Client VPN invokes the function synchronously (30-second timeout, not configurable) and denies the connection unless the response is a valid `clientvpn.connection-handler.result` that allows it. Values the service does not know are sent as empty strings (the guide: `username` and `groups` are empty for mutual authentication; `platform-version` is filled only when the client pushes peer info). https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
 *
 * @see https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
 */
export interface ClientVpnConnectionHandlerEvent {
  /**
   * The ID of the client connection to the Client VPN endpoint (`cvpn-connection-…`).
   */
  "connection-id": string;
  /**
   * The ID of the Client VPN endpoint (`cvpn-endpoint-…`).
   */
  "endpoint-id": string;
  /**
   * The device identifier: the common name of the client certificate created for the device. Empty when the service has none.
   */
  "common-name": string;
  /**
   * The user identifier: the user name for Active Directory authentication, the SAML `NameID` for federated authentication; empty for mutual (certificate) authentication.
   */
  username: string;
  /**
   * The client operating system platform (may be empty).
   */
  platform: string;
  /**
   * The operating system version; filled only when the OpenVPN client configuration has `--push-peer-info` and the client runs on Windows, empty otherwise.
   */
  "platform-version": string;
  /**
   * The public IP address of the connecting device.
   */
  "public-ip": string;
  /**
   * The OpenVPN version the client uses (may be empty).
   */
  "client-openvpn-version": string;
  /**
   * The user's groups, added in schema version `v2`: the Active Directory groups for Active Directory authentication, the identity provider's groups for SAML federated authentication, empty for mutual authentication. The guide calls it a list but shows no example of its encoding, so a string or a list of strings is accepted. Absent from `v1` requests (as in the aws-lambda-go sample), hence optional.
   */
  groups?: string | string[];
  /**
   * The request schema version: `v1` (the original fields) or `v2` (adds `groups`), the current default. Open: Client VPN may add versions.
   */
  "schema-version": string;
}

/**
 * AWS Client VPN client connect handler response.
 *
 * What a Client VPN client connect handler returns: whether to allow the connection, the message shown to a denied client, the device's posture compliance statuses and the schema version. The guide marks all four fields required; a response that is not in this format makes Client VPN deny the connection (`client-connect-handler-invalid-response` in the connection log). The denial message field was renamed with schema version `v2`: `error-msg-on-failed-posture-compliance` (v1) became `error-msg-on-denied-connection` (v2); one of them must be present. https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
 *
 * @see https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
 */
export interface ClientVpnConnectionHandlerResult {
  /**
   * `true` to allow the new connection, `false` to deny it.
   */
  allow: boolean;
  /**
   * Schema version `v2`: up to 255 characters of steps and guidance shown to the client when the function denies the connection (may be empty when it allows it). When the function itself fails, clients see `Error establishing connection. Please contact your administrator.`
   */
  "error-msg-on-denied-connection"?: string;
  /**
   * Schema version `v1` name of `error-msg-on-denied-connection`: up to 255 characters shown to the client when the connection is denied.
   */
  "error-msg-on-failed-posture-compliance"?: string;
  /**
   * The connecting device's posture compliance statuses, names you define (such as `compliant`, `quarantined`, `unknown`): up to 10, each up to 255 characters. Required even when unused: send `[]`. Client VPN logs them in the connection log.
   *
   * @maxItems 10
   */
  "posture-compliance-statuses": string[];
  /**
   * The response schema version, `v1` or `v2` (the current default).
   */
  "schema-version": string;
}

/**
 * CloudFormation custom resource request in an SNS notification.
 *
 * An SNS event for a function subscribed to the topic that an SNS-backed custom resource names as its `ServiceToken`: the record's `Sns.Message` is the custom resource request JSON (`RequestType`, `ResponseURL`, `StackId`, ...) as a string. The function must PUT its response to the request's `ResponseURL`; SNS invokes asynchronously and ignores the return value.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 */
export interface CloudFormationCustomResourceInSnsEvent {
  /**
   * One SNS record whose `Sns.Message` is a `CloudFormationCustomResourceRequest` JSON document (the same request a function named directly as `ServiceToken` receives as its event, `cloudformation.custom-resource`).
   *
   * @minItems 1
   */
  Records: SnsEventRecord[];
}

/**
 * CloudFormation custom resource response.
 *
 * The response document a custom resource provider PUTs (as JSON) to the request's presigned `ResponseURL`; it is not the function's return value, which CloudFormation ignores. `Status` says whether the operation succeeded; `StackId`, `RequestId` and `LogicalResourceId` are copied verbatim from the request; `PhysicalResourceId` names the resource and must stay the same for every response about it (a new one on `Update` replaces the resource). https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export interface CloudFormationCustomResourceResult {
  /**
   * `SUCCESS` or `FAILED` (the response reference: must be one of the two).
   */
  Status: "SUCCESS" | "FAILED";
  /**
   * Why the operation failed; required when `Status` is `FAILED`, optional otherwise. CloudFormation shows it in the stack events.
   */
  Reason?: string;
  /**
   * The provider's identifier for the resource: a non-empty string of up to 1 KB, identical in every response for the same resource. Copy it from an `Update` or `Delete` request unless the resource is replaced.
   */
  PhysicalResourceId: string;
  /**
   * The stack ARN, copied verbatim from the request.
   */
  StackId: string;
  /**
   * The request's unique id, copied verbatim from the request.
   */
  RequestId: string;
  /**
   * The resource's logical id in the template, copied verbatim from the request.
   */
  LogicalResourceId: string;
  /**
   * When `true`, `Fn::GetAtt` on the resource returns its `Data` values masked with asterisks. Defaults to `false`.
   */
  NoEcho?: boolean;
  /**
   * Provider-defined name-value pairs the template reads with `Fn::GetAtt`. Set `NoEcho` when they are sensitive: otherwise APIs such as `DescribeStackEvents` show them.
   */
  Data?: {
    [k: string]: unknown;
  };
}

/**
 * Lambda@Edge origin request event.
 *
 * The requested object is not in the edge cache and CloudFront is about to forward the request to the origin; `request.origin` names that origin and the function may change it (custom or S3). The function returns the request to forward, or generates a response that CloudFront returns and caches (`cloudfront.origin-request.result`). CloudFront-Viewer-Country and the CloudFront-Is-*-Viewer headers are only available to origin request triggers. Lambda@Edge invokes the function synchronously with exactly one record; the first condition of detection, `config.eventType`, names the trigger. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export interface CloudFrontOriginRequestEvent {
  /**
   * One record (Lambda@Edge sends one request or response per invocation).
   *
   * @minItems 1
   */
  Records: CloudFrontOriginRequestRecord[];
}

/**
 * Lambda@Edge origin response event.
 *
 * CloudFront received a response from the origin and has not yet cached it. The event carries the request forwarded to the origin (with `origin`) and the origin's response; the function returns the response to cache and send (`cloudfront.origin-response.result`). Changes to the request are ignored. Lambda@Edge invokes the function synchronously with exactly one record; the first condition of detection, `config.eventType`, names the trigger. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export interface CloudFrontOriginResponseEvent {
  /**
   * One record (Lambda@Edge sends one request or response per invocation).
   *
   * @minItems 1
   */
  Records: CloudFrontOriginResponseRecord[];
}

/**
 * Lambda@Edge viewer request event.
 *
 * CloudFront received a request from a viewer and has not yet checked its cache. The function may return the request (changed or not) for CloudFront to go on with, or generate a response that CloudFront returns to the viewer without caching it (`cloudfront.viewer-request.result`). Lambda@Edge invokes the function synchronously with exactly one record; the first condition of detection, `config.eventType`, names the trigger. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export interface CloudFrontViewerRequestEvent {
  /**
   * One record (Lambda@Edge sends one request or response per invocation).
   *
   * @minItems 1
   */
  Records: CloudFrontViewerRequestRecord[];
}

/**
 * Lambda@Edge viewer response event.
 *
 * CloudFront is about to return a response to the viewer (whether it came from the cache or the origin). The event carries the viewer request and that response; the function returns the response to send (`cloudfront.viewer-response.result`). Changes to the request are ignored. Lambda@Edge invokes the function synchronously with exactly one record; the first condition of detection, `config.eventType`, names the trigger. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export interface CloudFrontViewerResponseEvent {
  /**
   * One record (Lambda@Edge sends one request or response per invocation).
   *
   * @minItems 1
   */
  Records: CloudFrontViewerResponseRecord[];
}

/**
 * Amazon CloudWatch alarm Lambda action.
 *
 * The event a CloudWatch metric or composite alarm sends when it invokes a Lambda function directly as an alarm action (not through SNS or EventBridge): the alarm ARN, its new and previous state and its configuration. CloudWatch invokes the function asynchronously, once per state change. Unlike EventBridge events it has `source` but no `detail-type`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-actions-Lambda.html
 */
export interface CloudWatchAlarmEvent {
  source: "aws.cloudwatch";
  alarmArn: Arn;
  accountId: AwsAccountId;
  time: CloudWatchAlarmTimestamp;
  region: AwsRegion;
  alarmData: CloudWatchAlarmData;
}

/**
 * CloudWatch alarm notification in an SNS message.
 *
 * The JSON document a CloudWatch alarm publishes to an SNS topic when it changes state; a function subscribed to the topic receives it as the string `Records[0].Sns.Message` of an `sns.notification` event and must JSON.parse it. Field names are PascalCase, unlike the direct Lambda alarm action (`cloudwatch.alarm`).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
 */
export interface CloudWatchAlarmSnsMessageEvent {
  AlarmName: string;
  /**
   * The alarm description; CloudWatch sends `null` when the alarm has none.
   */
  AlarmDescription?: string | null;
  AWSAccountId: AwsAccountId;
  AlarmConfigurationUpdatedTimestamp?: CloudWatchAlarmTimestamp;
  NewStateValue: CloudWatchAlarmStateValue;
  /**
   * Human-readable explanation of the new state.
   */
  NewStateReason: string;
  StateChangeTime: CloudWatchAlarmTimestamp;
  /**
   * The Region's display name, for example `US East (N. Virginia)` — not a Region code, so it is not pattern-checked.
   */
  Region: string;
  AlarmArn: Arn;
  OldStateValue: CloudWatchAlarmStateValue;
  /**
   * ARNs of the alarm's OK actions (empty when none). Sent by current CloudWatch; optional because older notifications omit the action lists.
   */
  OKActions?: string[];
  /**
   * ARNs of the alarm's ALARM actions (empty when none); optional for the same reason as `OKActions`.
   */
  AlarmActions?: string[];
  /**
   * ARNs of the alarm's INSUFFICIENT_DATA actions (empty when none); optional for the same reason as `OKActions`.
   */
  InsufficientDataActions?: string[];
  Trigger?: CloudWatchAlarmSnsTrigger;
  /**
   * Composite alarms: the rule expression over other alarms.
   */
  AlarmRule?: string;
}

/**
 * CloudWatch dashboard custom widget request.
 *
 * What a CloudWatch dashboard custom widget passes to its Lambda function each time it renders: the widget's own parameters (as top-level keys, chosen by the widget's author) and `widgetContext`, the dashboard's state (time range, period, theme, size, form values). The dashboard invokes the function synchronously and displays what it returns (`cloudwatch.dashboard-custom-widget.result`). When the console's Get documentation button calls the function with `describe: true`, the function should return its documentation as Markdown and do nothing else; the guide does not say that such a call carries `widgetContext`, so `widgetContext` is required only when `describe` is not `true`. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html
 */
export interface CloudWatchDashboardCustomWidgetEvent {
  /**
   * `true` when the console asks the function for its documentation (Get documentation): return Markdown, ideally with the parameters in the first ```` ``` yaml ```` block, which the console copies into the widget's parameters.
   */
  describe?: boolean;
  widgetContext?: CloudWatchDashboardWidgetContext;
  [k: string]: unknown;
}

/**
 * Amazon CloudWatch Logs subscription event.
 *
 * The event a CloudWatch Logs subscription filter sends to the function: a single `awslogs.data` string holding a base64-encoded, gzip-compressed JSON document (the `cloudwatch.logs-data` payload) with the log events that matched the filter. CloudWatch Logs invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html
 */
export interface CloudWatchLogsEvent {
  awslogs: CloudWatchLogsRawData;
}

/**
 * Decoded CloudWatch Logs subscription data.
 *
 * The JSON document inside a CloudWatch Logs subscription delivery once it is base64-decoded and gunzipped: the log group and stream, the subscription filters that matched and the log events. The same document is carried by Lambda (`awslogs.data`), Kinesis Data Streams records and Amazon Data Firehose records. `CONTROL_MESSAGE` documents only check that the destination is reachable.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export interface CloudWatchLogsDataEvent {
  /**
   * `DATA_MESSAGE` for log data; `CONTROL_MESSAGE` for the health checks CloudWatch Logs sends to test that the destination is reachable.
   */
  messageType: "DATA_MESSAGE" | "CONTROL_MESSAGE";
  /**
   * The 12-digit account id that owns the log data. Not constrained to an account id because control messages carry the literal `CloudwatchLogs` here.
   */
  owner: string;
  /**
   * Name of the originating log group; an empty string in control messages.
   */
  logGroup: string;
  /**
   * Name of the originating log stream; an empty string in control messages.
   */
  logStream: string;
  /**
   * Names of the subscription filters that matched the log data; empty in control messages.
   */
  subscriptionFilters: string[];
  /**
   * The log events, oldest first.
   */
  logEvents: CloudWatchLogsLogEvent[];
  /**
   * Which kind of subscription filter policy delivered the data, for example `LOG_GROUP_LEVEL_POLICY` or `ACCOUNT_LEVEL_POLICY`. Added with account-level subscription filters, so older deliveries omit it.
   */
  policyLevel?: string;
}

/**
 * CloudWatch Logs data in a Firehose transformation batch.
 *
 * A Firehose data transformation invocation for a Firehose stream that is the destination of a CloudWatch Logs subscription filter: each record's `data` is base64 of the gzip-compressed CloudWatch Logs payload (`messageType`, `logGroup`, `logEvents`, ...). Besides `DATA_MESSAGE` payloads, CloudWatch Logs sends `CONTROL_MESSAGE` health checks that the function should drop. The function answers with the Firehose transformation response (`firehose.transformation.result`).
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export interface CloudWatchLogsDataInFirehoseEvent<TData = Base64String> {
  /**
   * Id of this invocation (a UUID).
   */
  invocationId: string;
  deliveryStreamArn: Arn;
  sourceKinesisStreamArn?: Arn;
  region: AwsRegion;
  /**
   * @minItems 1
   */
  records: FirehoseTransformationRecord<TData>[];
}

/**
 * CloudWatch Logs data in a Kinesis batch.
 *
 * A Kinesis Data Streams batch from a stream that is the destination of a CloudWatch Logs subscription filter: each record's `kinesis.data` is base64 of the gzip-compressed CloudWatch Logs payload (`messageType`, `logGroup`, `logEvents`, ...). Besides `DATA_MESSAGE` payloads, CloudWatch Logs writes `CONTROL_MESSAGE` health checks that the function should skip. The batch takes the Kinesis partial batch response.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export interface CloudWatchLogsDataInKinesisEvent {
  /**
   * Kinesis records whose `kinesis.data` is gzip-compressed CloudWatch Logs data.
   *
   * @minItems 1
   */
  Records: KinesisStreamRecord[];
}

/**
 * AWS CodeCommit repository trigger.
 *
 * The event a CodeCommit repository trigger sends to the function when references change (pushes, branch or tag creation and deletion), or when the trigger is tested from the console. CodeCommit invokes the function asynchronously.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-codecommit.html
 */
export interface CodeCommitTriggerEvent {
  /**
   * @minItems 1
   */
  Records: CodeCommitRecord[];
}

/**
 * CodeDeploy lifecycle event hook invocation.
 *
 * What CodeDeploy passes to a Lambda validation function named in the AppSpec `hooks` section of an AWS Lambda deployment (`BeforeAllowTraffic`, `AfterAllowTraffic`) or an Amazon ECS deployment (`BeforeInstall`, `AfterInstall`, `AfterAllowTestTraffic`, `BeforeAllowTraffic`, `AfterAllowTraffic`): the deployment id and the hook execution id. CodeDeploy ignores the function's return value: the function reports `Succeeded` or `Failed` by calling `PutLifecycleEventHookExecutionStatus` with both ids, and the deployment fails if it is not notified within one hour. The guide does not say whether CodeDeploy invokes the function synchronously or asynchronously (both are listed). https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
 *
 * @see https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
 */
export interface CodeDeployLifecycleHookEvent {
  /**
   * The deployment's unique id (`d-` and nine characters); pass it as `deploymentId` to `PutLifecycleEventHookExecutionStatus`. The guide's sample hook function reads it from the event.
   */
  DeploymentId: string;
  /**
   * The execution id of this lifecycle hook; pass it as `lifecycleEventHookExecutionId` to `PutLifecycleEventHookExecutionStatus`. The guide's sample hook function reads it from the event.
   */
  LifecycleEventHookExecutionId: string;
}

/**
 * AWS CodePipeline Lambda invoke action job.
 *
 * The event a CodePipeline `Invoke` action with provider `Lambda` sends to the function: the job id, the action configuration, the input and output artifact locations and temporary credentials for the artifact bucket. CodePipeline invokes the function asynchronously; the function must report the outcome with PutJobSuccessResult or PutJobFailureResult (its return value is ignored). Do not log the event: it contains credentials.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export interface CodePipelineJobEvent {
  "CodePipeline.job": CodePipelineJob;
}

/**
 * Cognito custom authentication: create auth challenge trigger.
 *
 * Invoked after the define auth challenge trigger chose a custom challenge, to create it. Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export interface CognitoCreateAuthChallengeEvent {
  version: CognitoTriggerVersion;
  /**
   * Always `CreateAuthChallenge_Authentication`.
   */
  triggerSource: "CreateAuthChallenge_Authentication";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    userAttributes: CognitoUserAttributes;
    /**
     * The challenge to create, as the define auth challenge trigger named it (typically `CUSTOM_CHALLENGE`).
     */
    challengeName: string;
    /**
     * The challenges presented so far in this authentication, `session[0]` first.
     */
    session: CognitoChallengeResult[];
    clientMetadata?: CognitoClientMetadata;
    /**
     * Present only when the app client has `PreventUserExistenceErrors` set to `ENABLED`; `true` when the username matched no user.
     */
    userNotFound?: boolean;
  };
  /**
   * The challenge the function returns.
   */
  response: {
    /**
     * What the client app needs to present the challenge (returned to it in `ChallengeParameters`). Null until the function sets it.
     */
    publicChallengeParameters?: CognitoStringMap | null;
    /**
     * What the verify auth challenge response trigger needs to check the answer (never sent to the client). Null until the function sets it.
     */
    privateChallengeParameters?: CognitoStringMap | null;
    /**
     * Your name for the custom challenge; appears in later `session` entries. Null until the function sets it.
     */
    challengeMetadata?: string | null;
  };
}

/**
 * Cognito user pool custom email sender trigger.
 *
 * Invoked instead of Cognito's own delivery whenever the user pool must send an email message: the function decrypts `request.code` with the user pool's KMS key (AWS Encryption SDK) and delivers the message itself. Cognito invokes custom sender triggers asynchronously ("Except for custom sender Lambda triggers, Amazon Cognito invokes Lambda functions synchronously", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html) and reads nothing back, so the event has no `response` (none in the guide's parameters nor in captured events) and the id has no result. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 */
export interface CognitoCustomEmailSenderEvent {
  version: CognitoTriggerVersion;
  /**
   * Why Cognito is sending the message (sign-up, resent code, forgot password, attribute update or verification, admin-created user, MFA code, account-takeover notification).
   */
  triggerSource:
    | "CustomEmailSender_SignUp"
    | "CustomEmailSender_Authentication"
    | "CustomEmailSender_ForgotPassword"
    | "CustomEmailSender_ResendCode"
    | "CustomEmailSender_UpdateUserAttribute"
    | "CustomEmailSender_VerifyUserAttribute"
    | "CustomEmailSender_AdminCreateUser"
    | "CustomEmailSender_AccountTakeOverNotification";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    /**
     * The request version; always `customEmailSenderRequestV1`.
     */
    type: "customEmailSenderRequestV1";
    code?: Base64String;
    userAttributes: CognitoUserAttributes;
    /**
     * Key-value pairs the app passed as `ClientMetadata`; captured custom sender events carry `"clientMetadata": null` when the call passed none.
     */
    clientMetadata?: CognitoClientMetadata | null;
  };
}

/**
 * Cognito user pool custom message trigger.
 *
 * Invoked before Cognito sends an email or SMS verification message, temporary password or MFA code, so the function can write the message. Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
export interface CognitoCustomMessageEvent {
  version: CognitoTriggerVersion;
  /**
   * Which message Cognito is about to send: sign-up code, admin-created user's temporary password, resent code, forgot-password code, attribute update or verification code, or MFA code (`CustomMessage_Authentication`).
   */
  triggerSource:
    | "CustomMessage_SignUp"
    | "CustomMessage_AdminCreateUser"
    | "CustomMessage_ResendCode"
    | "CustomMessage_ForgotPassword"
    | "CustomMessage_UpdateUserAttribute"
    | "CustomMessage_VerifyUserAttribute"
    | "CustomMessage_Authentication";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    userAttributes: CognitoUserAttributes;
    /**
     * The placeholder (for example `{####}`) that Cognito replaces with the code or temporary password; the returned message must contain it.
     */
    codeParameter: string;
    /**
     * The placeholder for the user name; used by `CustomMessage_AdminCreateUser`, where the message must contain it. Null in the other flows.
     */
    usernameParameter?: string | null;
    /**
     * The placeholder for a verification link, when the user pool verifies by link; null otherwise.
     */
    linkParameter?: string | null;
    clientMetadata?: CognitoClientMetadata;
  };
  /**
   * The message the function returns.
   */
  response: {
    /**
     * The SMS text (at most 140 UTF-8 characters), containing `codeParameter`. Null (as Cognito sends it) keeps the default message.
     */
    smsMessage?: string | null;
    /**
     * The email body (at most 20,000 UTF-8 characters, HTML allowed), containing `codeParameter`. Only allowed when the user pool sends email through Amazon SES (`EmailSendingAccount` `DEVELOPER`). Null keeps the default.
     */
    emailMessage?: string | null;
    /**
     * The email subject; only with `EmailSendingAccount` `DEVELOPER`. Null keeps the default.
     */
    emailSubject?: string | null;
  };
}

/**
 * Cognito user pool custom SMS sender trigger.
 *
 * Invoked instead of Cognito's own delivery whenever the user pool must send an SMS message: the function decrypts `request.code` with the user pool's KMS key (AWS Encryption SDK) and delivers the message itself. Cognito invokes custom sender triggers asynchronously ("Except for custom sender Lambda triggers, Amazon Cognito invokes Lambda functions synchronously", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html) and reads nothing back, so the event has no `response` (none in the guide's parameters nor in captured events) and the id has no result. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 */
export interface CognitoCustomSmsSenderEvent {
  version: CognitoTriggerVersion;
  /**
   * Why Cognito is sending the message (sign-up, resent code, forgot password, attribute update or verification, admin-created user, MFA code).
   */
  triggerSource:
    | "CustomSMSSender_SignUp"
    | "CustomSMSSender_ResendCode"
    | "CustomSMSSender_ForgotPassword"
    | "CustomSMSSender_UpdateUserAttribute"
    | "CustomSMSSender_VerifyUserAttribute"
    | "CustomSMSSender_Authentication"
    | "CustomSMSSender_AdminCreateUser";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    /**
     * The request version; always `customSMSSenderRequestV1`.
     */
    type: "customSMSSenderRequestV1";
    code?: Base64String;
    userAttributes: CognitoUserAttributes;
    /**
     * Key-value pairs the app passed as `ClientMetadata`; captured custom sender events carry `"clientMetadata": null` when the call passed none.
     */
    clientMetadata?: CognitoClientMetadata | null;
  };
}

/**
 * Cognito custom authentication: define auth challenge trigger.
 *
 * Invoked at each step of a custom authentication flow to decide the next challenge, or to issue tokens or fail. Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export interface CognitoDefineAuthChallengeEvent {
  version: CognitoTriggerVersion;
  /**
   * Always `DefineAuthChallenge_Authentication`.
   */
  triggerSource: "DefineAuthChallenge_Authentication";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    userAttributes: CognitoUserAttributes;
    /**
     * The challenges presented so far in this authentication, `session[0]` first.
     */
    session: CognitoChallengeResult[];
    clientMetadata?: CognitoClientMetadata;
    /**
     * Present only when the app client has `PreventUserExistenceErrors` set to `ENABLED`; `true` when the username matched no user.
     */
    userNotFound?: boolean;
  };
  /**
   * The decision the function returns.
   */
  response: {
    /**
     * The next challenge to present, for example `CUSTOM_CHALLENGE` or `PASSWORD_VERIFIER`. Null until the function sets it.
     */
    challengeName?: string | null;
    /**
     * `true` when the user has answered enough challenges to be issued tokens. Null until the function sets it.
     */
    issueTokens?: boolean | null;
    /**
     * `true` to end the authentication with a failure. Null until the function sets it.
     */
    failAuthentication?: boolean | null;
  };
}

/**
 * Cognito user pool inbound federation trigger.
 *
 * Invoked when a user signs in through an external identity provider (SAML, OIDC or social), before Cognito creates or updates the federated user profile, so the function can add, override or suppress the attributes Cognito maps. Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export interface CognitoInboundFederationEvent {
  version: CognitoTriggerVersion;
  /**
   * Always `InboundFederation_ExternalProvider`.
   */
  triggerSource: "InboundFederation_ExternalProvider";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    /**
     * The name of the identity provider in the user pool.
     */
    providerName: string;
    /**
     * The provider type. Documented values: `OIDC`, `SAML`, `Facebook`, `Google`, `SignInWithApple`, `LoginWithAmazon` (open: AWS adds providers).
     */
    providerType: string;
    /**
     * The raw attributes from the provider, before attribute mapping; which members are present depends on the provider type.
     */
    attributes: {
      /**
       * OIDC and social providers: the token endpoint's response (`access_token`, `id_token`, `refresh_token`, `token_type`, `expires_in`, `scope`).
       */
      tokenResponse?: {
        [k: string]: unknown;
      };
      /**
       * OIDC and social providers: the decoded claims of the ID token.
       */
      idToken?: {
        [k: string]: unknown;
      };
      /**
       * OIDC and social providers: the userInfo endpoint's response.
       */
      userInfo?: {
        [k: string]: unknown;
      };
      /**
       * SAML providers: the assertion's attributes, keyed by attribute name.
       */
      samlResponse?: {
        [k: string]: unknown;
      };
    };
  };
  /**
   * The attributes the function returns.
   */
  response: {
    userAttributesToMap?: CognitoStringMap;
  };
}

/**
 * Cognito user pool post authentication trigger.
 *
 * Invoked after a user signs in. Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
export interface CognitoPostAuthenticationEvent {
  version: CognitoTriggerVersion;
  /**
   * Always `PostAuthentication_Authentication`.
   */
  triggerSource: "PostAuthentication_Authentication";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    userAttributes: CognitoUserAttributes;
    /**
     * Whether the user signed in on a new device; set only when the user pool remembers devices (`Always` or `User Opt-In`).
     */
    newDeviceUsed?: boolean;
    clientMetadata?: CognitoClientMetadata;
  };
  /**
   * Cognito expects no additional information back: return the event with `response` as received (`{}`). https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
   */
  response: {
    [k: string]: unknown;
  };
}

/**
 * Cognito user pool post confirmation trigger.
 *
 * Invoked after a user confirms sign-up (ConfirmSignUp, AdminConfirmSignUp) or a forgotten-password reset. Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 */
export interface CognitoPostConfirmationEvent {
  version: CognitoTriggerVersion;
  /**
   * `PostConfirmation_ConfirmSignUp` or `PostConfirmation_ConfirmForgotPassword`.
   */
  triggerSource: "PostConfirmation_ConfirmSignUp" | "PostConfirmation_ConfirmForgotPassword";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    userAttributes: CognitoUserAttributes;
    clientMetadata?: CognitoClientMetadata;
  };
  /**
   * Cognito expects no additional information back: return the event with `response` as received (`{}`). https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
   */
  response: {
    [k: string]: unknown;
  };
}

/**
 * Cognito user pool pre authentication trigger.
 *
 * Invoked when a user attempts to sign in, to accept or deny the attempt (throw to deny). Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
export interface CognitoPreAuthenticationEvent {
  version: CognitoTriggerVersion;
  /**
   * Always `PreAuthentication_Authentication`.
   */
  triggerSource: "PreAuthentication_Authentication";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    userAttributes: CognitoUserAttributes;
    validationData?: CognitoValidationData;
    /**
     * Present only when the app client has `PreventUserExistenceErrors` set to `ENABLED`; `true` when the username matched no user.
     */
    userNotFound?: boolean;
  };
  /**
   * Cognito expects no additional information back: return the event with `response` as received (`{}`). https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
   */
  response: {
    [k: string]: unknown;
  };
}

/**
 * Cognito user pool pre sign-up trigger.
 *
 * Invoked just before Cognito signs up a new user (SignUp, AdminCreateUser, or the first sign-in through an external identity provider), to accept or deny the registration. Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
export interface CognitoPreSignupEvent {
  version: CognitoTriggerVersion;
  /**
   * Which sign-up path invoked the trigger: `PreSignUp_SignUp` (SignUp), `PreSignUp_AdminCreateUser` (AdminCreateUser; Cognito ignores the response flags then) or `PreSignUp_ExternalProvider` (first federated sign-in).
   */
  triggerSource: "PreSignUp_SignUp" | "PreSignUp_AdminCreateUser" | "PreSignUp_ExternalProvider";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    userAttributes: CognitoUserAttributes;
    validationData?: CognitoValidationData;
    clientMetadata?: CognitoClientMetadata;
  };
  /**
   * The flags the function returns. Cognito sends them as `false`; they are ignored for `PreSignUp_AdminCreateUser`.
   */
  response: {
    /**
     * Set `true` to confirm the user without a confirmation code. Cognito sends `false`.
     */
    autoConfirmUser?: boolean;
    /**
     * Set `true` to mark the `email` attribute verified (it must be present). Cognito sends `false`.
     */
    autoVerifyEmail?: boolean;
    /**
     * Set `true` to mark `phone_number` verified (it must be present). Cognito sends `false`.
     */
    autoVerifyPhone?: boolean;
  };
}

/**
 * Cognito pre token generation trigger, event version 1 (V1_0).
 *
 * Invoked before Cognito issues tokens, with a V1_0 trigger (the default): the function can add, override or suppress ID token claims and override group membership. Told apart from the V2_0/V3_0 events by `version` "1". Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export interface CognitoPreTokenGenerationEvent {
  /**
   * The trigger event version; `"1"` for this event version.
   */
  version: "1";
  /**
   * The flow that is issuing tokens: `TokenGeneration_HostedAuth` (managed login / hosted UI), `TokenGeneration_Authentication` (end of an API authentication flow), `TokenGeneration_NewPasswordChallenge` (admin-created user set a password), `TokenGeneration_AuthenticateDevice`, `TokenGeneration_RefreshTokens`.
   */
  triggerSource:
    | "TokenGeneration_HostedAuth"
    | "TokenGeneration_Authentication"
    | "TokenGeneration_NewPasswordChallenge"
    | "TokenGeneration_AuthenticateDevice"
    | "TokenGeneration_RefreshTokens";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    userAttributes: CognitoUserAttributes;
    groupConfiguration: CognitoGroupConfiguration;
    clientMetadata?: CognitoClientMetadata;
  };
  /**
   * What the function returns.
   */
  response: {
    /**
     * The changes to make to the ID token. Cognito sends `null`, as in the guide's example event.
     */
    claimsOverrideDetails?: {
      claimsToAddOrOverride?: CognitoStringMap;
      /**
       * Claims to remove from the ID token.
       */
      claimsToSuppress?: string[];
      /**
       * Replaces the groups and roles in both tokens; an empty or null object suppresses them.
       */
      groupOverrideDetails?: CognitoGroupConfiguration | null;
    } | null;
  };
}

/**
 * Cognito pre token generation trigger, event version 2 (V2_0).
 *
 * Invoked before Cognito issues tokens, with a V2_0 trigger (Essentials or Plus feature plan): the function can change claims of the ID and access tokens, access token scopes, and groups; claim values may be strings, numbers, booleans, arrays or JSON objects. Version 2 events are not sent for machine-to-machine (client credentials) tokens. Told apart from the other versions by `version` "2". Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export interface CognitoPreTokenGenerationV2Event {
  /**
   * The trigger event version; `"2"` for this event version.
   */
  version: "2";
  /**
   * The flow that is issuing tokens: `TokenGeneration_HostedAuth` (managed login / hosted UI), `TokenGeneration_Authentication` (end of an API authentication flow), `TokenGeneration_NewPasswordChallenge` (admin-created user set a password), `TokenGeneration_AuthenticateDevice`, `TokenGeneration_RefreshTokens`.
   */
  triggerSource:
    | "TokenGeneration_HostedAuth"
    | "TokenGeneration_Authentication"
    | "TokenGeneration_NewPasswordChallenge"
    | "TokenGeneration_AuthenticateDevice"
    | "TokenGeneration_RefreshTokens";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    userAttributes: CognitoUserAttributes;
    groupConfiguration: CognitoGroupConfiguration;
    /**
     * The OAuth scopes the access token will carry (for example `aws.cognito.signin.user.admin`, `openid`, or a resource server's custom scopes).
     */
    scopes: string[];
    clientMetadata?: CognitoClientMetadata;
  };
  /**
   * What the function returns.
   */
  response: {
    /**
     * The changes to make to the ID and access tokens. Cognito sends `null`.
     */
    claimsAndScopeOverrideDetails?: CognitoClaimsAndScopeOverrideDetails | null;
  };
}

/**
 * Cognito pre token generation trigger, event version 3 (V3_0).
 *
 * Invoked before Cognito issues tokens, with a V3_0 trigger: the same event as version 2, also sent for machine-to-machine client-credentials grants (`TokenGeneration_ClientCredentials`). Told apart from the other versions by `version` "3". Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export interface CognitoPreTokenGenerationV3Event {
  /**
   * The trigger event version; `"3"` for this event version.
   */
  version: "3";
  /**
   * The flow that is issuing tokens: `TokenGeneration_HostedAuth` (managed login / hosted UI), `TokenGeneration_Authentication` (end of an API authentication flow), `TokenGeneration_NewPasswordChallenge` (admin-created user set a password), `TokenGeneration_AuthenticateDevice`, `TokenGeneration_RefreshTokens`, or `TokenGeneration_ClientCredentials` (machine-to-machine client-credentials grant, version 3 only).
   */
  triggerSource:
    | "TokenGeneration_HostedAuth"
    | "TokenGeneration_Authentication"
    | "TokenGeneration_NewPasswordChallenge"
    | "TokenGeneration_AuthenticateDevice"
    | "TokenGeneration_RefreshTokens"
    | "TokenGeneration_ClientCredentials";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    userAttributes?: CognitoUserAttributes;
    /**
     * The user's current groups and roles. Not required: a client-credentials grant has no user and no groups.
     */
    groupConfiguration?: CognitoGroupConfiguration | null;
    /**
     * The OAuth scopes the access token will carry (for example `aws.cognito.signin.user.admin`, `openid`, or a resource server's custom scopes).
     */
    scopes: string[];
    clientMetadata?: CognitoClientMetadata;
  };
  /**
   * What the function returns.
   */
  response: {
    /**
     * The changes to make to the ID and access tokens. Cognito sends `null`.
     */
    claimsAndScopeOverrideDetails?: CognitoClaimsAndScopeOverrideDetails | null;
  };
}

/**
 * Amazon Cognito Sync trigger (legacy Cognito Events).
 *
 * Invoked synchronously during UpdateRecords when an identity pool dataset is synchronized (Amazon Cognito Sync, superseded by AWS AppSync). Cognito provides all the records of the dataset and expects the same format back: the function returns the event, with records modified (`op` "replace"), removed (`op` "remove" or a null value) or added; omitted records are left unchanged. Only `datasetRecords` may change. https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html
 */
export interface CognitoSyncTriggerEvent {
  /**
   * The event format version: the number 2.
   */
  version: 2;
  /**
   * Always `SyncTrigger`.
   */
  eventType: "SyncTrigger";
  region: AwsRegion;
  /**
   * The identity pool ID (`<region>:<uuid>`).
   */
  identityPoolId: string;
  /**
   * The Cognito identity ID of the user whose dataset is synchronized.
   */
  identityId: string;
  /**
   * The dataset name.
   */
  datasetName: string;
  /**
   * Every record of the dataset, keyed by record key.
   */
  datasetRecords: {
    [k: string]: CognitoSyncDatasetRecord;
  };
}

/**
 * Cognito user pool migrate user trigger.
 *
 * Invoked when a user who does not exist in the user pool signs in with a password or starts a forgotten-password flow, so the function can look the user up in a legacy directory; Cognito creates the user from the response. The user does not exist yet, so `request.userAttributes` is null (captured events) or absent. Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
export interface CognitoUserMigrationEvent {
  version: CognitoTriggerVersion;
  /**
   * `UserMigration_Authentication` (sign-in) or `UserMigration_ForgotPassword`.
   */
  triggerSource: "UserMigration_Authentication" | "UserMigration_ForgotPassword";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    /**
     * The password the user entered at sign-in; absent in the forgot-password flow.
     */
    password?: string;
    validationData?: CognitoValidationData;
    clientMetadata?: CognitoClientMetadata;
    /**
     * Null: the user is not in the user pool yet (captured UserMigration_Authentication events carry `"userAttributes": null`; the guide's request lists no attributes).
     */
    userAttributes?: null;
  };
  /**
   * The migrated user the function returns. Cognito sends every member as null.
   */
  response: {
    /**
     * The attributes to create the user with (required in the response for the migration to succeed; custom attributes take the `custom:` prefix). For the forgot-password flow the user needs a verified email or phone number.
     */
    userAttributes?: CognitoStringMap | null;
    /**
     * `CONFIRMED` (or unset) lets the user sign in with the old password; `RESET_REQUIRED` forces a password change.
     */
    finalUserStatus?: "CONFIRMED" | "RESET_REQUIRED" | null;
    /**
     * `SUPPRESS` suppresses the welcome message (the API's MessageActionType also has `RESEND`).
     */
    messageAction?: "SUPPRESS" | "RESEND" | null;
    /**
     * Where to send the welcome message: `EMAIL` and/or `SMS` (SMS when unset).
     */
    desiredDeliveryMediums?: ("EMAIL" | "SMS")[] | null;
    /**
     * `true` to require the migrated user to complete SMS MFA at sign-in (the user needs a phone number). Null until the function sets it.
     */
    enableSMSMFA?: boolean | null;
    /**
     * `true` moves an email or phone alias that another user holds to the migrated user; `false` (the default) fails the migration instead.
     */
    forceAliasCreation?: boolean | null;
  };
}

/**
 * Cognito custom authentication: verify auth challenge response trigger.
 *
 * Invoked when the user answers a custom challenge, to check the answer. Cognito reads back the event it sent, with `response` filled in (`x-lambda.result` "self"): return the event. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export interface CognitoVerifyAuthChallengeResponseEvent {
  version: CognitoTriggerVersion;
  /**
   * Always `VerifyAuthChallengeResponse_Authentication`.
   */
  triggerSource: "VerifyAuthChallengeResponse_Authentication";
  region: AwsRegion;
  userPoolId: CognitoUserPoolId;
  userName: CognitoUserName;
  callerContext: CognitoCallerContext;
  /**
   * The request from Cognito.
   */
  request: {
    userAttributes: CognitoUserAttributes;
    privateChallengeParameters: CognitoStringMap;
    /**
     * The user's answer, the `ANSWER` of RespondToAuthChallenge: a string. (The guide's parameter block draws a map, but its field description and example compare it as a string.)
     */
    challengeAnswer: string;
    clientMetadata?: CognitoClientMetadata;
    /**
     * Present only when the app client has `PreventUserExistenceErrors` set to `ENABLED`; `true` when the username matched no user.
     */
    userNotFound?: boolean;
  };
  /**
   * The verdict the function returns.
   */
  response: {
    /**
     * `true` if the answer is correct. Null until the function sets it.
     */
    answerCorrect?: boolean | null;
  };
}

/**
 * AWS Config custom rule evaluation.
 *
 * The event AWS Config sends to a custom Lambda rule when a configuration change, an oversized configuration change or a periodic trigger calls for an evaluation. `invokingEvent` and `ruleParameters` are JSON documents encoded as strings. AWS Config invokes the function asynchronously; the function reports results with PutEvaluations using `resultToken`.
 *
 * @see https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html
 */
export interface ConfigRuleEvent {
  /**
   * Event format version, currently `1.0`.
   */
  version: string;
  /**
   * JSON string: a `configurationItem` (ConfigurationItemChangeNotification), a `configurationItemSummary` (OversizedConfigurationItemChangeNotification) or a scheduled notification (ScheduledNotification), with `messageType` saying which.
   */
  invokingEvent: string;
  /**
   * JSON string of the rule's input parameters; absent when the rule defines none.
   */
  ruleParameters?: string;
  /**
   * Token to pass to PutEvaluations.
   */
  resultToken: string;
  /**
   * `true` when the evaluated resource was removed from the rule's scope; report it as NOT_APPLICABLE.
   */
  eventLeftScope: boolean;
  executionRoleArn: Arn;
  configRuleArn: Arn;
  configRuleName: string;
  configRuleId: string;
  accountId: AwsAccountId;
  /**
   * `DETECTIVE` or `PROACTIVE`, on rules that support proactive evaluation; absent from the documented example events.
   */
  evaluationMode?: string;
}

/**
 * Amazon Connect flow Lambda invocation.
 *
 * The event an Amazon Connect flow's AWS Lambda function block (Invoke AWS Lambda function) sends: the contact's data (always passed), the contact attributes set so far, and the block's input parameters. In the block's default synchronous mode the flow waits (up to 8 seconds) for the result (`connect.contact-flow.result`) and reads it as `$.External.<key>`; it takes the Error branch when the function fails, times out or returns something it cannot read. https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export interface ConnectContactFlowEvent {
  /**
   * The event name, `ContactFlowEvent` in every AWS example.
   */
  Name: string;
  /**
   * The contact data and the block's parameters.
   */
  Details: {
    ContactData: ConnectContactData;
    Parameters: ConnectStringMap;
  };
}

/**
 * Amazon Connect flow Lambda result.
 *
 * What a function invoked by a flow returns with the block's default response validation, `STRING_MAP`: a flat object of string values, under 32 KB, which the flow reads as `$.External.<key>` (or copies into contact attributes). Nested objects, arrays, numbers and `null` send the flow down the Error branch. With response validation `JSON` any JSON is accepted instead; this schema checks the string map. https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html#verify-function (and the InvokeLambdaFunction flow action's `ResponseValidation`, https://docs.aws.amazon.com/connect/latest/APIReference/interactions-invokelambdafunction.html).
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export interface ConnectContactFlowResult {
  /**
   * A returned value, read in the flow as `$.External.<key>`. An older guide text asked for only alphanumeric, dash and underscore characters, but its own example returns `1234 Main Road`, so the value is not restricted here.
   */
  [k: string]: string;
}

/**
 * Amazon Connect outbound campaigns custom action.
 *
 * The batch an Amazon Connect outbound campaign sends to the Lambda function of a custom action while the campaign runs: the campaign's context and a batch of customer profiles, each with its profile data as JSON text and an idempotency token. The campaign expects a response with a result for each profile (not modelled in the registry). The invocation type is unverified: the guide says the campaign invokes the function and expects a response, which implies a synchronous call. https://docs.aws.amazon.com/connect/latest/adminguide/lambda-invoke-functions.html
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/lambda-invoke-functions.html
 */
export interface ConnectOutboundCampaignsEvent {
  /**
   * About this invocation.
   */
  InvocationMetadata: {
    /**
     * The campaign run and the flow action being executed.
     */
    CampaignContext: {
      /**
       * The campaign's id.
       */
      CampaignId: string;
      /**
       * The id of this run of the campaign.
       */
      RunId: string;
      /**
       * The id of the flow action outbound campaigns is executing.
       */
      ActionId: string;
      /**
       * The campaign's name.
       */
      CampaignName?: string;
    };
  };
  /**
   * The batch.
   */
  Items: {
    /**
     * The customer profiles to process, batched for efficiency.
     */
    CustomerProfiles: {
      /**
       * The customer profile's id.
       */
      ProfileId: string;
      /**
       * The customer profile as JSON text (parse it).
       */
      CustomerData?: string;
      /**
       * A token unique to this profile's invocation, for processing it once even when retried.
       */
      IdempotencyToken: string;
    }[];
  };
}

/**
 * Amazon DocumentDB change stream batch.
 *
 * The batch of change events an Amazon DocumentDB event source mapping reads from a collection's (or database's) change stream and passes to the function. Each event is a MongoDB-compatible change event in extended JSON (`$oid`, `$timestamp`, ...). Lambda retries the whole batch on error.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html
 */
export interface DocumentDbChangeStreamEvent {
  eventSource: "aws:docdb";
  eventSourceArn: Arn;
  /**
   * @minItems 1
   */
  events: DocumentDbChangeEventRecord[];
}

/**
 * Amazon DynamoDB Streams batch.
 *
 * The batch of change records a DynamoDB Streams event source mapping reads from one shard of a table's stream and passes to the function, oldest first. Lambda retries the whole batch on error; with `ReportBatchItemFailures` it resumes from the lowest `SequenceNumber` the function lists in its response.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 */
export interface DynamoDbStreamBatchEvent<TImage = AttributeMap> {
  /**
   * @minItems 1
   */
  Records: DynamoDbStreamEventRecord<TImage>[];
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
 * DynamoDB change records in a Kinesis batch.
 *
 * A Kinesis Data Streams batch from a stream that a DynamoDB table streams its changes to (Kinesis Data Streams for DynamoDB): each record's `kinesis.data` is base64 of a JSON change record (`awsRegion`, `eventID`, `eventName`, `tableName`, `dynamodb`, ...). Unlike DynamoDB Streams records, these carry no `SequenceNumber`/`StreamViewType`, may be duplicated or out of order, and time `ApproximateCreationDateTime` in milliseconds or microseconds. The batch takes the Kinesis partial batch response.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html
 */
export interface DynamoDbStreamRecordInKinesisEvent {
  /**
   * Kinesis records whose `kinesis.data` decodes to a `DynamoDbKinesisChangeRecord`.
   *
   * @minItems 1
   */
  Records: KinesisStreamRecord[];
}

/**
 * Amazon DynamoDB Streams batch with tumbling window.
 *
 * The batch a DynamoDB Streams event source mapping with `TumblingWindowInSeconds` passes to the function: the change records of one shard plus the window they belong to and the state the function returned on its previous invocation for that window. The function must return a `state` (see the result); on the last invocation of a window `isFinalInvokeForWindow` is true and the function processes the aggregate.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html
 */
export interface DynamoDbStreamTumblingWindowEvent {
  /**
   * The change records of this invocation, oldest first. Not constrained to be non-empty: the invocation that closes a window carries the aggregate state and may bring no new records.
   */
  Records: DynamoDbStreamEventRecord[];
  window: LambdaTumblingWindow;
  state: LambdaTumblingWindowState;
  /**
   * The stream shard the records were read from.
   */
  shardId: string;
  eventSourceARN: Arn;
  /**
   * True on the last invocation of the window: `state` is final and ready to be processed; the next invocation starts a new window with fresh state.
   */
  isFinalInvokeForWindow: boolean;
  /**
   * True when Lambda ended the window early because the state exceeded 1 MB per shard; the next invocation continues the same window with fresh state.
   */
  isWindowTerminatedEarly: boolean;
}

/**
 * DynamoDB Streams tumbling window response.
 *
 * What a function on a DynamoDB Streams event source mapping with tumbling windows returns: the new `state` for the window, and, with `ReportBatchItemFailures`, the records to retry. A response without `state` counts as a failed invocation.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html
 */
export interface DynamoDbStreamTumblingWindowResult {
  state: LambdaTumblingWindowState;
  /**
   * With `ReportBatchItemFailures`: the `sequenceNumber` of each failed record; an empty array means the batch succeeded. Optional otherwise.
   */
  batchItemFailures?: BatchItemFailure[];
}

/**
 * Amazon Data Firehose data transformation response.
 *
 * What a Firehose data transformation function returns: every record of the invocation with its `recordId`, a `result` of exactly `Ok`, `Dropped` or `ProcessingFailed`, the transformed payload base64-encoded in `data`, and for dynamic partitioning `metadata.partitionKeys`. Anything else (a missing record, another result spelling, raw text in `data`) makes Firehose count the record as a transformation failure.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export interface FirehoseTransformationResult {
  /**
   * Every record of the invocation, each with its `recordId`.
   */
  records: FirehoseTransformationResponseRecord[];
}

/**
 * AWS IoT Button click.
 *
 * The message an AWS IoT Button (the programmable Dash button) publishes on each click to `iotbutton/<serialNumber>`, delivered to the function by an AWS IoT rule (`SELECT * FROM 'iotbutton/+'`) with a Lambda action, which invokes it asynchronously. The device has been discontinued; AWS IoT 1-Click buttons send `iot.one-click` instead.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html
 */
export interface IoTButtonEvent {
  /**
   * The button's device serial number (DSN), for example `G030JF053216F1BS`.
   */
  serialNumber: string;
  clickType: IoTButtonClickType;
  /**
   * Battery voltage as text with its unit, for example `2000mV` (spacing varies).
   */
  batteryVoltage: string;
}

/**
 * AWS IoT Core custom authorizer request.
 *
 * What AWS IoT Core sends a custom authorizer's Lambda function when a device connects (MQTT, MQTT over WebSockets, HTTPS) with custom authentication: the token (when the authorizer has a token key), whether its signature was verified, the protocols of the connection and their data (TLS server name, HTTP headers and query string, MQTT user name, base64 password and client id), and the connection id. Fields that do not apply to the connection are left out. IoT Core waits for the answer (`iot.custom-authorizer.result`). https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html
 */
export interface IoTCustomAuthorizerEvent {
  /**
   * The token the device sent (in the header, query parameter or MQTT user name named by the authorizer's token key). Absent when the authorizer has no token key (signing disabled).
   */
  token?: string;
  /**
   * Whether the device gateway validated the token's signature with the authorizer's public key (false when signing is disabled).
   */
  signatureVerified: boolean;
  /**
   * The protocols of the connection: `tls`, `http`, `mqtt` (plain strings: AWS may add protocols).
   */
  protocols: string[];
  protocolData: IoTCustomAuthorizerProtocolData;
  connectionMetadata: {
    /**
     * The connection id (a UUID), for logging.
     */
    id: string;
  };
}

/**
 * AWS IoT Core custom authorizer response.
 *
 * What a custom authorizer's function returns to AWS IoT Core: whether the connection is authenticated, a principal id, up to 10 IoT Core policy documents, and how long the connection may live and the policy be cached (300 to 86,400 seconds each). IoT Core terminates the connection when the response is not valid. https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html
 */
export interface IoTCustomAuthorizerResult {
  /**
   * Whether the request is authenticated (a boolean, not the string "true").
   */
  isAuthenticated: boolean;
  /**
   * Identifies the connection in logs: 1 to 128 letters and digits (`([a-zA-Z0-9]){1,128}`); other characters are not allowed.
   */
  principalId: string;
  /**
   * The IoT Core policies of the connection, at most 10, each at most 2,048 characters. The guide calls them JSON-formatted policy documents and its examples return objects; the IoT APIs (TestInvokeAuthorizer) and aws-lambda-go type them as JSON strings. Both are accepted.
   *
   * @maxItems 10
   */
  policyDocuments: (string | IoTPolicyDocument)[];
  /**
   * Maximum duration of the connection, 300 to 86,400 seconds.
   */
  disconnectAfterInSeconds: number;
  /**
   * Interval after which IoT Core invokes the function again to refresh the policy, 300 to 86,400 seconds.
   */
  refreshAfterInSeconds: number;
}

/**
 * AWS IoT 1-Click device event.
 *
 * The event AWS IoT 1-Click sends to the Lambda function registered as a device's or placement's callback: the device event (a button click, or a health event), the device and, when the device belongs to a placement, the placement. Invoked asynchronously. AWS discontinued IoT 1-Click on December 16, 2024.
 *
 * @see https://docs.aws.amazon.com/iot-1-click/latest/developerguide/1click-events.html
 */
export interface IoTOneClickEvent {
  deviceEvent: IoTOneClickDeviceEvent;
  deviceInfo: IoTOneClickDeviceInfo;
  placementInfo?: IoTOneClickPlacementInfo;
}

/**
 * AWS IoT fleet provisioning pre-provisioning hook request.
 *
 * What AWS IoT sends the pre-provisioning hook of a fleet provisioning template when a device calls `RegisterThing`: the claim certificate, the new certificate, the template, the client id and the `parameters` of the request. IoT waits for the answer (`iot.preprovisioning-hook.result`, within 5 seconds) and provisions the device only if it allows it. https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html
 */
export interface IoTPreProvisioningHookEvent {
  /**
   * Id of the claim certificate the device connected with.
   */
  claimCertificateId: string;
  /**
   * Id of the certificate being provisioned for the device.
   */
  certificateId: string;
  /**
   * The certificate being provisioned, PEM-encoded.
   */
  certificatePem: string;
  templateArn: Arn;
  /**
   * MQTT client id of the device.
   */
  clientId: string;
  /**
   * The `parameters` of the device's `RegisterThing` request, name to string value.
   */
  parameters: {
    [k: string]: string;
  };
}

/**
 * AWS IoT fleet provisioning pre-provisioning hook response.
 *
 * What a pre-provisioning hook returns: whether to provision the device, and parameter values to add to (or override in) the `RegisterThing` request's `parameters`. Provisioning proceeds only when `allowProvisioning` is true; otherwise (and when the function fails or takes over 5 seconds) the request fails with `ACCESS_DENIED`. https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html
 */
export interface IoTPreProvisioningHookResult {
  /**
   * true to provision the device. A boolean (the guide's Java response class types it `boolean`).
   */
  allowProvisioning: boolean;
  /**
   * Values added to the `parameters` of the `RegisterThing` request, name to string value.
   */
  parameterOverrides?: {
    [k: string]: string;
  };
}

/**
 * AWS IoT registry thing event.
 *
 * The AWS IoT registry event for a thing that was created, updated or deleted. AWS IoT publishes it to `$aws/events/thing/<thingName>/created|updated|deleted`; a function receives it through an AWS IoT rule with a Lambda action (for example `SELECT * FROM '$aws/events/...'`), which invokes it asynchronously. Registry events must be enabled with UpdateEventConfigurations.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export interface IoTRegistryThingEvent {
  eventType: "THING_EVENT";
  /**
   * Unique id of the event (a UUID).
   */
  eventId: string;
  timestamp: EpochMillis;
  /**
   * The operation that triggered the event.
   */
  operation: "CREATED" | "UPDATED" | "DELETED";
  accountId: AwsAccountId;
  /**
   * Id of the thing.
   */
  thingId: string;
  thingName: string;
  /**
   * Version of the thing: 1 when created, incremented by each update.
   */
  versionNumber: number;
  /**
   * The thing's type; `null` when the thing has none.
   */
  thingTypeName?: string | null;
  attributes?: IoTRegistryAttributes;
}

/**
 * AWS IoT registry thing group event.
 *
 * The AWS IoT registry event for a thing group that was created, updated or deleted. AWS IoT publishes it to `$aws/events/thingGroup/<groupName>/created|updated|deleted`; a function receives it through an AWS IoT rule with a Lambda action (for example `SELECT * FROM '$aws/events/...'`), which invokes it asynchronously. Registry events must be enabled with UpdateEventConfigurations.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export interface IoTRegistryThingGroupEvent {
  eventType: "THING_GROUP_EVENT";
  /**
   * Unique id of the event (a UUID).
   */
  eventId: string;
  timestamp: EpochMillis;
  /**
   * The operation that triggered the event.
   */
  operation: "CREATED" | "UPDATED" | "DELETED";
  accountId: AwsAccountId;
  thingGroupId: string;
  thingGroupName: string;
  /**
   * Version of the group: 1 when created, incremented by each update.
   */
  versionNumber: number;
  /**
   * Name of the parent group; `null` for a root group.
   */
  parentGroupName?: string | null;
  /**
   * Id of the parent group; `null` for a root group.
   */
  parentGroupId?: string | null;
  /**
   * The group's description. Nullable: the registry writes missing values as `null` (as it does for `parentGroupName`), so a group without a description may send `null`.
   */
  description?: string | null;
  /**
   * The chain of ancestor groups, from the parent up to the root; `null` for a root group.
   */
  rootToParentThingGroups?: IoTRegistryThingGroupReference[] | null;
  attributes?: IoTRegistryAttributes;
}

/**
 * AWS IoT registry thing group hierarchy event.
 *
 * The AWS IoT registry event for a thing group being added to or removed from a parent thing group. AWS IoT publishes it to `$aws/events/thingGroupHierarchy/thingGroup/<parentThingGroupName>/childThingGroup/<childThingGroupName>/added|removed`; a function receives it through an AWS IoT rule with a Lambda action (for example `SELECT * FROM '$aws/events/...'`), which invokes it asynchronously. Registry events must be enabled with UpdateEventConfigurations.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export interface IoTRegistryThingGroupHierarchyEvent {
  eventType: "THING_GROUP_HIERARCHY_EVENT";
  /**
   * Unique id of the event (a UUID).
   */
  eventId: string;
  timestamp: EpochMillis;
  /**
   * The operation that triggered the event.
   */
  operation: "ADDED" | "REMOVED";
  accountId: AwsAccountId;
  /**
   * Id of the parent group.
   */
  thingGroupId: string;
  /**
   * Name of the parent group.
   */
  thingGroupName: string;
  childGroupId: string;
  childGroupName: string;
}

/**
 * AWS IoT registry thing group membership event.
 *
 * The AWS IoT registry event for a thing being added to or removed from a thing group. AWS IoT publishes it to `$aws/events/thingGroupMembership/thingGroup/<thingGroupName>/thing/<thingName>/added|removed`; a function receives it through an AWS IoT rule with a Lambda action (for example `SELECT * FROM '$aws/events/...'`), which invokes it asynchronously. Registry events must be enabled with UpdateEventConfigurations.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export interface IoTRegistryThingGroupMembershipEvent {
  eventType: "THING_GROUP_MEMBERSHIP_EVENT";
  /**
   * Unique id of the event (a UUID).
   */
  eventId: string;
  timestamp: EpochMillis;
  /**
   * The operation that triggered the event.
   */
  operation: "ADDED" | "REMOVED";
  accountId: AwsAccountId;
  groupArn: Arn;
  groupId: string;
  thingArn: Arn;
  thingId: string;
  /**
   * Id of the thing-to-group relationship, generated when the thing was added.
   */
  membershipId: string;
}

/**
 * AWS IoT registry thing type association event.
 *
 * The AWS IoT registry event for a thing type being associated with or disassociated from a thing. AWS IoT publishes it to `$aws/events/thingTypeAssociation/thing/<thingName>/<thingTypeName>`; a function receives it through an AWS IoT rule with a Lambda action (for example `SELECT * FROM '$aws/events/...'`), which invokes it asynchronously. Registry events must be enabled with UpdateEventConfigurations.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export interface IoTRegistryThingTypeAssociationEvent {
  eventType: "THING_TYPE_ASSOCIATION_EVENT";
  /**
   * Unique id of the event (a UUID).
   */
  eventId: string;
  timestamp: EpochMillis;
  /**
   * `CREATED` when the type is associated, `DELETED` when it is disassociated, per the registry events page (kept a plain string because the documentation has also described these as ADDED/REMOVED).
   */
  operation: string;
  accountId?: AwsAccountId;
  thingId: string;
  thingName: string;
  /**
   * The thing type associated with, or no longer associated with, the thing.
   */
  thingTypeName: string;
}

/**
 * AWS IoT registry thing type event.
 *
 * The AWS IoT registry event for a thing type that was created, updated (including deprecated and undeprecated) or deleted. AWS IoT publishes it to `$aws/events/thingType/<thingTypeName>/created|updated|deleted`; a function receives it through an AWS IoT rule with a Lambda action (for example `SELECT * FROM '$aws/events/...'`), which invokes it asynchronously. Registry events must be enabled with UpdateEventConfigurations.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export interface IoTRegistryThingTypeEvent {
  eventType: "THING_TYPE_EVENT";
  /**
   * Unique id of the event (a UUID).
   */
  eventId: string;
  timestamp: EpochMillis;
  /**
   * The operation that triggered the event.
   */
  operation: "CREATED" | "UPDATED" | "DELETED";
  accountId: AwsAccountId;
  thingTypeId: string;
  thingTypeName: string;
  /**
   * Whether the thing type is deprecated.
   */
  isDeprecated: boolean;
  /**
   * When the thing type was deprecated, in milliseconds since the Unix epoch; `null` when it is not deprecated.
   */
  deprecationDate?: EpochMillis | null;
  /**
   * Names of the thing type's searchable attributes.
   */
  searchableAttributes?: string[];
  /**
   * The thing type's description. Nullable: the registry writes missing values as `null` (as it does for `deprecationDate`), so a type without a description may send `null`.
   */
  description?: string | null;
}

/**
 * Amazon MSK batch.
 *
 * The batch of records an Amazon MSK event source mapping reads from one or more partitions of the subscribed topic(s) and passes to the function, grouped by `<topic>-<partition>`. Keys and values are base64-encoded bytes. Lambda commits the offsets after the function succeeds and retries the whole batch on error.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export interface KafkaMskEvent<TValue = Base64String> {
  eventSource: "aws:kafka";
  eventSourceArn: Arn;
  /**
   * The cluster's bootstrap brokers as one comma-separated `host:port` list. The current Lambda guide example has it; the original MSK example did not, so it is optional.
   */
  bootstrapServers?: string;
  records: KafkaRecordsByTopicPartition<TValue>;
}

/**
 * Self-managed Apache Kafka batch.
 *
 * The batch of records a self-managed Apache Kafka event source mapping (any cluster not on Amazon MSK, such as Confluent Cloud or Redpanda) reads and passes to the function, grouped by `<topic>-<partition>`. Same record shape as Amazon MSK; the envelope names the bootstrap servers instead of a cluster ARN.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html
 */
export interface KafkaSelfManagedEvent<TValue = Base64String> {
  /**
   * `SelfManagedKafka` in the current Lambda guide and in real events; earlier versions of the guide wrote `aws:SelfManagedKafka`, which is accepted too.
   */
  eventSource: "SelfManagedKafka" | "aws:SelfManagedKafka";
  /**
   * The bootstrap servers configured on the event source mapping, as one comma-separated `host:port` list.
   */
  bootstrapServers: string;
  records: KafkaRecordsByTopicPartition<TValue>;
}

/**
 * Kinesis Data Analytics (SQL) Lambda output delivery invocation.
 *
 * The batch a Kinesis Data Analytics for SQL application sends to a Lambda function configured as an output destination: rows of an in-application stream, each base64-encoded in `data`, with a retry hint. The application waits for the answer (`kinesis-analytics.output-delivery.result`) and redelivers records not acknowledged `Ok`. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 */
export interface KinesisAnalyticsOutputDeliveryEvent {
  /**
   * The Lambda invocation id (a random GUID).
   */
  invocationId: string;
  applicationArn: Arn;
  /**
   * @minItems 1
   */
  records: KinesisAnalyticsOutputRecord[];
}

/**
 * Kinesis Data Analytics (SQL) Lambda output delivery response.
 *
 * What a Kinesis Data Analytics output function returns: every record of the invocation acknowledged with its `recordId` and a `result` of `Ok` or `DeliveryFailed`. A missing record, id or result counts as a delivery failure, and the application redelivers until it succeeds.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 */
export interface KinesisAnalyticsOutputDeliveryResult {
  /**
   * Every record of the invocation, each with its `recordId`.
   */
  records: KinesisAnalyticsOutputResponseRecord[];
}

/**
 * Kinesis Data Analytics (SQL) input preprocessing invocation.
 *
 * The batch a Kinesis Data Analytics for SQL application passes to its record preprocessing Lambda function before the application's SQL code (or schema discovery) sees the records, read from the application's Kinesis data stream or Firehose stream source. The application waits for the answer (`kinesis-analytics.preprocessing.result`) and retries the same batch until every record comes back with a valid result. https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 */
export interface KinesisAnalyticsPreprocessingEvent {
  /**
   * The Lambda invocation id (a random GUID).
   */
  invocationId: string;
  applicationArn: Arn;
  streamArn: Arn;
  /**
   * @minItems 1
   */
  records: KinesisAnalyticsPreprocessingRecord[];
}

/**
 * Kinesis Data Analytics (SQL) input preprocessing response.
 *
 * What a Kinesis Data Analytics preprocessing function returns: every record of the invocation with its `recordId` and a `result` of `Ok`, `Dropped` or `ProcessingFailed`, and for `Ok` the transformed payload base64-encoded in `data` (JSON documents or CSV rows, several per record allowed). A missing record, id, result or `Ok` payload is a preprocessing failure, and the application retries the batch until it succeeds.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 */
export interface KinesisAnalyticsPreprocessingResult {
  /**
   * Every record of the invocation, each with its `recordId`.
   */
  records: KinesisAnalyticsPreprocessingResponseRecord[];
}

/**
 * Amazon Kinesis Data Streams batch.
 *
 * The batch of records a Kinesis event source mapping reads from one shard and passes to the function, in sequence order. Lambda retries the whole batch on error; with `ReportBatchItemFailures` it resumes from the lowest `sequenceNumber` the function lists in its response.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 */
export interface KinesisStreamBatchEvent<TData = Base64String> {
  /**
   * @minItems 1
   */
  Records: KinesisStreamRecord<TData>[];
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
 * Amazon Kinesis Data Streams batch with tumbling window.
 *
 * The batch a Kinesis event source mapping with `TumblingWindowInSeconds` passes to the function: the stream records of one shard plus the window they belong to and the state the function returned on its previous invocation for that window. The function must return a `state` (see the result); on the last invocation of a window `isFinalInvokeForWindow` is true and the function processes the aggregate.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html
 */
export interface KinesisStreamTumblingWindowEvent {
  /**
   * The stream records of this invocation, in sequence order. Not constrained to be non-empty: the invocation that closes a window carries the aggregate state and may bring no new records.
   */
  Records: KinesisStreamRecord[];
  window: LambdaTumblingWindow;
  state: LambdaTumblingWindowState;
  /**
   * The shard the records were read from, such as `shardId-000000000006`.
   */
  shardId: string;
  eventSourceARN: Arn;
  /**
   * True on the last invocation of the window: `state` is final and ready to be processed; the next invocation starts a new window with fresh state.
   */
  isFinalInvokeForWindow: boolean;
  /**
   * True when Lambda ended the window early because the state exceeded 1 MB per shard; the next invocation continues the same window with fresh state.
   */
  isWindowTerminatedEarly: boolean;
}

/**
 * Kinesis tumbling window response.
 *
 * What a function on a Kinesis event source mapping with tumbling windows returns: the new `state` for the window, and, with `ReportBatchItemFailures`, the records to retry. A response without `state` counts as a failed invocation.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html
 */
export interface KinesisStreamTumblingWindowResult {
  state: LambdaTumblingWindowState;
  /**
   * With `ReportBatchItemFailures`: the `sequenceNumber` of each failed record; an empty array means the batch succeeded. Optional otherwise.
   */
  batchItemFailures?: BatchItemFailure[];
}

/**
 * Lambda asynchronous invocation record (Lambda destination).
 *
 * The invocation record Lambda sends to a function configured as the on-success or on-failure destination of another function's asynchronous invocations: the original event (`requestPayload`), what the function returned or threw (`responsePayload`) and why the record was sent (`requestContext.condition`). Lambda invokes the destination function asynchronously. The same document is the SQS/SNS `Message` or the EventBridge `detail` for those destination types.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
 */
export interface LambdaDestinationRecordEvent<TDestinationRequestPayload = unknown, TDestinationResponsePayload = unknown> {
  /**
   * Record format version, `1.0`.
   */
  version: string;
  timestamp: IsoTimestamp;
  requestContext: LambdaDestinationRequestContext;
  /**
   * The event the original function was invoked with, as parsed JSON (any JSON value).
   */
  requestPayload: TDestinationRequestPayload;
  responseContext?: LambdaDestinationResponseContext;
  /**
   * What the last attempt returned: the function's result on success, the error object (`errorMessage`, `errorType`, `stackTrace`) on failure, or `null`. Absent when the function never ran.
   */
  responsePayload?: TDestinationResponsePayload;
}

/**
 * Lambda function URL request.
 *
 * The event Lambda builds from an HTTP request to a function URL (`https://<url-id>.lambda-url.<region>.on.aws`), invoked synchronously (or as a response stream with `RESPONSE_STREAM` invoke mode). It follows API Gateway HTTP API payload format 2.0; the API Gateway-only fields carry placeholders (`routeKey` and `stage` are `$default`, `pathParameters` and `stageVariables` are null or absent).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
 */
export interface LambdaFunctionUrlEvent<TBody = string> {
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
  body?: TBody;
  /**
   * True when `body` is base64-encoded binary.
   */
  isBase64Encoded: boolean;
}

/**
 * Lambda function URL response stream (metadata prelude).
 *
 * What a function behind a function URL with invoke mode `RESPONSE_STREAM` writes (Lambda invokes it with `InvokeWithResponseStream`; the request is still a `lambda.function-url` event). The output is a byte stream, not one JSON document. To set the HTTP status, headers and cookies, the function first writes a JSON metadata prelude followed by 8 null bytes (content type `application/vnd.awslambda.http-integration-response`; in Node.js `awslambda.HttpResponseStream.from(responseStream, prelude)` does this), then the raw response body bytes. This schema describes only that prelude; the body is not JSON and is not validated. See also https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html
 */
export interface LambdaFunctionUrlStreamingResult {
  /**
   * The HTTP status code to return to the client.
   */
  statusCode?: number;
  headers?: HttpHeaders;
  /**
   * Cookies to set; each item becomes one `set-cookie` response header.
   */
  cookies?: string[];
}

/**
 * Amazon Lex V1 code hook input.
 *
 * The event Amazon Lex (V1) sends to an intent's Lambda code hook, synchronously: once per user input as the initialization and validation hook (`invocationSource` `DialogCodeHook`) and once the slots are filled as the fulfillment hook (`FulfillmentCodeHook`). The function answers with a `dialogAction` (`lex.v1.result`). Lex V2 bots send a different event (`lex.v2`). Lex notes that the input format may gain fields without a new `messageVersion`. https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html AWS ended support for Amazon Lex V1 on 15 September 2025 (the notice on every Lex V1 guide page, e.g. https://docs.aws.amazon.com/lex/latest/dg/API_runtime_DialogAction.html): V1 bots are no longer accessible, so this schema serves existing code and recorded events; new bots are Lex V2.
 *
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html
 */
export interface LexV1Event {
  currentIntent: LexV1CurrentIntent;
  /**
   * The bot that processed the request.
   */
  bot: {
    /**
     * The bot's name.
     */
    name: string;
    /**
     * The alias of the bot version that processed the request (`$LATEST` when the test console or an unaliased version is used).
     */
    alias: string;
    /**
     * The bot version that processed the request (`$LATEST` or a number).
     */
    version: string;
  };
  /**
   * The user id the client application passed to the PostText or PostContent runtime call.
   */
  userId: string;
  /**
   * The text Lex processed: what the user typed, or the text recognized from speech. The guide's input format always shows it; it is optional here only because SAM CLI's `lex` samples leave it out.
   */
  inputTranscript?: string;
  /**
   * Why Lex calls the function: `DialogCodeHook` to initialize and validate the user's input on each turn, `FulfillmentCodeHook` to fulfill the intent once every required slot is filled.
   */
  invocationSource: "DialogCodeHook" | "FulfillmentCodeHook";
  /**
   * Whether the client expects a `Text` or a `Voice` reply, from the runtime request's content type; return SSML for voice.
   */
  outputDialogMode: "Text" | "Voice";
  /**
   * The version of the event and response formats; the guide says only `1.0` is supported.
   */
  messageVersion: "1.0";
  sessionAttributes?: LexV1StringMap;
  /**
   * Request-specific attributes the client sent. The guide says the value is `null` when there are none.
   */
  requestAttributes?: LexV1StringMap | null;
  /**
   * The state of up to three recent intents, most recent first, for returning to an earlier intent (see the PutSession operation).
   */
  recentIntentSummaryView?: LexV1IntentSummary[];
  /**
   * Amazon Comprehend's sentiment analysis of the last utterance, when sentiment analysis is turned on for the bot.
   */
  sentimentResponse?: {
    /**
     * `POSITIVE`, `NEGATIVE`, `NEUTRAL` or `MIXED`.
     */
    sentimentLabel?: string;
    /**
     * The scores of each sentiment, as Lex writes them: a string such as `{Positive: 0.9,Negative: 0.01,Neutral: 0.08,Mixed: 0.01}`.
     */
    sentimentScore?: string;
  };
}

/**
 * Amazon Lex V1 code hook response.
 *
 * What a Lex (V1) code hook returns: a required `dialogAction` that tells Lex what to do next, optional `sessionAttributes` and `recentIntentSummaryView`. The fields `dialogAction` needs depend on its `type` (`Close` needs `fulfillmentState`; `ElicitSlot` needs `intentName`, `slots` and `slotToElicit`; `ConfirmIntent` needs `intentName` and `slots`); Lex fails the turn with a DependencyFailedException when the response does not fit. https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html#using-lambda-response-format AWS ended support for Amazon Lex V1 on 15 September 2025 (the notice on every Lex V1 guide page, e.g. https://docs.aws.amazon.com/lex/latest/dg/API_runtime_DialogAction.html): V1 bots are no longer accessible, so this schema serves existing code and recorded events; new bots are Lex V2.
 *
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html
 */
export interface LexV1Result {
  sessionAttributes?: LexV1StringMap;
  /**
   * Optional: sets values for up to three recent intents; each intent name and slot must exist in the bot. Without it the recent intents stay unchanged.
   *
   * @maxItems 3
   */
  recentIntentSummaryView?: LexV1IntentSummary[];
  dialogAction: LexV1DialogAction;
}

/**
 * Amazon Lex V2 code hook input.
 *
 * The event an Amazon Lex V2 bot sends to the Lambda function of its alias and locale, synchronously: as the dialog code hook after each user input (`invocationSource` `DialogCodeHook`) and as the fulfillment code hook (`FulfillmentCodeHook`). It carries the session state, the ranked `interpretations` of the utterance and, for dialog hooks, the `proposedNextState`. The function returns a session state and messages (`lex.v2.result`). Lex V1 bots send a different event (`lex.v1`). Lex says the input format may gain fields without a new `messageVersion`. https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html
 *
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html
 */
export interface LexV2Event {
  /**
   * The version of the event format; `1.0`.
   */
  messageVersion: string;
  /**
   * `DialogCodeHook` after a user input, `FulfillmentCodeHook` once the intent's required slots are filled and it is ready for fulfillment.
   */
  invocationSource: "DialogCodeHook" | "FulfillmentCodeHook";
  /**
   * The label of the code hook invocation configured for this conversation step, when one is set.
   */
  invocationLabel?: string;
  /**
   * How the user gave the input: `DTMF`, `Speech` or `Text`.
   */
  inputMode: string;
  /**
   * The response format the client asked for, such as `text/plain; charset=utf-8`, `audio/pcm`, `audio/mpeg` or `audio/ogg`.
   */
  responseContentType: string;
  /**
   * The session identifier the client uses for the conversation.
   */
  sessionId: string;
  /**
   * The text Lex processed: typed text or DTMF digits, or the text recognized from speech.
   */
  inputTranscript: string;
  /**
   * The user's input before any runtime hints or slot resolution were applied, when it differs.
   */
  rawInputTranscript?: string;
  /**
   * The bot, alias and locale that processed the request.
   */
  bot: {
    /**
     * The bot id (10 characters).
     */
    id: string;
    /**
     * The bot name.
     */
    name: string;
    /**
     * The alias id (`TSTALIASID` for the test alias).
     */
    aliasId: string;
    /**
     * The alias name.
     */
    aliasName?: string;
    /**
     * The locale, such as `en_US`; each locale of an alias names its own Lambda function.
     */
    localeId: string;
    /**
     * The bot version (`DRAFT` or a number).
     */
    version: string;
  };
  /**
   * The intents Lex considers possible matches for the utterance, best first (the fallback intent among them).
   */
  interpretations: LexV2Interpretation[];
  /**
   * With dialog code hooks: the action Lex would take next if the function returned the session state unchanged (`Delegate`). Absent when there is no next step to propose, for example in fulfillment hooks.
   */
  proposedNextState?: {
    dialogAction?: LexV2DialogAction;
    intent?: LexV2Intent;
    /**
     * The prompt attempt Lex would make next.
     */
    prompt?: {
      /**
       * `Initial`, `Retry1` ... `Retry5`.
       */
      attempt?: string;
    };
  };
  requestAttributes?: LexV2StringMap;
  sessionState: LexV2SessionState;
  /**
   * With speech input: up to three candidate transcriptions of the audio, with their confidence and the slots and intent resolved from each.
   */
  transcriptions?: {
    /**
     * The candidate transcription.
     */
    transcription?: string;
    /**
     * Confidence in the transcription, 0 to 1.
     */
    transcriptionConfidence?: number;
    /**
     * The intent this transcription resolved to.
     */
    resolvedContext?: {
      /**
       * The intent's name.
       */
      intent?: string;
    };
    resolvedSlots?: LexV2Slots;
  }[];
}

/**
 * Amazon Lex V2 code hook response.
 *
 * What a Lex V2 code hook returns: the session state to continue with (required, with `sessionState.dialogAction.type` always required), the messages for the user's next turn and request attributes. `ElicitSlot` also needs `slotToElicit`; `Close`, `ConfirmIntent` and `ElicitSlot` need the `intent`; `ElicitIntent` needs `messages`. Slots are objects (`{ "value": { "interpretedValue": ... } }`), not strings. https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 *
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export interface LexV2Result {
  /**
   * The state the conversation continues with; always required, with a `dialogAction`. The guide says `intent` is not required when the type is `Delegate` or `ElicitIntent`.
   */
  sessionState: LexV2SessionState & {
    dialogAction: LexV2DialogAction;
    intent?: LexV2Intent;
  };
  /**
   * Messages for the next turn, in order. Required with `ElicitIntent` (the current guide says with `ConfirmIntent` too); otherwise Lex uses the prompts configured in the bot.
   */
  messages?: LexV2Message[];
  requestAttributes?: LexV2StringMap;
}

/**
 * Amazon MQ for ActiveMQ batch.
 *
 * The batch of messages an Amazon MQ event source mapping consumes from one queue of an ActiveMQ broker (OpenWire/JMS) and passes to the function. Message bodies are base64-encoded; only JMS `TextMessage` and `BytesMessage` are supported. Lambda retries the whole batch on error.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export interface MqActiveMqEvent {
  /**
   * Always `aws:mq` (the Lambda guide's ActiveMQ example and real events). An early version of the guide's example wrote `aws:amq` and, in the same example, `physicalname` for `physicalName`; both were typos of that page, corrected since, and no broker sends them, so the registry rejects the old spelling as a whole rather than half of it. https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
   */
  eventSource: "aws:mq";
  eventSourceArn: Arn;
  /**
   * @minItems 1
   */
  messages: MqActiveMqMessage[];
}

/**
 * Amazon MQ for RabbitMQ batch.
 *
 * The batch of messages an Amazon MQ event source mapping consumes from one queue of a RabbitMQ broker (AMQP 0-9-1) and passes to the function, grouped under `<queue>::<virtual host>`. Message bodies are base64-encoded. Lambda retries the whole batch on error.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
 */
export interface MqRabbitMqEvent {
  eventSource: "aws:rmq";
  eventSourceArn: Arn;
  /**
   * Messages keyed by `<queue>::<virtual host>`, for example `pizzaQueue::/` for queue `pizzaQueue` on the default virtual host `/`.
   */
  rmqMessagesByQueue: {
    /**
     * @minItems 1
     */
    [k: string]: RabbitMqMessage[];
  };
}

/**
 * S3 Batch Operations invocation, schema 1.0.
 *
 * The request an S3 Batch Operations job with a `LambdaInvoke` operation sends when `InvocationSchemaVersion` is `1.0` (the default). S3 invokes the function synchronously, once per object in the manifest, and reads the per-task result from the response. Version 1.0 identifies the bucket by ARN (`s3BucketArn`) and carries no user arguments; jobs on directory buckets, or with `UserArguments`, use version 2.0.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export interface S3BatchV1Event {
  /**
   * `1.0`; echo it in the response.
   */
  invocationSchemaVersion: "1.0";
  invocationId: S3BatchInvocationId;
  /**
   * The Batch Operations job that made this invocation.
   */
  job: {
    id: S3BatchJobId;
  };
  /**
   * The objects to process: one task per invocation in practice (the AWS examples read `tasks[0]`), but it is an array.
   *
   * @minItems 1
   */
  tasks: S3BatchV1Task[];
}

/**
 * S3 Batch Operations response, schema 1.0.
 *
 * What the function returns to an S3 Batch Operations job using invocation schema 1.0: the invocation id and a result code per task. `Succeeded` records the task as succeeded with `resultString` in the completion report, `TemporaryFailure` makes S3 retry the task, `PermanentFailure` records it as failed.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export interface S3BatchV1Result {
  /**
   * The request's `invocationSchemaVersion`, `1.0`.
   */
  invocationSchemaVersion: "1.0";
  treatMissingKeysAs?: S3BatchResultCode;
  /**
   * The request's `invocationId`, unchanged.
   */
  invocationId: string;
  /**
   * One result per task of the request.
   */
  results: S3BatchTaskResult[];
}

/**
 * S3 Batch Operations invocation, schema 2.0.
 *
 * The request an S3 Batch Operations job with a `LambdaInvoke` operation sends when `InvocationSchemaVersion` is `2.0` (required for directory buckets and for `UserArguments`). S3 invokes the function synchronously, once per object in the manifest. Unlike 1.0, tasks name the bucket by name (`s3Bucket`) and carry no `s3BucketArn`, and the job may carry `userArguments`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export interface S3BatchV2Event {
  /**
   * `2.0`; echo it in the response.
   */
  invocationSchemaVersion: "2.0";
  invocationId: S3BatchInvocationId;
  job: S3BatchV2Job;
  /**
   * The objects to process: one task per invocation in practice, but it is an array.
   *
   * @minItems 1
   */
  tasks: S3BatchV2Task[];
}

/**
 * S3 Batch Operations response, schema 2.0.
 *
 * What the function returns to an S3 Batch Operations job using invocation schema 2.0: the same shape as for 1.0, with `invocationSchemaVersion` `2.0`. `Succeeded` records the task as succeeded, `TemporaryFailure` makes S3 retry it, `PermanentFailure` records it as failed.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export interface S3BatchV2Result {
  /**
   * The request's `invocationSchemaVersion`, `2.0`.
   */
  invocationSchemaVersion: "2.0";
  treatMissingKeysAs?: S3BatchResultCode;
  /**
   * The request's `invocationId`, unchanged.
   */
  invocationId: string;
  /**
   * One result per task of the request.
   */
  results: S3BatchTaskResult[];
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
 * S3 event notifications in an SQS batch.
 *
 * An SQS batch from a queue that is the destination of an S3 bucket notification: each message `body` is the S3 notification JSON (`{"Records":[...]}`) as a string. When the notification configuration is created or changed, S3 also sends one `s3:TestEvent` message (no `Records`) to the queue, so handlers should recognise and skip it. The batch itself is an ordinary SQS batch and takes the SQS partial batch response.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export interface S3NotificationInSqsEvent {
  /**
   * SQS messages whose `body` is an S3 event notification (or, once per configuration change, the `s3:TestEvent` message).
   *
   * @minItems 1
   */
  Records: SqsRecord[];
}

/**
 * Amazon S3 Object Lambda request.
 *
 * The event an S3 Object Lambda Access Point sends when a client calls `GetObject`, `HeadObject`, `ListObjects` or `ListObjectsV2` on it; the function is invoked synchronously. Exactly one of `getObjectContext`, `headObjectContext`, `listObjectsContext` and `listObjectsV2Context` is present and tells which operation is being served. A `GetObject` function answers by calling `WriteGetObjectResponse` with `outputRoute` and `outputToken`; the other operations answer with the function's return value (see `s3.object-lambda.result`). S3 Object Lambda is closed to new customers since November 7, 2025.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html
 */
export interface S3ObjectLambdaEvent {
  /**
   * The Amazon S3 request id of this request; AWS recommends logging it for debugging.
   */
  xAmzRequestId: string;
  getObjectContext?: S3ObjectLambdaGetObjectContext;
  headObjectContext?: S3ObjectLambdaInputContext;
  listObjectsContext?: S3ObjectLambdaInputContext;
  listObjectsV2Context?: S3ObjectLambdaInputContext;
  configuration: S3ObjectLambdaConfiguration;
  userRequest: S3ObjectLambdaUserRequest;
  userIdentity: S3ObjectLambdaUserIdentity;
  /**
   * Version of this event format, `<major>.<minor>` with a two-digit minor (`1.00`, `1.01`). S3 may add fields at any time with a minor bump, and several minor versions can be in use at once; a major bump requires opting in.
   */
  protocolVersion: string;
}

/**
 * Amazon S3 Object Lambda response.
 *
 * What a function behind an Object Lambda Access Point returns for `HeadObject`, `ListObjects` and `ListObjectsV2` requests: a JSON object with the HTTP `statusCode` (required) and, for HeadObject, the `headers` and `metadata` to return; for the list operations, the listing as `listResultXml` or `listBucketResult`; on failure, `errorCode` and `errorMessage`. For `GetObject` the function instead sends status, headers and body with the `WriteGetObjectResponse` API (`RequestRoute`/`RequestToken` from `getObjectContext`) and S3 ignores its return value, so this schema does not apply to GetObject returns.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html
 */
export interface S3ObjectLambdaResult {
  statusCode: S3ObjectLambdaStatusCode;
  /**
   * Error code returned to the caller when `statusCode` is an error status.
   */
  errorCode?: string;
  /**
   * Error message returned to the caller when `statusCode` is an error status.
   */
  errorMessage?: string;
  /**
   * HeadObject only: the response headers, such as `Content-Length`, `Content-Type`, `ETag`, `Last-Modified`, `x-amz-version-id`, `x-amz-storage-class`. The S3 docs type some as numbers or booleans (`Content-Length`, `x-amz-delete-marker`) while the AWS example passes the original response's headers through as strings, so strings, numbers and booleans are accepted.
   */
  headers?: {
    [k: string]: string | number | boolean;
  };
  /**
   * HeadObject only: user-defined object metadata to return (the `x-amz-meta-*` headers).
   */
  metadata?: {
    [k: string]: string;
  };
  /**
   * ListObjects/ListObjectsV2 only: the ListBucketResult XML document to return (for example the transformed body fetched from `inputS3Url`); may also be an S3 error XML document when the presigned call failed. Give this or `listBucketResult`, not both.
   */
  listResultXml?: string;
  listBucketResult?: S3ObjectLambdaListBucketResult;
}

/**
 * Amazon S3 test event.
 *
 * The one-off test message Amazon S3 sends to a notification destination when a bucket notification configuration is created or changed: `Event` is `s3:TestEvent` and, unlike real notifications, there is no `Records` array. The S3 docs show this message without naming a destination type; it is most often met inside SQS bodies and SNS messages, so a handler fed by S3 (directly or through a queue) should recognise and skip it.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export interface S3TestEvent {
  /**
   * Always `Amazon S3`.
   */
  Service: "Amazon S3";
  /**
   * Always `s3:TestEvent` (with the `s3:` prefix, unlike `eventName` in real records).
   */
  Event: "s3:TestEvent";
  Time: IsoTimestamp;
  /**
   * Name of the bucket whose notification configuration was set (a name, not an ARN).
   */
  Bucket: string;
  /**
   * The S3 request id of the configuration request.
   */
  RequestId: string;
  /**
   * Id of the S3 host that processed the request (the `x-amz-id-2` value).
   */
  HostId: string;
}

/**
 * SageMaker Ground Truth annotation consolidation request.
 *
 * What Amazon SageMaker Ground Truth sends to a custom labeling workflow's post-annotation (annotation consolidation) Lambda function when all workers have annotated a batch of data objects, or their task time ran out: the labeling job, its label attribute name and execution role, and `payload.s3Uri`, the S3 location of a JSON file listing each data object with the workers' annotations. Ground Truth invokes the function synchronously and writes the consolidated labels it returns (`sagemaker.ground-truth-annotation-consolidation.result`) to the output manifest. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html#sms-custom-templates-step3-postlambda
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export interface SageMakerGroundTruthAnnotationConsolidationEvent {
  /**
   * A version number Ground Truth uses internally; `2018-10-16` in every example.
   */
  version: string;
  labelingJobArn: Arn;
  /**
   * The label categories and other attributes specified in the console or in the label category configuration file. The request schema lists it, but the SAM CLI sample (a custom job without a label category file) has none, so it is optional.
   */
  labelCategories?: string[];
  /**
   * The labeling job's name, or the label attribute name given when the job was created: the key the consolidated labels go under in the output manifest.
   */
  labelAttributeName: string;
  roleArn: Arn;
  /**
   * Where the annotations are.
   */
  payload: {
    /**
     * S3 URI of the annotation file: a JSON array with, per data object, `datasetObjectId`, `dataObject` (`s3Uri` or `content`) and `annotations` (`workerId` and `annotationData` with `content` or `s3Uri`).
     */
    s3Uri: string;
  };
}

/**
 * SageMaker Ground Truth pre-annotation request.
 *
 * What Amazon SageMaker Ground Truth sends to a custom labeling workflow's pre-annotation (pre-human task) Lambda function before a data object is sent to workers: the labeling job and one data object (one line of the input manifest, or one object sent through Amazon SNS for a streaming job). Ground Truth invokes the function synchronously and builds the worker task from its response (`sagemaker.ground-truth-pre-human-task.result`). https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html#sms-custom-templates-step3-prelambda
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export interface SageMakerGroundTruthPreHumanTaskEvent {
  /**
   * A version number Ground Truth uses internally; `2018-10-16` in every example.
   */
  version: string;
  labelingJobArn: Arn;
  dataObject: SageMakerGroundTruthDataObject;
}

/**
 * SageMaker Ground Truth pre-annotation response.
 *
 * What a pre-annotation Lambda function returns to Ground Truth: `taskInput`, the data the custom worker task template reads as `task.input`, and optionally `isHumanAnnotationRequired`. Note that the guide's second sample function returns `"humanAnnotationRequired": "true"` (another name, and a string): the response format above it names the field `isHumanAnnotationRequired` with a boolean value, which this schema follows. https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html#sms-custom-templates-step3-prelambda
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export interface SageMakerGroundTruthPreHumanTaskResult {
  /**
   * A JSON object with everything the worker task template needs (the template reads it as `task.input`, such as `{{ task.input.source-ref | grant_read_access }}`).
   */
  taskInput: {
    [k: string]: unknown;
  };
  /**
   * Whether workers should label this data object; defaults to `true`. Return `false` to exclude the object from human labeling.
   */
  isHumanAnnotationRequired?: boolean;
}

/**
 * AWS Secrets Manager rotation step.
 *
 * What Secrets Manager sends a rotation function: one invocation per rotation step (`createSecret`, `setSecret`, `testSecret`, `finishSecret`, in that order), each with the same secret and the same token, which is the version id of the new (`AWSPENDING`) secret version. Secrets Manager reads no return value: a step fails when the function raises an error. https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda.html
 *
 * @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda.html
 */
export interface SecretsManagerRotationEvent {
  /**
   * The rotation step to perform. The current guide's prose names them `create_secret`, `set_secret`, `test_secret` and `finish_secret`, but the value sent is camelCase, as AWS's rotation function templates compare it (an unknown step must raise an error).
   */
  Step: "createSecret" | "setSecret" | "testSecret" | "finishSecret";
  /**
   * ARN of the secret to rotate.
   */
  SecretId: string;
  /**
   * Idempotency token of this rotation, the same in every step: pass it to the Secrets Manager calls the function makes (`PutSecretValue`, `UpdateSecretVersionStage`); it becomes the `VersionId` of the new secret version. A UUID in practice, but not checked as one.
   */
  ClientRequestToken: string;
  /**
   * A token identifying the source of the rotation request, to pass to `PutSecretValue` as `RotationToken` (needed when the function calls Secrets Manager through an assumed role). Listed in the current guide's request structure; older rotation requests (and the 2021 guide) do not carry it, so it is optional.
   */
  RotationToken?: string;
}

/**
 * Amazon SES email receiving Lambda action.
 *
 * The event an SES receipt rule's Lambda action sends for each incoming message: the message metadata and headers (`mail`) and the receipt details (`receipt`: verdicts and the action). The body is not included; store it with an S3 action or use an SNS action to get it. The receipt rule chooses the invocation type: `Event` (asynchronous) or `RequestResponse`, where the function's `disposition` controls the mail flow (`ses.receipt.result`).
 *
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html
 */
export interface SesReceiptEvent {
  /**
   * One record per invocation.
   *
   * @minItems 1
   */
  Records: SesEventRecord[];
}

/**
 * Amazon SNS notification.
 *
 * A message published to an SNS topic that the function is subscribed to. SNS invokes the function asynchronously with one record per invocation. Field names are PascalCase, and the URL fields are spelled `SigningCertUrl` and `UnsubscribeUrl` (not the `...URL` of the HTTP/HTTPS delivery format).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 */
export interface SnsNotificationEvent<TMessage = string> {
  /**
   * Always exactly one record in practice; typed as an array because that is how SNS sends it.
   *
   * @minItems 1
   */
  Records: SnsEventRecord<TMessage>[];
}

/**
 * SNS notifications in an SQS batch.
 *
 * An SQS batch from a queue subscribed to an SNS topic without raw message delivery: each message `body` is the SNS notification JSON (the HTTP/HTTPS delivery format, pretty-printed, with `SigningCertURL`/`UnsubscribeURL` spelled in capitals, unlike the Lambda SNS event's `SigningCertUrl`/`UnsubscribeUrl`). With raw message delivery on, the body is the published message itself and the batch is a plain `sqs.batch`. The batch takes the SQS partial batch response.
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html
 */
export interface SnsNotificationInSqsEvent {
  /**
   * SQS messages whose `body` is an `SnsHttpNotification` JSON document.
   *
   * @minItems 1
   */
  Records: SqsRecord[];
}

/**
 * Amazon SQS message batch.
 *
 * The batch of messages an SQS event source mapping polls from a standard or FIFO queue and passes to the function. Lambda deletes the batch from the queue when the function succeeds; with `ReportBatchItemFailures` it retries only the messages the function lists in its response.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export interface SqsBatchEvent<TBody = string> {
  /**
   * @minItems 1
   */
  Records: SqsRecord<TBody>[];
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

/**
 * SQS messages in a Firehose transformation batch.
 *
 * A Firehose data transformation invocation whose records carry SQS messages: an EventBridge Pipe with an SQS source and a Firehose target puts each message into the stream as the JSON of the SQS record (`messageId`, `receiptHandle`, `body`, ...), and the stream's transformation function receives them base64-encoded in `data`. The function answers with the Firehose transformation response (`firehose.transformation.result`).
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export interface SqsMessageInFirehoseEvent<TData = Base64String> {
  /**
   * Id of this invocation (a UUID).
   */
  invocationId: string;
  deliveryStreamArn: Arn;
  sourceKinesisStreamArn?: Arn;
  region: AwsRegion;
  /**
   * @minItems 1
   */
  records: FirehoseTransformationRecord<TData>[];
}

/**
 * AWS Transfer Family custom identity provider request.
 *
 * What an AWS Transfer Family server with a Lambda custom identity provider sends when a user logs in over SFTP, FTPS or FTP: the user name, the password (for password authentication), the protocol, the server id and the client's IP address. The server waits for the user's configuration (`transfer.identity-provider.result`); a response without `Role` (for example `{}`) denies the login. https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
 *
 * @see https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
 */
export interface TransferIdentityProviderEvent {
  /**
   * The user name the client logged in with.
   */
  username: string;
  /**
   * The password the client sent, for password authentication. For public key authentication there is no password: the guide's example functions test for an empty string, and @types/aws-lambda types it optional, so it may be absent or `""`; the function then returns `PublicKeys` instead of checking a password.
   */
  password?: string;
  /**
   * The protocol of the login: `SFTP`, `FTPS` or `FTP` (the guide: the event structure is the same for FTP and FTPS, with those values). A plain string, as Transfer Family may add protocols.
   */
  protocol: string;
  /**
   * Id of the Transfer Family server (`s-` and 17 hex digits; the guide's example writes `s-abcd123456`).
   */
  serverId: string;
  /**
   * IP address of the client.
   */
  sourceIp: string;
}

/**
 * AWS Transfer Family custom identity provider response.
 *
 * The user configuration a Transfer Family custom identity provider function returns. The user is authenticated if and only if `Role` is set and not blank; to deny the login, return a response without `Role`, such as `{}` (so `Role` is not required here). `Policy` and `HomeDirectoryDetails` are JSON text (strings), not objects. https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
 *
 * @see https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
 */
export interface TransferIdentityProviderResult {
  /**
   * ARN of the IAM role that controls the user's access to the S3 bucket or EFS file system. Required for a successful login; absent (or blank) denies it.
   */
  Role?: string;
  /**
   * A session policy that scopes the role down for this user, as JSON text (the guide: the policy is escaped JSON as a string). An empty string means no session policy.
   */
  Policy?: string;
  /**
   * `PATH` (the client sees the bucket or file system paths as they are) or `LOGICAL` (the client sees the mappings in `HomeDirectoryDetails`).
   */
  HomeDirectoryType?: "PATH" | "LOGICAL";
  /**
   * For `LOGICAL` home directories (required then): the mappings as JSON text of an array of `{"Entry": "/visible/path", "Target": "/bucket/or/fs-id/path"}` objects, e.g. `"[{\"Entry\": \"/\", \"Target\": \"/bucket/home/user\"}]"`. The guide's examples always return a string, not an array.
   */
  HomeDirectoryDetails?: string;
  /**
   * The landing directory (`/bucket/path` or `/fs-id/path`) for `PATH` home directories; defaults to `/`.
   */
  HomeDirectory?: string;
  PosixProfile?: TransferPosixProfile;
  /**
   * SSH public keys valid for the user (`ssh-rsa AAAA...`), for public key authentication. An empty list means the login is not valid; must not be returned during password authentication.
   */
  PublicKeys?: string[];
}

/**
 * Amazon VPC Lattice request to a Lambda target (event structure V1).
 *
 * The event a VPC Lattice service passes when it forwards an HTTP or HTTPS request to a target group of type `LAMBDA` whose `lambdaEventStructureVersion` is `V1`, invoked synchronously. Field names are snake_case; repeated headers are joined into one string and repeated query parameters keep the last value. The V2 structure (`vpc-lattice.request-v2`) adds the request context.
 *
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html
 */
export interface VpcLatticeRequestV1Event {
  /**
   * The request path including the query string, such as `/path/to/resource?query1=value1`.
   */
  raw_path: string;
  /**
   * The HTTP method of the request (`GET`, `POST`, ...).
   */
  method: string;
  headers: HttpHeaders;
  query_string_parameters?: StringMap;
  /**
   * The request body; base64-encoded when `is_base64_encoded` is true. Optional: the guide does not say it is sent for requests without a body.
   */
  body?: string;
  /**
   * True when `body` is base64-encoded: VPC Lattice encodes it when a `content-encoding` header is present or the content type is not text/*, application/json, application/xml or application/javascript.
   */
  is_base64_encoded?: boolean;
}

/**
 * Amazon VPC Lattice Lambda target response.
 *
 * What a Lambda function behind a VPC Lattice target group returns (both event structure versions). The VPC Lattice guide says the response must include the base64 encoding status, the status code and the headers; the body may be omitted. Hop-by-hop headers (`Connection`, `Transfer-Encoding`) are ignored and `Content-Length` is computed by the service. The response JSON may be at most 6 MB.
 *
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#respond-to-service
 */
export interface VpcLatticeRequestV1Result {
  /**
   * True when `body` is base64-encoded binary; VPC Lattice decodes it before sending it to the client.
   */
  isBase64Encoded: boolean;
  /**
   * The HTTP status code to return to the client.
   */
  statusCode: number;
  /**
   * An optional status line text such as `200 OK`, as in ALB responses; the VPC Lattice guide's example does not use it.
   */
  statusDescription?: string;
  headers: HttpHeaders;
  /**
   * The response payload as a string; base64-encoded binary when `isBase64Encoded` is true. May be omitted.
   */
  body?: string;
}

/**
 * Amazon VPC Lattice request to a Lambda target (event structure V2).
 *
 * The event a VPC Lattice service passes when it forwards an HTTP or HTTPS request to a target group of type `LAMBDA` whose `lambdaEventStructureVersion` is `V2`, invoked synchronously. Unlike V1 (`vpc-lattice.request-v1`), field names are camelCase, headers and query parameters keep every value in a list, and `requestContext` identifies the service network, service, target group and caller.
 *
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html
 */
export interface VpcLatticeRequestV2Event {
  /**
   * The event structure version.
   */
  version: "2.0";
  /**
   * The request path including the query string, such as `/?query1=value1&query2=value2`.
   */
  path: string;
  /**
   * The HTTP method of the request (`GET`, `POST`, ...).
   */
  method: string;
  headers: HttpMultiValueHeaders;
  queryStringParameters?: MultiValueStringMap;
  /**
   * The request body; base64-encoded when `isBase64Encoded` is true. Optional: the guide does not say it is sent for requests without a body.
   */
  body?: string;
  /**
   * True when `body` is base64-encoded: VPC Lattice encodes it when a `content-encoding` header is present or the content type is not text/*, application/json, application/xml or application/javascript. The guide says it is present only when there is a body to encode.
   */
  isBase64Encoded?: boolean;
  requestContext: VpcLatticeRequestContext;
}

/**
 * Amazon VPC Lattice Lambda target response (event structure V2).
 *
 * What a Lambda function behind a VPC Lattice target group with event structure V2 returns: the same response as for V1 (`statusCode`, `headers`, `isBase64Encoded`, optional `body`).
 *
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#respond-to-service
 */
export interface VpcLatticeRequestV2Result {
  /**
   * True when `body` is base64-encoded binary; VPC Lattice decodes it before sending it to the client.
   */
  isBase64Encoded: boolean;
  /**
   * The HTTP status code to return to the client.
   */
  statusCode: number;
  /**
   * An optional status line text such as `200 OK`, as in ALB responses; the VPC Lattice guide's example does not use it.
   */
  statusDescription?: string;
  headers: HttpHeaders;
  /**
   * The response payload as a string; base64-encoded binary when `isBase64Encoded` is true. May be omitted.
   */
  body?: string;
}

/**
 * Amazon WorkMail email flow rule (Run Lambda) event.
 *
 * The message summary Amazon WorkMail passes to the function of an inbound or outbound email flow rule with the Run Lambda action. A synchronous rule invokes the function before the message is delivered or sent and acts on its response (`workmail.message-flow.result`); an asynchronous rule invokes it while the message is delivered, and ignores the response. The full message is read with the WorkMail Message Flow API (`GetRawMessageContent`) using `messageId`. https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#lambda-data
 *
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html
 */
export interface WorkMailMessageFlowEvent {
  /**
   * Version of the event data (`2018-10-10`); it changes only with a backwards-incompatible change.
   */
  summaryVersion: string;
  /**
   * The SMTP envelope of the message.
   */
  envelope: {
    mailFrom: WorkMailAddress;
    /**
     * The recipients, with no distinction between To, CC and BCC. For inbound rules, only the recipients in the organization's domains from this SMTP conversation (the function is invoked once per conversation); cut short when `truncated` is `true`.
     */
    recipients: WorkMailAddress[];
  };
  sender?: WorkMailAddress;
  /**
   * The subject line, truncated beyond 256 characters.
   */
  subject: string;
  /**
   * Id of the message for the WorkMail Message Flow API (`GetRawMessageContent`, and `PutRawMessageContent` from a synchronous rule).
   */
  messageId: string;
  /**
   * Id of this invocation; the same when WorkMail retries the call for the same event data, so use it to detect retries.
   */
  invocationId: string;
  /**
   * Direction of the email flow.
   */
  flowDirection: "INBOUND" | "OUTBOUND";
  /**
   * `true` when the event exceeded 128 KB and the recipient list was truncated to fit (unrelated to subject truncation).
   */
  truncated: boolean;
}

/**
 * Amazon WorkMail synchronous Run Lambda response.
 *
 * What the function of a synchronous Run Lambda email flow rule returns: the actions WorkMail takes on the message, each for listed recipients or for all recipients not named by another action. Recipients the response leaves out get the rule's fallback action. WorkMail reads no response from asynchronous rules. An invalid response (or an error or timeout) makes WorkMail retry until the rule timeout and then apply the fallback action to every recipient. At most 10 distinct actions are applied (the rest get the fallback action) and responses are limited to 256 KB. https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#synchronous-schema
 *
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html
 */
export interface WorkMailMessageFlowResult {
  /**
   * The actions to take, each on its recipients.
   */
  actions: WorkMailMessageFlowAction[];
}
