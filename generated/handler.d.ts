// Generated from generator/runtime/handler.ts by `npm run generate`. Do not edit: change the schema and regenerate.
/**
 * `lambda-event-registry/handler`: type a Lambda handler from a registry id and, optionally,
 * validate the event it receives (and the result it returns) with precompiled validators passed
 * in, so a bundle holds only the validators it uses.
 */
import type { CarryingTypes, EventTypes, ResultTypes } from './registry-types.js';
import type { ValidationError, Validator } from './validator.js';
import type { BodyValidator, Envelope } from './envelopes.js';
export type * from './handlers.js';
/**
 * The context object Lambda passes to every handler, as the Node.js context documentation lists it
 * (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html). It is mutually assignable
 * with @types/aws-lambda's `Context`, so wrappers typed with @types (middy, Powertools) accept
 * handlers typed here and the other way round; where that costs precision, the member says so.
 */
export interface Context {
    /** Callback handlers only: whether Lambda waits for the event loop to empty after the callback (default true). */
    callbackWaitsForEmptyEventLoop: boolean;
    functionName: string;
    functionVersion: string;
    /** The ARN used to invoke the function: it names the version or alias when the invoker gave one. */
    invokedFunctionArn: string;
    memoryLimitInMB: string;
    awsRequestId: string;
    logGroupName: string;
    logStreamName: string;
    /** (mobile apps) The Amazon Cognito identity that authorized the request. */
    identity?: CognitoIdentity | undefined;
    /** (mobile apps, and direct invokers that pass one) The `ClientContext` of the Invoke call, parsed from its base64 JSON; synchronous invocations only. */
    clientContext?: ClientContext | undefined;
    /** The tenant of a function with tenant isolation (the `TenantId` of the Invoke call). */
    tenantId?: string | undefined;
    /** Milliseconds left before the invocation times out. */
    getRemainingTimeInMillis(): number;
    /** @deprecated Legacy (Node.js 0.10) method, not in the context documentation; declared so that @types/aws-lambda's Context accepts this one. Return or throw from an async handler. */
    done(error?: Error, result?: any): void;
    /** @deprecated Legacy (Node.js 0.10) method, not in the context documentation; throw from an async handler. */
    fail(error: Error | string): void;
    /** @deprecated Legacy (Node.js 0.10) method, not in the context documentation; return from an async handler. */
    succeed(messageOrObject: any): void;
    /** @deprecated Legacy (Node.js 0.10) method, not in the context documentation. */
    succeed(message: string, object: any): void;
}
/** The Amazon Cognito identity of a mobile app's request. */
export interface CognitoIdentity {
    cognitoIdentityId: string;
    cognitoIdentityPoolId: string;
}
/**
 * `context.clientContext`: Lambda parses the invoker's `ClientContext` JSON and passes it on as it
 * is. The AWS Mobile SDK sends `client` and `env` with the snake_case fields of
 * {@link ClientContextDocument}; @types/aws-lambda declares them camelCase and required. `client`
 * and `env` are `any` here so that the two Context types stay mutually assignable: read them
 * through {@link ClientContextDocument} (`const cc: ClientContextDocument | undefined = context.clientContext`).
 */
export interface ClientContext {
    client: any;
    custom?: any;
    env: any;
}
/**
 * The documented shape of a client context (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html):
 * what a mobile app sends, and what `lambda-event-registry/invoke` accepts as `clientContext`.
 * Every member is optional: a direct invoker may send only `custom`.
 */
export interface ClientContextDocument {
    client?: {
        installation_id?: string;
        app_title?: string;
        app_version_name?: string;
        app_version_code?: string;
        app_package_name?: string;
    };
    /** Custom values set by the client application. */
    custom?: Record<string, unknown>;
    env?: {
        platform_version?: string;
        platform?: string;
        make?: string;
        model?: string;
        locale?: string;
    };
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
/** Ids whose event type is generic over what it carries (`SqsBatchEvent<T>`...): the ids an envelope can decode for a handler. */
export type CarryingId = keyof CarryingTypes<unknown> & HandlerId;
/**
 * defineHandler's options for a handler of what an event carries: `envelope` (from
 * 'lambda-event-registry/envelopes') finds and decodes each record's payload, `body` checks it.
 */
export interface EnvelopeOptions<I extends CarryingId, T> extends DefineHandlerOptions<I> {
    /** An envelope that reads this id's events (the id is inferred from the first argument only). */
    envelope: Envelope<[I][I extends unknown ? 0 : never]>;
    /** Your validator of one payload: a generated validator or any synchronous Standard Schema v1 (a Zod schema works). */
    body: BodyValidator<T>;
}
/** Thrown by a handler from defineHandler when the event (or the result) does not validate. */
export declare class EventValidationError extends Error {
    /** The id the value was checked against: the event's, or for a result the result's (e.g. sqs.batch.result). */
    readonly id: string;
    /** `body`: a payload the event carries (with the envelope option), for invokers that take no partial batch response. */
    readonly target: 'event' | 'result' | 'body';
    readonly errors: ValidationError[];
    /** For an event: the source detection says it really came from, when that is another id (with the detect option). */
    readonly detected: string | null;
    constructor(id: string, target: 'event' | 'result' | 'body', errors: ValidationError[], detected?: string | null);
}
/**
 * Type a handler of what an event carries: the envelope decodes each record's payload and checks it
 * with `body`; the handler sees only the valid records, each payload replaced by its decoded value
 * (`SqsBatchEvent<OrderPlaced>`). For poll-based batches (SQS, Kinesis, DynamoDB streams) the records
 * that failed are added to the `batchItemFailures` the handler returns (a handler returning nothing
 * returns them alone), for Firehose to its `records` as ProcessingFailed; elsewhere an invalid
 * payload throws EventValidationError (target `body`).
 */
export declare function defineHandler<I extends CarryingId, T>(id: I, handler: Handler<CarryingTypes<T>[I], ResultTypes[I]>, options: EnvelopeOptions<I, T>): HandlerOf<I>;
/** Type a handler from a registry id, optionally validating its event and result with the given precompiled validators. */
export declare function defineHandler<I extends HandlerId>(id: I, handler: HandlerOf<I>, options?: DefineHandlerOptions<I>): HandlerOf<I>;
