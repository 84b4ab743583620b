/**
 * `lambda-event-registry/invoke` with the real AWS SDK v3 Lambda client against a local HTTP
 * server that implements the Invoke endpoint (POST /2015-03-31/functions/{FunctionName}/invocations,
 * https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html): 200 and the payload for
 * RequestResponse, 202 for Event, 204 for DryRun, X-Amz-Function-Error for a failed function,
 * X-Amz-Log-Result when X-Amz-Log-Type is Tail. No AWS account is involved.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { FunctionError, invoke, InvokeError } from 'lambda-event-registry/invoke';
import type { ApiGatewayRestProxyResult, Validator } from 'lambda-event-registry';
import { validate as validateRest } from 'lambda-event-registry/apigateway.rest-proxy';
import { validate as validateRestResult } from 'lambda-event-registry/apigateway.rest-proxy.result';
import { sample } from 'lambda-event-registry/sample';

/** One request as the endpoint received it. */
interface Received {
  functionName: string;
  qualifier: string | null;
  invocationType: string;
  logType: string | null;
  clientContext: unknown;
  payload: unknown;
}

const LOG = 'START RequestId: 1\nboom\nEND RequestId: 1\n';

/** The functions the endpoint knows: each answers a RequestResponse invocation from its payload. */
const FUNCTIONS: Record<string, (payload: unknown) => { status?: number; headers?: Record<string, string>; body: string }> = {
  api: () => ({ body: JSON.stringify({ statusCode: 200, body: 'hello' }) }),
  'bad-result': () => ({ body: JSON.stringify({ body: 'no status code' }) }),
  nothing: () => ({ body: 'null' }),
  'not-json': () => ({ body: 'ok' }),
  orders: (p) => ({ body: JSON.stringify({ orderId: (p as { orderId: string }).orderId, accepted: true }) }),
  failing: () => ({
    headers: { 'X-Amz-Function-Error': 'Unhandled' },
    body: JSON.stringify({ errorType: 'TypeError', errorMessage: "Cannot read properties of undefined (reading 'id')", stackTrace: ['TypeError: ...', '    at handler (/var/task/index.mjs:3:20)'] }),
  }),
};

const received: Received[] = [];
let server: Server;
let client: LambdaClient;

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function endpoint(): Server {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(url.pathname);
    const text = await body(req);
    const name = match ? decodeURIComponent(match[1]!) : '';
    const fn = FUNCTIONS[name];
    if (req.method !== 'POST' || (!fn && name !== 'always-200')) {
      res.writeHead(404, { 'Content-Type': 'application/json', 'X-Amzn-ErrorType': 'ResourceNotFoundException' });
      res.end(JSON.stringify({ Type: 'User', message: `Function not found: ${name}` }));
      return;
    }
    const header = (h: string) => (req.headers[h] as string | undefined) ?? null;
    const clientContext = header('x-amz-client-context');
    const r: Received = {
      functionName: name,
      qualifier: url.searchParams.get('Qualifier'),
      invocationType: header('x-amz-invocation-type') ?? 'RequestResponse',
      logType: header('x-amz-log-type'),
      clientContext: clientContext === null ? null : JSON.parse(Buffer.from(clientContext, 'base64').toString('utf8')),
      payload: text === '' ? undefined : JSON.parse(text),
    };
    received.push(r);
    // A misbehaving endpoint: 200 whatever the invocation type.
    if (name === 'always-200') return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    if (r.invocationType === 'Event') return void res.writeHead(202).end();
    if (r.invocationType === 'DryRun') return void res.writeHead(204).end();
    const out = fn!(r.payload);
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Amz-Executed-Version': r.qualifier ?? '$LATEST', ...out.headers };
    if (r.logType === 'Tail') headers['X-Amz-Log-Result'] = Buffer.from(LOG).toString('base64');
    res.writeHead(out.status ?? 200, headers).end(out.body);
  });
}

const Invoke = suite('invoke: the real SDK client against a local Invoke endpoint');

