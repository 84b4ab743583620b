/**
 * Type-level tests of the generated package, checked by tsc in test/types.test.ts (never run).
 * Each `@ts-expect-error` is an assertion: the line must not compile.
 */
import type {
  ApiGatewayHttpProxyV2Event,
  ApiGatewayRestProxyEvent,
  DynamoDbStreamBatchEvent,
  EventBridgeEvent,
  EventId,
  PayloadTypes,
  ResultId,
  S3NotificationEvent,
  SqsBatchEvent,
  SqsBatchResult,
} from '../../generated/index.js';
import { validate } from '../../generated/validators/sqs.batch.js';
import { detect } from '../../generated/detect.js';

// A validator is a type guard.
export function narrow(input: unknown): SqsBatchEvent | undefined {
  if (validate(input)) return input;
  const errors = validate.errors ?? [];
  errors.map((e) => `${e.instancePath} ${e.keyword} ${e.message ?? ''}`);
  return undefined;
}

// EventBridge detail is generic over detail-type, detail and source.
type OrderPlaced = EventBridgeEvent<'Order Placed', { orderId: string; total: number }, 'com.example.orders'>;
export function orderTotal(e: OrderPlaced): number {
  const kind: 'Order Placed' = e['detail-type'];
  const source: 'com.example.orders' = e.source;
  void kind;
  void source;
  return e.detail.total;
}
// By default detail is an object whose fields are unknown: they must be checked before use.
export function defaultDetail(e: EventBridgeEvent): unknown {
  // @ts-expect-error detail fields are unknown by default
  const orderId: string = e.detail.orderId;
  return orderId;
}
// A handler may return any JSON value to HTTP API 2.0 (an inferred 200 response).
export const inferred: import('../../generated/index.js').ApiGatewayHttpProxyV2Result = { ok: true, items: [1, 2] };

// Nullable where AWS sends null (the console's Test button), optional where AWS omits.
export const restHeaders: ApiGatewayRestProxyEvent['headers'] = null;
export const restBody: ApiGatewayRestProxyEvent['body'] = null;
export function cookies(e: ApiGatewayHttpProxyV2Event): string[] {
  // @ts-expect-error cookies is absent when the request has none
  const all: string[] = e.cookies;
  void all;
  return e.cookies ?? [];
}
export function deletedSize(e: S3NotificationEvent): number {
  // @ts-expect-error delete events carry no size
  const size: number = e.Records[0]!.s3.object.size;
  void size;
  return e.Records[0]?.s3.object.size ?? 0;
}
export const precision: NonNullable<DynamoDbStreamBatchEvent['Records'][number]['dynamodb']['ApproximateCreationDateTimePrecision']> = 'MILLISECOND';

// Results pair with their events; no index signature leaks in.
export const result: SqsBatchResult = { batchItemFailures: [{ itemIdentifier: 'id' }] };
// @ts-expect-error unknown properties are not part of the type
export const extra: SqsBatchResult = { batchItemFailures: [], extra: true };

// Ids are typed.
export const id: EventId | null = detect({});
export const resultId: ResultId = 'sqs.batch.result';
// @ts-expect-error not an id
export const notAnId: EventId = 'sqs.batches';
export type SqsFromMap = PayloadTypes['sqs.batch'];

// AWS service detail types are the generic EventBridge event, narrowed: constant detail-type and source.
import type { CognitoUserPoolTriggerEvent, Ec2InstanceStateChangeEvent, EventBridgeEventOf, CodeBuildBuildStateChangeEvent } from '../../generated/index.js';
import { defineHandler } from '../../generated/handler.js';
export function ec2State(e: Ec2InstanceStateChangeEvent): string {
  const source: 'aws.ec2' = e.source;
  const detailType: 'EC2 Instance State-change Notification' = e['detail-type'];
  const generic: EventBridgeEvent<string, unknown, string> = e;
  return `${source} ${detailType} ${e.detail['instance-id']} ${generic.id}`;
}
// @ts-expect-error: a CodeBuild event is not an EC2 state change
export const wrongDetail: Ec2InstanceStateChangeEvent = null as unknown as CodeBuildBuildStateChangeEvent;

