// Generated from generator/runtime/sample.ts by `npm run generate`. Do not edit: change the schema and regenerate.
import { SampleError, type ParamSpec } from './sample-spec.js';
import type { PayloadTypes, SampleParameters } from './registry-types.js';
export { SampleError };
export type SampleParameterSpec = ParamSpec;
export type SampleId = keyof SampleParameters & string;
export interface SampleOptions {
    /** Fill this sample's inner payload (an SQS body, an SNS Message, an EventBridge detail) with another id's sample. */
    inner?: SampleId;
    innerOverrides?: Record<string, unknown>;
    /** A batch of this many records (SQS, Kinesis, DynamoDB, S3, SNS... ids with a Records array), each with its own ids. */
    records?: number;
}
/** A sample payload for an id, with parameters; deterministic for equal input. Throws SampleError on a bad parameter. */
export declare function sample<I extends SampleId>(id: I, overrides?: SampleParameters[I], options?: SampleOptions): PayloadTypes[I];
/** The parameters of an id's sample: name -> { type, default, description, pattern?, enum? }. */
export declare function sampleParameters(id: SampleId): Record<string, SampleParameterSpec>;
/** Ids that have a sample. */
export declare const sampleIds: readonly SampleId[];
/** SAM CLI's `generate-event <service> <event>` pairs, by "service event": the id and the parameters that event fixes. */
export declare const samEvents: Readonly<Record<string, {
    id: SampleId;
    set: Record<string, unknown>;
}>>;
