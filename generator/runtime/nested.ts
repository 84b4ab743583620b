/**
 * `lambda-event-registry/nested`: decode the payloads an event carries (SQS bodies holding S3
 * notifications, Kinesis data holding DynamoDB records, CloudWatch Logs gzip+base64 data...).
 */
import { carried, type CarriedPayload, type DecodeStep } from './carried.ts';
import { CARRIES } from './registry-data.ts';
import type { NestedTypes } from './registry-types.ts';

export type { CarriedPayload, DecodeStep };
export { carried };

/**
 * Decode every payload an event carries. Decoding never throws; check the value with the inner
 * id's validator before trusting its type.
 */
export function decodeNested<I extends keyof NestedTypes & string>(id: I, event: NestedTypes[I]['outer']): CarriedPayload<NestedTypes[I]['inner']>[] {
  const carries = CARRIES[id];
  if (!carries) throw new TypeError(`${id} carries no nested payload`);
  return carries.flatMap((c) => carried<NestedTypes[I]['inner']>(event, c.at, c.decode));
}
