// Generated from generator/runtime/handler.ts by `npm run generate`. Do not edit: change the schema and regenerate.
/**
 * `lambda-event-registry/handler`: type a Lambda handler from a registry id and, optionally,
 * validate the event it receives (and the result it returns) with precompiled validators passed
 * in, so a bundle holds only the validators it uses.
 */
import type { EventTypes, ResultTypes } from './registry-types.js';
import type { ValidationError, Validator } from './validator.js';
export type * from './handlers.js';
/** The context object Lambda passes to every handler. https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html */
export interface Context {
    callbackWaitsForEmptyEventLoop: boolean;
    functionName: string;
    functionVersion: string;
    invokedFunctionArn: string;
    memoryLimitInMB: string;
    awsRequestId: string;
    logGroupName: string;
    logStreamName: string;
    identity?: {
        cognitoIdentityId: string;
        cognitoIdentityPoolId: string;
    } | undefined;
    clientContext?: {
        client: Record<string, string>;
        custom?: unknown;
        env: Record<string, string>;
    } | undefined;
    tenantId?: string | undefined;
    /** Milliseconds left before the invocation times out. */
    getRemainingTimeInMillis(): number;
}
export type Callback<R> = (error?: Error | string | null, result?: R) => void;
/** An async handler. */
export type Handler<E, R> = (event: E, context: Context) => Promise<R>;
/** A callback-style handler (runtimes before Node.js 24). */
export type CallbackHandler<E, R> = (event: E, context: Context, callback: Callback<R>) => void;
export type HandlerId = keyof EventTypes & string;
export type HandlerOf<I extends HandlerId> = Handler<EventTypes[I], ResultTypes[I]>;
export type CallbackHandlerOf<I extends HandlerId> = CallbackHandler<EventTypes[I], ResultTypes[I]>;
export interface DefineHandlerOptions<I extends HandlerId> {
    /** Validate each incoming event first (import it from 'lambda-event-registry/<id>'); an invalid event throws EventValidationError. */
    validate?: Validator<EventTypes[I]>;
    /** Validate what the handler returns (e.g. in development); an invalid result throws EventValidationError naming the result's id. */
    validateResult?: Validator<Exclude<ResultTypes[I], void>>;
    /**
     * `detect` from 'lambda-event-registry/detect', to say which source an invalid event really came
     * from (an HTTP API v2 event sent to a REST handler) instead of only its first field error.
     * Optional so that handler bundles hold the detector only when asked.
     */
    detect?: (event: unknown) => string | null;
}
/** Thrown by a handler from defineHandler when the event (or the result) does not validate. */
export declare class EventValidationError extends Error {
    /** The id the value was checked against: the event's, or for a result the result's (e.g. sqs.batch.result). */
    readonly id: string;
    readonly target: 'event' | 'result';
    readonly errors: ValidationError[];
    /** For an event: the source detection says it really came from, when that is another id (with the detect option). */
    readonly detected: string | null;
    constructor(id: string, target: 'event' | 'result', errors: ValidationError[], detected?: string | null);
}
/** Type a handler from a registry id, optionally validating its event and result with the given precompiled validators. */
export declare function defineHandler<I extends HandlerId>(id: I, handler: HandlerOf<I>, options?: DefineHandlerOptions<I>): HandlerOf<I>;
