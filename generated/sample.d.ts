// Generated from schemas/**/*.sample.hbs and generator/samples/ by `npm run generate`. Do not edit: change the schema and regenerate.
import type { PayloadTypes } from './index.js';

/** The parameters of each id's sample, all optional (each has a default). */
export interface SampleParameters {
  "s3.notification": {
    /** AWS partition of the bucket ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the bucket. Default: "us-east-1". */
    "region"?: string;
    /** Bucket name. Default: "example-bucket". */
    "bucket"?: string;
    /** Object key, as uploaded; the event carries it URL-encoded (form style, spaces as +). Default: "test/key". */
    "key"?: string;
    /** Event type without the s3: prefix; ObjectRemoved:* events carry no size or eTag. Default: "ObjectCreated:Put". */
    "event-name"?: string;
    /** Object size in bytes (not sent for deletes). Default: 1024. */
    "size"?: number;
    /** When S3 finished processing the request (ISO 8601). Default: "2024-03-01T12:00:00.000Z". */
    "event-time"?: string;
    /** Principal that caused the event. Default: "EXAMPLE". */
    "principal-id"?: string;
    /** IP address the request came from. Default: "127.0.0.1". */
    "source-ip"?: string;
  };
  "sqs.batch": {
    /** AWS partition of the queue ARN. Default: "aws". */
    "partition"?: string;
    /** AWS Region of the queue. Default: "us-east-1". */
    "region"?: string;
    /** Account that owns the queue. Default: "123456789012". */
    "account-id"?: string;
    /** Queue name (end it in .fifo for a FIFO queue). Default: "MyQueue". */
    "queue-name"?: string;
    /** Message body, exactly as sent (md5OfBody is computed from it). Default: "Hello from SQS!". */
    "body"?: string;
    /** When the message was sent (ISO 8601). Default: "2024-03-01T12:00:00.000Z". */
    "sent-time"?: string;
    /** ApproximateReceiveCount. Default: 1. */
    "receive-count"?: number;
  };
}

export type SampleId = keyof SampleParameters;

export interface SampleOptions {
  /** Fill this sample's inner payload (an SQS body, an SNS Message, an EventBridge detail) with another id's sample. */
  inner?: SampleId;
  innerOverrides?: Record<string, unknown>;
}

/** A sample payload for an id, with parameters; deterministic for equal input. Throws SampleError on a bad parameter. */
export declare function sample<I extends SampleId>(id: I, overrides?: SampleParameters[I], options?: SampleOptions): PayloadTypes[I];

export interface SampleParameterSpec {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'json';
  default: unknown;
  description: string;
  pattern?: string;
  enum?: unknown[];
}
export declare function sampleParameters(id: SampleId): Record<string, SampleParameterSpec>;
export declare const sampleIds: readonly SampleId[];
/** SAM CLI's `generate-event <service> <event>` pairs, by "service event". */
export declare const samEvents: Readonly<Record<string, { id: SampleId; set: Record<string, unknown> }>>;

export declare class SampleError extends Error {
  readonly code: 'E_SAMPLE_HEADER' | 'E_SAMPLE_PARAM' | 'E_SAMPLE_RENDER' | 'E_SAMPLE_UNKNOWN';
}
