/**
 * `lambda-event-registry/invoke`: invoke a Lambda function with a typed payload and read back a
 * typed, validated result, over the AWS SDK v3 Lambda client (`@aws-sdk/client-lambda`, an
 * optional peer dependency: only this entry imports it). The payload and result types come from a
 * registry id, or, for your own contracts, from the validators you pass in (a generic over payload
 * and result), so a bundle holds only the validators it uses.
 *
 * Invoke API reference (status codes 200/202/204, X-Amz-Function-Error, X-Amz-Log-Result,
 * ClientContext): https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 */
import { InvokeCommand, type InvokeCommandInput, type InvokeCommandOutput } from '@aws-sdk/client-lambda';
import type { ClientContextDocument, HandlerId } from './handler.ts';
import type { EventTypes, ResultTypes } from './registry-types.ts';
import type { ValidationError, Validator } from './validator.ts';

/** What `invoke` needs of a client: a `LambdaClient` from `@aws-sdk/client-lambda` (or anything that sends an InvokeCommand). */
export interface LambdaInvoker {
  send(command: InvokeCommand): Promise<InvokeCommandOutput>;
}

interface InvokeRequestBase<P> {
  /** A function name, a (partial) ARN, or either with `:qualifier`. */
  functionName: string;
  /** A version or alias (`Qualifier`); `$LATEST` when absent. */
  qualifier?: string | undefined;
  /** The tenant, for a function with tenant isolation (`TenantId`; needs a client release that knows it, older ones leave it out). */
  tenantId?: string | undefined;
  /** Validate the payload before sending it; an invalid payload throws InvokeError `E_PAYLOAD_INVALID` and nothing is sent. */
  validate?: Validator<P> | undefined;
}

/** A synchronous invocation: resolves to the function's result. */
export interface RequestResponseRequest<P, R> extends InvokeRequestBase<P> {
  invocationType?: 'RequestResponse' | undefined;
  payload: P;
  /** `Tail`: a FunctionError carries the last 4 KB of the function's log (`logTail`). */
  logType?: 'None' | 'Tail' | undefined;
  /** Sent base64-encoded as `ClientContext` (at most 3,583 bytes encoded); the function reads it as `context.clientContext`. */
  clientContext?: ClientContextDocument | undefined;
  /** Validate what the function returned; an invalid result throws InvokeError `E_RESULT_INVALID`. */
  validateResult?: Validator<R> | undefined;
}

/** An asynchronous invocation: resolves once Lambda has queued the event (202). */
export interface EventRequest<P> extends InvokeRequestBase<P> {
  invocationType: 'Event';
  payload: P;
}

/** A dry run: checks that the caller may invoke the function (204) without running it. */
export interface DryRunRequest<P> extends InvokeRequestBase<P> {
  invocationType: 'DryRun';
  payload?: P | undefined;
}

/** The error object a function's runtime reports (Node.js: `{errorType, errorMessage, trace}` arrives as `{errorType, errorMessage, stackTrace}`). */
export interface FunctionErrorPayload {
  errorType?: string;
  errorMessage?: string;
  stackTrace?: string[];
}

/** Stable codes of the errors `invoke` throws (the SDK's own errors, such as ResourceNotFoundException, pass through). */
export type InvokeErrorCode =
  | 'E_PAYLOAD_INVALID'
  | 'E_RESULT_INVALID'
  | 'E_RESULT_NOT_JSON'
  | 'E_CLIENT_CONTEXT_TOO_LARGE'
  | 'E_UNEXPECTED_STATUS'
  | 'E_FUNCTION_ERROR';

/** Thrown by `invoke`: what went wrong (`code`), for which contract (`id`) and function. */
export class InvokeError extends Error {
  readonly code: InvokeErrorCode;
  /** The registry or contract id the invocation was typed with. */
  readonly id: string;
  readonly functionName: string;
  /** For E_PAYLOAD_INVALID and E_RESULT_INVALID: what the validator reported. */
  readonly errors: ValidationError[];
  /** The HTTP status of the Invoke response (undefined when nothing was sent). */
  readonly statusCode: number | undefined;
  constructor(code: InvokeErrorCode, message: string, id: string, functionName: string, errors: ValidationError[] = [], statusCode?: number) {
    super(message);
    this.name = 'InvokeError';
    this.code = code;
    this.id = id;
    this.functionName = functionName;
    this.errors = errors;
    this.statusCode = statusCode;
  }
}

/** The function ran and failed (`FunctionError`, the X-Amz-Function-Error header): its error payload and, with `logType: 'Tail'`, its log tail. */
export class FunctionError extends InvokeError {
  /** `Unhandled` (runtime or Lambda detected: exceptions, timeouts, out of memory) or `Handled`. */
  readonly functionError: string;
  /** The decoded error object (empty when the function's payload was not a JSON object). */
  readonly payload: FunctionErrorPayload;
  /** The response payload as text, as Lambda sent it. */
  readonly body: string;
  /** The last 4 KB of the function's log, decoded (only when `logType: 'Tail'` was requested). */
  readonly logTail: string | undefined;
  readonly executedVersion: string | undefined;
  constructor(id: string, functionName: string, output: InvokeCommandOutput) {
    const body = text(output.Payload);
    const payload = errorPayload(body);
    const what = [payload.errorType, payload.errorMessage].filter((s) => s !== undefined).join(': ') || body;
    super('E_FUNCTION_ERROR', `${functionName} failed (${output.FunctionError}): ${what}`, id, functionName, [], output.StatusCode);
    this.name = 'FunctionError';
    this.functionError = output.FunctionError ?? '';
    this.payload = payload;
    this.body = body;
    this.logTail = output.LogResult === undefined ? undefined : fromBase64(output.LogResult);
    this.executedVersion = output.ExecutedVersion;
  }
}