// A function subscribed to several detail types narrows on event['detail-type'].
export function several(e: EventBridgeEventOf<'EC2 Instance State-change Notification' | 'CodeBuild Build State Change'>): string {
  if (e['detail-type'] === 'EC2 Instance State-change Notification') return e.detail['instance-id'];
  return e.detail['project-name'];
}

// A typed handler for a service detail type returns nothing to EventBridge.
export const ec2Handler = defineHandler('ec2.eventbridge-instance-state-change', async (event) => {
  event.detail.state satisfies string;
});

// Cognito user pool triggers form a discriminated union on triggerSource; each returns its own event.
export function cognito(e: CognitoUserPoolTriggerEvent): string {
  switch (e.triggerSource) {
    case 'PreSignUp_SignUp':
    case 'PreSignUp_AdminCreateUser':
    case 'PreSignUp_ExternalProvider':
      return e.request.userAttributes['email'] ?? '';
    case 'DefineAuthChallenge_Authentication':
      return String(e.request.session.length);
    default:
      return e.userPoolId;
  }
}
export const presignup = defineHandler('cognito.pre-signup', async (event) => {
  event.response.autoConfirmUser = true;
  return event;
});

// Event types are generic over what they carry; without an argument they are what AWS sends.
import type { DynamoDbStreamBatchEvent as StreamEvent, KinesisStreamBatchEvent, SnsNotificationEvent } from '../../generated/index.js';
import { eventBridge, httpBody, sqs } from '../../generated/envelopes.js';
interface OrderPlacedBody {
  orderId: string;
  total: number;
}
declare const validateOrderPlaced: import('../../generated/validator.js').Validator<OrderPlacedBody>;
export function decodedBodies(e: SqsBatchEvent<OrderPlacedBody>, s: SnsNotificationEvent<OrderPlacedBody>, k: KinesisStreamBatchEvent<OrderPlacedBody>, d: StreamEvent<OrderPlacedBody>): number {
  return e.Records[0]!.body.total + s.Records[0]!.Sns.Message.total + k.Records[0]!.kinesis.data.total + (d.Records[0]!.dynamodb.NewImage?.total ?? 0);
}
export function rawBody(e: SqsBatchEvent): string {
  const body: string = e.Records[0]!.body;
  // @ts-expect-error by default a body is the string SQS sent
  const total: number = e.Records[0]!.body.total;
  return body + total;
}
export const restBodyDefault: ApiGatewayRestProxyEvent<string | null>['body'] = ({} as ApiGatewayRestProxyEvent).body;
// defineHandler with an envelope: the handler's event has the validator's type in the slot.
export const ordersHandler = defineHandler(
  'sqs.batch',
  async (event: SqsBatchEvent<OrderPlacedBody>) => ({ batchItemFailures: event.Records.filter((r) => r.body.total < 0).map((r) => ({ itemIdentifier: r.messageId })) }),
  { envelope: sqs, body: validateOrderPlaced },
);
export const inferredDetail = defineHandler('eventbridge.event', async (event) => void event.detail.orderId.toUpperCase(), { envelope: eventBridge, body: validateOrderPlaced });
// @ts-expect-error the envelope reads another id's events
export const wrongEnvelope = defineHandler('sns.notification', async () => undefined, { envelope: sqs, body: validateOrderPlaced });
export const wrongBody = defineHandler(
  'sqs.batch',
  // @ts-expect-error the handler expects bodies the validator does not check
  async (event: SqsBatchEvent<{ other: string }>) => void event.Records,
  { envelope: sqs, body: validateOrderPlaced },
);
// One envelope for every HTTP trigger: the body is typed, nullability of the default gone once decoded.
export const restHandler = defineHandler(
  'apigateway.rest-proxy',
  async (event) => ({ statusCode: 200, body: event.body.orderId }),
  { envelope: httpBody, body: validateOrderPlaced },
);
