// Generated from generator/runtime/nested.ts by `npm run generate`. Do not edit: change the schema and regenerate.
/**
 * `lambda-event-registry/nested`: decode the payloads an event carries (SQS bodies holding S3
 * notifications, Kinesis data holding DynamoDB records, CloudWatch Logs gzip+base64 data...).
 */
import { carried, type CarriedPayload, type DecodeStep } from './carried.js';
import type { NestedTypes } from './registry-types.js';
export type { CarriedPayload, DecodeStep };
export { carried };
/**
 * Decode every payload an event carries. Decoding never throws; check the value with the inner
 * id's validator before trusting its type.
 */
export declare function decodeNested<I extends keyof NestedTypes & string>(id: I, event: NestedTypes[I]['outer']): CarriedPayload<NestedTypes[I]['inner']>[];