/** The ClientContext limit of the Invoke API, in bytes of base64. */
export const CLIENT_CONTEXT_MAX_BYTES = 3583;

/** An id of your own: a registry id always takes the registry's types (so a wrong payload for it cannot fall through to the generic signature). */
export type OwnId<I extends string> = I extends HandlerId ? never : I;

const EXPECTED_STATUS = { RequestResponse: 200, Event: 202, DryRun: 204 } as const;

/**
 * Invoke a function that handles a registry id (its payload and result types come from the
 * registry), or one of your own contracts (the types come from the validators you pass, or from
 * explicit type arguments: `invoke<OrderPlaced, OrderResult>(...)`).
 *
 * - `RequestResponse` (default) resolves to the function's result (a function that returned
 *   nothing resolves to undefined; `validateResult` checks any other value);
 * - `Event` resolves to nothing once Lambda accepted the event (202);
 * - `DryRun` resolves to nothing when the caller may invoke the function (204).
 *
 * A function error rejects with FunctionError; an invalid payload rejects before anything is sent.
 */
export function invoke<I extends HandlerId>(client: LambdaInvoker, id: I, request: RequestResponseRequest<EventTypes[I], Exclude<ResultTypes[I], void>>): Promise<ResultTypes[I]>;
export function invoke<I extends HandlerId>(client: LambdaInvoker, id: I, request: EventRequest<EventTypes[I]> | DryRunRequest<EventTypes[I]>): Promise<void>;
export function invoke<P, R = unknown, I extends string = string>(client: LambdaInvoker, id: OwnId<I>, request: RequestResponseRequest<P, R>): Promise<R>;
export function invoke<P, R = unknown, I extends string = string>(client: LambdaInvoker, id: OwnId<I>, request: EventRequest<P> | DryRunRequest<P>): Promise<void>;
export async function invoke(client: LambdaInvoker, id: string, request: RequestResponseRequest<unknown, unknown> | EventRequest<unknown> | DryRunRequest<unknown>): Promise<unknown> {
  const type = request.invocationType ?? 'RequestResponse';
  const name = request.functionName;
  const validate = request.validate;
  if (validate && !(type === 'DryRun' && request.payload === undefined) && !validate(request.payload))
    throw new InvokeError('E_PAYLOAD_INVALID', `payload is not a valid ${id}${firstProblem(validate.errors)}; nothing was sent to ${name}`, id, name, validate.errors ?? []);

  const input: InvokeCommandInput = { FunctionName: name, InvocationType: type };
  if (request.payload !== undefined) input.Payload = new TextEncoder().encode(JSON.stringify(request.payload));
  if (request.qualifier !== undefined) input.Qualifier = request.qualifier;
  if (request.tenantId !== undefined) input.TenantId = request.tenantId;
  if (type === 'RequestResponse') {
    const sync = request as RequestResponseRequest<unknown, unknown>;
    if (sync.logType !== undefined) input.LogType = sync.logType;
    if (sync.clientContext !== undefined) {
      const encoded = toBase64(JSON.stringify(sync.clientContext));
      if (encoded.length > CLIENT_CONTEXT_MAX_BYTES)
        throw new InvokeError('E_CLIENT_CONTEXT_TOO_LARGE', `clientContext is ${encoded.length} bytes in base64, over the ${CLIENT_CONTEXT_MAX_BYTES} the Invoke API accepts; nothing was sent to ${name}`, id, name);
      input.ClientContext = encoded;
    }
  }

  const output = await client.send(new InvokeCommand(input));
  if (output.FunctionError !== undefined) throw new FunctionError(id, name, output);
  if (output.StatusCode !== EXPECTED_STATUS[type])
    throw new InvokeError('E_UNEXPECTED_STATUS', `${type} invocation of ${name} answered ${output.StatusCode}, not ${EXPECTED_STATUS[type]}`, id, name, [], output.StatusCode);
  if (type !== 'RequestResponse') return undefined;

  const body = text(output.Payload);
  let result: unknown;
  try {
    // Lambda sends `null` for a function that returned nothing (Node.js: undefined).
    result = body === '' ? undefined : (JSON.parse(body) ?? undefined);
  } catch {
    throw new InvokeError('E_RESULT_NOT_JSON', `${name} returned a payload that is not JSON: ${body.slice(0, 80)}`, id, name, [], output.StatusCode);
  }
  const validateResult = (request as RequestResponseRequest<unknown, unknown>).validateResult;
  if (validateResult && result !== undefined && !validateResult(result))
    throw new InvokeError('E_RESULT_INVALID', `result of ${name} is not a valid ${validateResult.id ?? id}${firstProblem(validateResult.errors)}`, id, name, validateResult.errors ?? [], output.StatusCode);
  return result;
}

function firstProblem(errors: ValidationError[] | null | undefined): string {
  const first = errors?.[0];
  return first ? `: ${first.instancePath || '/'} ${first.message ?? first.keyword}` : '';
}

function text(payload: Uint8Array | undefined): string {
  return payload === undefined ? '' : new TextDecoder().decode(payload);
}

function errorPayload(body: string): FunctionErrorPayload {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const p = parsed as Record<string, unknown>;
  const out: FunctionErrorPayload = {};
  if (typeof p.errorType === 'string') out.errorType = p.errorType;
  if (typeof p.errorMessage === 'string') out.errorMessage = p.errorMessage;
  if (Array.isArray(p.stackTrace)) out.stackTrace = p.stackTrace.map(String);
  return out;
}

/** Base64 of a string's UTF-8 bytes (btoa alone takes Latin-1 only). */
function toBase64(s: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(s)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(b64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
}
