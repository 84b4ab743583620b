// Generated from generator/runtime/nested.ts by `npm run generate`. Do not edit: change the schema and regenerate.
/**
 * `lambda-event-registry/nested`: the payloads an event carries (SQS bodies holding S3
 * notifications, Kinesis data holding DynamoDB records, CloudWatch Logs gzip+base64 data...),
 * decoded and checked with the carrier's own validator, so a value is only ever typed once valid.
 */
import { carried, type CarriedPayload, type CarriedProblem, type DecodeStep, type InnerError } from './carried.js';
import type { NestedTypes } from './registry-types.js';
import type { ValidationError, Validator } from './validator.js';
export type { CarriedPayload, CarriedProblem, DecodeStep, InnerError };
export { carried };
/** One carried payload: valid (`value` typed as the carrier says), or why not (`error`, and `errors` as a validator reports them). */
export type NestedPayload<T> = {
    pointer: string;
    ok: true;
    value: T;
    error?: undefined;
    errors?: undefined;
} | {
    pointer: string;
    ok: false;
    value?: undefined;
    code: 'E_DECODE' | 'E_NESTED';
    error: string;
    errors: ValidationError[];
};
/** The validator of a carrier id, from `lambda-event-registry/<id>` (or `<id>/strict` for the value checks too). */
export type CarrierValidator<I extends keyof NestedTypes & string> = Validator<NestedTypes[I]['outer']> & {
    readonly id: I;
};
/**
 * Decode and check every payload an event carries, with the carrier's validator (`import { validate }
 * from 'lambda-event-registry/s3.notification-in-sqs'`): each comes back valid, with its type, or
 * with the problem the CLI reports for it (E_DECODE, E_NESTED). Never throws on bad payloads.
 */
export declare function decodeNested<I extends keyof NestedTypes & string>(validate: CarrierValidator<I>, event: NestedTypes[I]['outer']): NestedPayload<NestedTypes[I]['inner']>[];
