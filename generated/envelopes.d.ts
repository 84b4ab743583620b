// Generated from generator/runtime/envelopes.ts by `npm run generate`. Do not edit: change the schema and regenerate.
import type { StandardSchemaV1, ValidationError } from './validator.js';
import type { EventTypes } from './registry-types.js';
/** A validator of what records carry: a type guard with ajv-shaped `errors` (this package's validators) or a Standard Schema v1. */
export type BodyValidator<T> = ((value: unknown) => value is T) | StandardSchemaV1<unknown, T>;
/** Why a record's payload was refused, with a JSON pointer into the outer event. */
export interface BodyError {
    /**
     * `E_DECODE`: the payload is not what the envelope carries (JSON, base64, an AttributeValue map);
     * `E_BODY`: the decoded payload fails your validator; `E_FIFO_AFTER_FAILURE`: a record of an SQS
     * FIFO queue after one that failed, not handed over so that the queue keeps its order.
     */
    code: 'E_DECODE' | 'E_BODY' | 'E_FIFO_AFTER_FAILURE';
    /** Pointer into the event: the payload's (`/Records/0/body`) followed by the problem's inside it. */
    instancePath: string;
    message: string;
    /** The validator's keyword (E_BODY with one of this package's validators). */
    keyword?: string;
    params?: Record<string, unknown>;
}
/** What happened to one record. `itemIdentifier` is what a partial batch response names it by (null where the invoker takes none). */
export type RecordOutcome<R, T> = {
    index: number;
    record: R;
    pointer: string;
    itemIdentifier: string | null;
    ok: true;
    value: T;
    errors?: undefined;
} | {
    index: number;
    record: R;
    pointer: string;
    itemIdentifier: string | null;
    ok: false;
    value?: undefined;
    errors: BodyError[];
};
export interface Decoded<R, T> {
    /** One outcome per record, in the event's order. */
    records: RecordOutcome<R, T>[];
    /** For poll-based batches (SQS, Kinesis, DynamoDB streams): the records that failed, as a partial batch response lists them; [] otherwise. */
    batchItemFailures: {
        itemIdentifier: string;
    }[];
}
/**
 * One AWS envelope: which registry id it reads (`id`), how to decode its records, and, for
 * defineHandler's `envelope` option, how to hand a handler the decoded event.
 */
export interface Envelope<I extends string, E = I extends keyof EventTypes ? EventTypes[I] : unknown, R = unknown> {
    /** The registry ids of the events this envelope reads. */
    readonly ids: readonly string[];
    /**
     * Types only (never set): an envelope that reads several ids (`httpBody`) serves a handler of any
     * of them, and one that reads another id does not compile (`I` is contravariant here).
     */
    readonly reads?: (id: I) => void;
    /** Whether the invoker takes a partial batch response (`batchItemFailures`). */
    readonly batch: boolean;
    /** Decode and check every record's payload; never throws on bad payloads (only on an asynchronous Standard Schema). */
    decode<T>(event: E, validator: BodyValidator<T>): Decoded<R, T>;
    /**
     * The event a handler sees: only the records whose payload is valid, each payload replaced by its
     * decoded value, in place (the records are the event's own; the outer object is new).
     */
    decodedEvent(event: E, valid: readonly RecordOutcome<R, unknown>[]): unknown;
    /**
     * defineHandler's `envelope` option: decode, call `next` with the decoded event of the valid
     * records, and add the failed ones to its partial batch response (batches: a handler returning
     * nothing returns them alone, and one with nothing valid is not called); without a partial batch
     * response, any invalid payload goes to `invalid` (which throws) and `next` is not called.
     */
    handle(event: E, validator: BodyValidator<unknown>, next: (event: unknown) => Promise<unknown>, invalid: (errors: ValidationError[]) => never): Promise<unknown>;
}
/**
 * SQS (`sqs.batch`): each `body`, as JSON. Failures are named by `messageId`
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting).
 */
