/**
 * Type-level tests of `lambda-event-registry/invoke` (checked by tsc --strict in
 * test/codegen/typecheck.test.ts; never run). Each `@ts-expect-error` is an assertion.
 */
import { LambdaClient } from '@aws-sdk/client-lambda';
import { invoke } from 'lambda-event-registry/invoke';
import type { ApiGatewayRestProxyEvent, ApiGatewayRestProxyResult, S3NotificationEvent, SqsBatchResult, Validator } from 'lambda-event-registry';
import { validate as validateRest } from 'lambda-event-registry/apigateway.rest-proxy';

const client = new LambdaClient({});
declare const event: ApiGatewayRestProxyEvent;
declare const s3: S3NotificationEvent;

export async function registryIds(): Promise<void> {
  // RequestResponse resolves to the id's result type.
  const result: ApiGatewayRestProxyResult = await invoke(client, 'apigateway.rest-proxy', { functionName: 'f', payload: event, validate: validateRest });
  void result;
  // A result the invoker ignores is void; a poller's result may be absent.
  const nothing: void = await invoke(client, 's3.notification', { functionName: 'f', payload: s3 });
  const batch: SqsBatchResult | void = await invoke(client, 'sqs.batch', { functionName: 'f', payload: { Records: [] } });
  void nothing;
  void batch;
  // Event and DryRun resolve to nothing; DryRun needs no payload.
  const queued: void = await invoke(client, 'apigateway.rest-proxy', { functionName: 'f', invocationType: 'Event', payload: event });
  const allowed: void = await invoke(client, 'apigateway.rest-proxy', { functionName: 'f', invocationType: 'DryRun' });
  void queued;
  void allowed;
  // @ts-expect-error the payload is the id's event type
  await invoke(client, 'apigateway.rest-proxy', { functionName: 'f', payload: { path: '/' } });
  // @ts-expect-error an Event invocation needs a payload
  await invoke(client, 'apigateway.rest-proxy', { functionName: 'f', invocationType: 'Event' });
  // @ts-expect-error the log tail is for synchronous invocations only
  await invoke(client, 'apigateway.rest-proxy', { functionName: 'f', invocationType: 'Event', payload: event, logType: 'Tail' });
  // @ts-expect-error Lambda passes a client context on synchronous invocations only
  await invoke(client, 'apigateway.rest-proxy', { functionName: 'f', invocationType: 'Event', payload: event, clientContext: { custom: {} } });
  // @ts-expect-error the validator must be the id's
  await invoke(client, 'apigateway.rest-proxy', { functionName: 'f', payload: s3, validate: validateRest });
}

interface PlaceOrder {
  orderId: string;
}
interface OrderReceipt {
  accepted: boolean;
}
declare const validatePlaceOrder: Validator<PlaceOrder>;
declare const validateReceipt: Validator<OrderReceipt>;

export async function ownContracts(): Promise<void> {
  // The types come from the validators...
  const receipt = await invoke(client, 'acme.place-order', { functionName: 'orders', payload: { orderId: 'o-1' }, validate: validatePlaceOrder, validateResult: validateReceipt });
  const accepted: boolean = receipt.accepted;
  void accepted;
  // ...or from type arguments, for every invocation type.
  const typed = await invoke<PlaceOrder, OrderReceipt>(client, 'acme.place-order', { functionName: 'orders', payload: { orderId: 'o-1' } });
  void typed.accepted;
  const queued: void = await invoke<PlaceOrder, OrderReceipt>(client, 'acme.place-order', { functionName: 'orders', invocationType: 'Event', payload: { orderId: 'o-1' } });
  void queued;
  // @ts-expect-error the payload must match the validator's type
  await invoke(client, 'acme.place-order', { functionName: 'orders', payload: { orderId: 1 }, validate: validatePlaceOrder });
  // Without validators or type arguments, the result is unknown.
  const loose = await invoke(client, 'acme.place-order', { functionName: 'orders', payload: { orderId: 'o-1' } });
  // @ts-expect-error unknown until checked
  void loose.accepted;
}
