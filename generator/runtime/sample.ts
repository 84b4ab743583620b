/**
 * `lambda-event-registry/sample`: sample payloads with parameters, like `sam local
 * generate-event`, each one valid against its id's schema (checked at generation).
 */
import HandlebarsRuntime from 'handlebars/runtime.js';
import type HandlebarsApi from 'handlebars';
import { createSampler } from './sampler.ts';
import { SampleError, type ParamSpec } from './sample-spec.ts';
import { SAM_EVENTS, SPECS } from './sample-data.ts';
import type { PayloadTypes, SampleParameters } from './registry-types.ts';

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

// The runtime build's own typings declare nothing; it has the full API's runtime half.
const hb = (HandlebarsRuntime as unknown as typeof HandlebarsApi).create();
const sampler = createSampler(
  hb,
  new Map(SPECS.map(([id, t]) => [id, { header: t.header, render: hb.template(t.spec as TemplateSpecification) }])),
);
type TemplateSpecification = Parameters<typeof hb.template>[0];

/** A sample payload for an id, with parameters; deterministic for equal input. Throws SampleError on a bad parameter. */
export function sample<I extends SampleId>(id: I, overrides?: SampleParameters[I], options?: SampleOptions): PayloadTypes[I] {
  return sampler.sample(id, overrides as Record<string, unknown> | undefined, options) as PayloadTypes[I];
}

/** The parameters of an id's sample: name -> { type, default, description, pattern?, enum? }. */
export function sampleParameters(id: SampleId): Record<string, SampleParameterSpec> {
  return sampler.header(id).parameters;
}

/** Ids that have a sample. */
export const sampleIds: readonly SampleId[] = Object.freeze(sampler.ids());
/** SAM CLI's `generate-event <service> <event>` pairs, by "service event": the id and the parameters that event fixes. */
export const samEvents: Readonly<Record<string, { id: SampleId; set: Record<string, unknown> }>> = Object.freeze(SAM_EVENTS);
