// Generated from generator/runtime/invoke.ts by `npm run generate`. Do not edit: change the schema and regenerate.
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
import { InvokeCommand, type InvokeCommandOutput } from '@aws-sdk/client-lambda';
import type { ClientContextDocument, HandlerId } from './handler.js';
import type { EventTypes, ResultTypes } from './registry-types.js';
import type { ValidationError, Validator } from './validator.js';
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
export type InvokeErrorCode = 'E_PAYLOAD_INVALID' | 'E_RESULT_INVALID' | 'E_RESULT_NOT_JSON' | 'E_CLIENT_CONTEXT_TOO_LARGE' | 'E_UNEXPECTED_STATUS' | 'E_FUNCTION_ERROR';
/** Thrown by `invoke`: what went wrong (`code`), for which contract (`id`) and function. */
export declare class InvokeError extends Error {
    readonly code: InvokeErrorCode;
    /** The registry or contract id the invocation was typed with. */
    readonly id: string;
    readonly functionName: string;
    /** For E_PAYLOAD_INVALID and E_RESULT_INVALID: what the validator reported. */
    readonly errors: ValidationError[];
    /** The HTTP status of the Invoke response (undefined when nothing was sent). */
    readonly statusCode: number | undefined;
    constructor(code: InvokeErrorCode, message: string, id: string, functionName: string, errors?: ValidationError[], statusCode?: number);
}
/** The function ran and failed (`FunctionError`, the X-Amz-Function-Error header): its error payload and, with `logType: 'Tail'`, its log tail. */
export declare class FunctionError extends InvokeError {
    /** `Unhandled` (runtime or Lambda detected: exceptions, timeouts, out of memory) or `Handled`. */
    readonly functionError: string;
    /** The decoded error object (empty when the function's payload was not a JSON object). */
    readonly payload: FunctionErrorPayload;
    /** The response payload as text, as Lambda sent it. */
    readonly body: string;
    /** The last 4 KB of the function's log, decoded (only when `logType: 'Tail'` was requested). */
    readonly logTail: string | undefined;
    readonly executedVersion: string | undefined;
    constructor(id: string, functionName: string, output: InvokeCommandOutput);
}
/** The ClientContext limit of the Invoke API, in bytes of base64. */
export declare const CLIENT_CONTEXT_MAX_BYTES = 3583;
/** An id of your own: a registry id always takes the registry's types (so a wrong payload for it cannot fall through to the generic signature). */
export type OwnId<I extends string> = I extends HandlerId ? never : I;
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
export declare function invoke<I extends HandlerId>(client: LambdaInvoker, id: I, request: RequestResponseRequest<EventTypes[I], Exclude<ResultTypes[I], void>>): Promise<ResultTypes[I]>;
export declare function invoke<I extends HandlerId>(client: LambdaInvoker, id: I, request: EventRequest<EventTypes[I]> | DryRunRequest<EventTypes[I]>): Promise<void>;
export declare function invoke<P, R = unknown, I extends string = string>(client: LambdaInvoker, id: OwnId<I>, request: RequestResponseRequest<P, R>): Promise<R>;
export declare function invoke<P, R = unknown, I extends string = string>(client: LambdaInvoker, id: OwnId<I>, request: EventRequest<P> | DryRunRequest<P>): Promise<void>;
export {};