Invoke.before(async () => {
  // This SDK release warns, once per process, that releases after January 2027 need Node.js 22.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  server = endpoint();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  client = new LambdaClient({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, maxAttempts: 1 });
});
Invoke.after(async () => {
  client.destroy();
  await new Promise((resolve) => server.close(resolve));
});
Invoke.before.each(() => void (received.length = 0));

async function rejection<E>(kind: new (...args: never[]) => E, run: () => Promise<unknown>): Promise<E> {
  try {
    await run();
  } catch (error) {
    assert.instance(error, kind);
    return error as E;
  }
  throw new Error(`expected a ${kind.name}`);
}

Invoke('RequestResponse with a registry id: the payload is validated and sent as JSON; the result comes back typed and validated', async () => {
  const event = sample('apigateway.rest-proxy');
  const result: ApiGatewayRestProxyResult = await invoke(client, 'apigateway.rest-proxy', {
    functionName: 'api',
    qualifier: 'live',
    payload: event,
    validate: validateRest,
    validateResult: validateRestResult,
    clientContext: { client: { app_title: 'orders-app' }, custom: { tenant: 'acme' } },
  });
  assert.equal(result, { statusCode: 200, body: 'hello' });
  assert.is(received.length, 1);
  assert.equal(received[0], {
    functionName: 'api',
    qualifier: 'live',
    invocationType: 'RequestResponse',
    logType: null,
    clientContext: { client: { app_title: 'orders-app' }, custom: { tenant: 'acme' } },
    payload: event,
  });
});

Invoke('Event resolves to nothing after the 202; DryRun resolves to nothing after the 204', async () => {
  const event = sample('apigateway.rest-proxy');
  assert.is(await invoke(client, 'apigateway.rest-proxy', { functionName: 'api', invocationType: 'Event', payload: event, validate: validateRest }), undefined);
  assert.is(await invoke(client, 'apigateway.rest-proxy', { functionName: 'api', invocationType: 'DryRun' }), undefined);
  assert.equal(
    received.map((r) => [r.invocationType, r.payload === undefined]),
    [
      ['Event', false],
      ['DryRun', true],
    ],
  );
});

Invoke('a function error rejects with FunctionError: the decoded error payload and, with logType Tail, the log tail', async () => {
  const error = await rejection(FunctionError, () => invoke(client, 'apigateway.rest-proxy', { functionName: 'failing', payload: sample('apigateway.rest-proxy'), logType: 'Tail' }));
  assert.instance(error, InvokeError);
  assert.is(error.code, 'E_FUNCTION_ERROR');
  assert.is(error.functionError, 'Unhandled');
  assert.is(error.payload.errorType, 'TypeError');
  assert.is(error.payload.errorMessage, "Cannot read properties of undefined (reading 'id')");
  assert.is(error.payload.stackTrace?.length, 2);
  assert.is(error.logTail, LOG);
  assert.is(error.executedVersion, '$LATEST');
  assert.is(error.statusCode, 200);
  assert.is(error.message, "failing failed (Unhandled): TypeError: Cannot read properties of undefined (reading 'id')");
  assert.is(received[0]!.logType, 'Tail');
  const quiet = await rejection(FunctionError, () => invoke(client, 'apigateway.rest-proxy', { functionName: 'failing', payload: sample('apigateway.rest-proxy') }));
  assert.is(quiet.logTail, undefined);
});

Invoke('a payload that fails its validator is never sent', async () => {
  const error = await rejection(InvokeError, () =>
    invoke(client, 'apigateway.rest-proxy', { functionName: 'api', payload: { resource: '/' } as never, validate: validateRest }),
  );
  assert.is(error.code, 'E_PAYLOAD_INVALID');
  assert.is(error.errors[0]!.keyword, 'required');
  assert.match(error.message, /^payload is not a valid apigateway\.rest-proxy: \/ .*; nothing was sent to api$/);
  assert.is(received.length, 0);
});