export declare const sqs: Envelope<'sqs.batch'>;
/** SNS (`sns.notification`): each `Sns.Message`, as JSON. SNS invokes asynchronously: no partial batch response. */
export declare const sns: Envelope<'sns.notification'>;
/**
 * SNS notifications in SQS bodies (`sns.notification-in-sqs`, a queue subscribed to a topic without
 * raw message delivery): each body is the SNS notification JSON, and the value is its `Message`, as
 * JSON. Failures are named by the SQS `messageId`. (With raw message delivery, use `sqs`.)
 */
export declare const snsInSqs: Envelope<'sns.notification-in-sqs'>;
/**
 * Kinesis (`kinesis.stream-batch`): each `kinesis.data`, base64 then JSON. Failures are named by
 * `kinesis.sequenceNumber` (https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html).
 */
export declare const kinesis: Envelope<'kinesis.stream-batch'>;
/**
 * Firehose transformation (`firehose.transformation`): each record's `data`, base64 then JSON;
 * `itemIdentifier` is its `recordId`. With defineHandler, each record that failed is added to the
 * handler's `records` as `ProcessingFailed` with its data unchanged (Firehose then sends it to the
 * error output: https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html).
 */
export declare const firehose: Envelope<'firehose.transformation'>;
/** EventBridge (`eventbridge.event`): the `detail` object, checked as it is (no decoding). */
export declare const eventBridge: Envelope<'eventbridge.event'>;
/**
 * HTTP bodies: API Gateway REST and HTTP APIs, ALB and function URLs: `body`, base64-decoded when
 * `isBase64Encoded`, then JSON. A missing or null body is an E_DECODE error.
 */
export declare const httpBody: Envelope<'apigateway.rest-proxy' | 'apigateway.http-proxy-v1' | 'apigateway.http-proxy-v2' | 'alb.request' | 'lambda.function-url'>;
/**
 * Kafka (`kafka.msk`, `kafka.self-managed`): each record's `value`, base64 then JSON, across every
 * topic-partition (pointer `/records/<topic-partition>/<i>/value`). The registry has no Kafka
 * result schema yet, so outcomes carry no `itemIdentifier` and no `batchItemFailures` are made.
 */
export declare const kafka: Envelope<'kafka.msk' | 'kafka.self-managed'>;
/** The images of a DynamoDB stream record, unmarshalled and checked: what `dynamodbStream` gives per record. */
export interface StreamImages<T> {
    /** The item after the change (INSERT, MODIFY), when the stream view type includes it. */
    NewImage?: T;
    /** The item before the change (MODIFY, REMOVE), when the stream view type includes it. */
    OldImage?: T;
}
/**
 * DynamoDB streams (`dynamodb.stream-batch`): `dynamodb.NewImage` and `dynamodb.OldImage`, each
 * unmarshalled from AttributeValue to plain JS (see `unmarshall`) and checked when present.
 * Failures are named by `dynamodb.SequenceNumber`
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html).
 */
export declare const dynamodbStream: Envelope<'dynamodb.stream-batch'>;
/**
 * One DynamoDB AttributeValue as plain JS
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_AttributeValue.html):
 * `S` string; `N` number (an integer beyond 2^53 stays a string, so no precision is lost silently);
 * `B` Uint8Array; `BOOL` boolean; `NULL` null; `L` array; `M` object; the sets `SS`, `NS`, `BS` as
 * arrays in the order sent (JSON Schema validators check arrays; a `Set` fails `type: array`).
 * Throws on a value that is not an AttributeValue (envelopes report it as E_DECODE).
 */
export declare function unmarshall(value: unknown, pointer?: string): unknown;
/** A DynamoDB item (a map of attribute names to AttributeValues) as a plain object; see `unmarshall`. */
export declare function unmarshallItem(item: unknown, pointer?: string): Record<string, unknown>;