Invoke('a result that fails its validator rejects with the validator\'s errors, under the result id', async () => {
  const error = await rejection(InvokeError, () =>
    invoke(client, 'apigateway.rest-proxy', { functionName: 'bad-result', payload: sample('apigateway.rest-proxy'), validateResult: validateRestResult }),
  );
  assert.is(error.code, 'E_RESULT_INVALID');
  assert.is(error.statusCode, 200);
  assert.equal(error.errors[0]!.params, { missingProperty: 'statusCode' });
  assert.match(error.message, /^result of bad-result is not a valid apigateway\.rest-proxy\.result: \//);
  assert.is(received.length, 1);
});

Invoke('a function that returns nothing (payload null) resolves to undefined, and the result validator is not asked', async () => {
  assert.is(await invoke(client, 'apigateway.rest-proxy', { functionName: 'nothing', payload: sample('apigateway.rest-proxy'), validateResult: validateRestResult }), undefined);
});

Invoke('a result that is not JSON, and a status that does not match the invocation type, are errors with their codes', async () => {
  const notJson = await rejection(InvokeError, () => invoke(client, 'apigateway.rest-proxy', { functionName: 'not-json', payload: sample('apigateway.rest-proxy') }));
  assert.is(notJson.code, 'E_RESULT_NOT_JSON');
  const status = await rejection(InvokeError, () => invoke(client, 'apigateway.rest-proxy', { functionName: 'always-200', invocationType: 'Event', payload: sample('apigateway.rest-proxy') }));
  assert.is(status.code, 'E_UNEXPECTED_STATUS');
  assert.is(status.statusCode, 200);
  assert.is(status.message, 'Event invocation of always-200 answered 200, not 202');
});

// A contract of your own: the payload and result types come from the validators (as the code
// generator for your schemas emits them); here they are written by hand.
interface PlaceOrder {
  orderId: string;
}
interface OrderReceipt {
  orderId: string;
  accepted: boolean;
}
function validator<T>(id: string, check: (v: Record<string, unknown>) => boolean): Validator<T> {
  const fn = ((v: unknown) => {
    const ok = typeof v === 'object' && v !== null && check(v as Record<string, unknown>);
    fn.errors = ok ? null : [{ instancePath: '', schemaPath: '#', keyword: 'type', params: {}, message: `is not a ${id}` }];
    return ok;
  }) as Validator<T>;
  Object.assign(fn, { id, '~standard': { version: 1, vendor: 'test', validate: (value: unknown) => (fn(value) ? { value } : { issues: [{ message: 'invalid' }] }) } });
  return fn;
}
const validatePlaceOrder = validator<PlaceOrder>('acme.place-order', (v) => typeof v.orderId === 'string');
const validateReceipt = validator<OrderReceipt>('acme.place-order.result', (v) => typeof v.orderId === 'string' && typeof v.accepted === 'boolean');

Invoke('your own contract: types inferred from its validators, both checked', async () => {
  const receipt = await invoke(client, 'acme.place-order', { functionName: 'orders', payload: { orderId: 'o-1' }, validate: validatePlaceOrder, validateResult: validateReceipt });
  const accepted: boolean = receipt.accepted;
  assert.is(accepted, true);
  const error = await rejection(InvokeError, () => invoke(client, 'acme.place-order', { functionName: 'orders', payload: { orderId: 1 } as never, validate: validatePlaceOrder }));
  assert.is(error.id, 'acme.place-order');
  assert.is(received.length, 1);
});

Invoke('a client context over the 3,583 bytes the API accepts is refused before sending', async () => {
  const error = await rejection(InvokeError, () =>
    invoke(client, 'acme.place-order', { functionName: 'orders', payload: { orderId: 'o-1' }, clientContext: { custom: { blob: 'x'.repeat(3000) } } }),
  );
  assert.is(error.code, 'E_CLIENT_CONTEXT_TOO_LARGE');
  assert.is(received.length, 0);
});

Invoke('the SDK\'s own errors pass through (an unknown function is ResourceNotFoundException)', async () => {
  try {
    await invoke(client, 'acme.place-order', { functionName: 'missing', payload: { orderId: 'o-1' } });
    assert.unreachable('expected the SDK to throw');
  } catch (error) {
    assert.not.instance(error, InvokeError);
    assert.is((error as Error).name, 'ResourceNotFoundException');
  }
});

Invoke.run();
