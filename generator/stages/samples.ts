/**
 * Stage 5, samples: compile every sample template (schemas/<service>/<variant>.sample.hbs),
 * render its defaults and each SAM counterpart, and validate every rendering against the id's
 * schema: a sample that does not validate stops generation. Emits samples/<id>.json (the
 * default) and sample.js, a self-contained module with the precompiled templates, the
 * handlebars runtime and the helpers, for `sample(id, overrides)` in users' tests.
 */
import Handlebars from 'handlebars';
import { bundleEntry } from '../esm.ts';
import { createAjv } from '../ajv.ts';
import { banner } from '../banner.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';
import type { Registry } from '../model.ts';
import { outputPath } from '../names.ts';
import { bundle } from '../refs.ts';
import { createSampler, type TemplateLike } from '../samples/sampler.ts';
import { parseSample, SampleError, type SampleSource } from '../samples/spec.ts';

export interface RawSample {
  /** Path relative to schemas/. */
  path: string;
  text: string;
}

export interface SamplesOutput {
  files: Map<string, string>;
  /** Ids that have a sample. */
  ids: Set<string>;
  diagnostics: Diagnostic[];
}

const COMPILE = { noEscape: true, strict: true } as const;

export function sampleIdFromPath(path: string): string | null {
  const m = /^([^/_][^/]*)\/([^/]+)\.sample\.hbs$/.exec(path);
  return m ? `${m[1]}.${m[2]}` : null;
}

export async function samples(registry: Registry, raw: RawSample[]): Promise<SamplesOutput> {
  const diagnostics: Diagnostic[] = [];
  const sources: SampleSource[] = [];
  const ids = new Set(registry.entries.map((e) => e.id));
  for (const r of raw) {
    const id = sampleIdFromPath(r.path);
    const file = `schemas/${r.path}`;
    if (!id || !ids.has(id)) {
      diagnostics.push(diag('E_SAMPLE', { detail: `names no registry id (expected <service>/<variant>.sample.hbs beside its schema)` }, file));
      continue;
    }
    try {
      sources.push(parseSample(id, r.path, r.text));
    } catch (error) {
      diagnostics.push(diag('E_SAMPLE', { detail: (error as Error).message }, file));
    }
  }
  const hb = Handlebars.create();
  const templates = new Map<string, TemplateLike>();
  for (const s of sources) {
    try {
      const render = hb.compile(s.body, COMPILE);
      hb.precompile(s.body, COMPILE); // surfaces syntax errors now, not at first use
      templates.set(s.id, { header: s.header, render });
    } catch (error) {
      diagnostics.push(diag('E_SAMPLE', { detail: `template does not compile: ${(error as Error).message}` }, `schemas/${s.path}`));
    }
  }
  const sampler = createSampler(hb, templates);
  const ajv = createAjv({ allErrors: true });
  const files = new Map<string, string>();
  const seenSam = new Map<string, string>();
  for (const s of sources) {
    if (!templates.has(s.id)) continue;
    const file = `schemas/${s.path}`;
    const validate = ajv.compile(bundle(registry, s.id));
    const variants: [string, Record<string, unknown>][] = [['defaults', {}], ...(s.header.sam ?? []).map((c) => [`SAM ${c.service} ${c.event}`, c.set ?? {}] as [string, Record<string, unknown>])];
    for (const c of s.header.sam ?? []) {
      const key = `${c.service} ${c.event}`;
      if (seenSam.has(key)) diagnostics.push(diag('E_SAMPLE', { detail: `SAM event "${key}" is also claimed by ${seenSam.get(key)}` }, file));
      seenSam.set(key, s.id);
    }
    for (const [name, overrides] of variants) {
      try {
        const value = sampler.sample(s.id, overrides);
        if (!validate(value)) {
          const e = validate.errors![0]!;
          diagnostics.push(diag('E_SAMPLE_INVALID', { variant: name, detail: `${e.instancePath || '/'} ${e.message}` }, file));
        } else if (name === 'defaults') files.set(outputPath.sample(s.id), JSON.stringify(value, null, 2) + '\n');
      } catch (error) {
        diagnostics.push(diag('E_SAMPLE', { detail: `${name}: ${error instanceof SampleError ? error.message : String(error)}` }, file));
      }
    }
  }
  if (diagnostics.length > 0) return { files, ids: new Set(), diagnostics };
  const module = await sampleModule(sources);
  files.set('sample.js', module);
  files.set('sample.d.ts', sampleTypes(sources));
  return { files, ids: new Set(sources.map((s) => s.id)), diagnostics };
}

async function sampleModule(sources: SampleSource[]): Promise<string> {
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : 1));
  const specs = sorted
    .map((s) => `  [${JSON.stringify(s.id)}, { header: ${JSON.stringify(s.header)}, spec: ${Handlebars.precompile(s.body, COMPILE)} }],`)
    .join('\n');
  const sam = Object.fromEntries(sorted.flatMap((s) => (s.header.sam ?? []).map((c) => [`${c.service} ${c.event}`, { id: s.id, set: c.set ?? {} }])));
  const entry = `import Handlebars from 'handlebars/runtime.js';
import { createSampler } from './generator/samples/sampler.ts';
import { SampleError } from './generator/samples/spec.ts';
const hb = Handlebars.create();
const SPECS = [
${specs}
];
const sampler = createSampler(hb, new Map(SPECS.map(([id, t]) => [id, { header: t.header, render: hb.template(t.spec) }])));
/** A sample payload for an id, with parameters; deterministic for equal input. */
export function sample(id, overrides, options) {
  return sampler.sample(id, overrides, options);
}
/** The parameters of an id's sample: name -> { type, default, description, pattern?, enum? }. */
export function sampleParameters(id) {
  return sampler.header(id).parameters;
}
/** Ids that have a sample. */
export const sampleIds = Object.freeze(sampler.ids());
/** SAM CLI's \`generate-event <service> <event>\` pairs, by "service event": the id and the parameters that event fixes. */
export const samEvents = Object.freeze(${JSON.stringify(sam, null, 2)});
export { SampleError };
`;
  return banner('schemas/**/*.sample.hbs and generator/samples/') + (await bundleEntry(entry, 'sample.entry.ts', 'node'));
}

const TS_TYPE = { string: 'string', number: 'number', integer: 'number', boolean: 'boolean', json: 'unknown' } as const;

function sampleTypes(sources: SampleSource[]): string {
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : 1));
  const params = sorted
    .map((s) => {
      const fields = Object.entries(s.header.parameters)
        .map(([name, p]) => `    /** ${p.description} Default: ${JSON.stringify(p.default)}. */\n    ${JSON.stringify(name)}?: ${p.enum ? p.enum.map((e) => JSON.stringify(e)).join(' | ') : TS_TYPE[p.type]};`)
        .join('\n');
      return `  ${JSON.stringify(s.id)}: {\n${fields}\n  };`;
    })
    .join('\n');
  return `${banner('schemas/**/*.sample.hbs and generator/samples/')}import type { PayloadTypes } from './index.js';

/** The parameters of each id's sample, all optional (each has a default). */
export interface SampleParameters {
${params}
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
  format?: 'date-time';
  minimum?: number;
  maximum?: number;
}
export declare function sampleParameters(id: SampleId): Record<string, SampleParameterSpec>;
export declare const sampleIds: readonly SampleId[];
/** SAM CLI's \`generate-event <service> <event>\` pairs, by "service event". */
export declare const samEvents: Readonly<Record<string, { id: SampleId; set: Record<string, unknown> }>>;

export declare class SampleError extends Error {
  readonly code: 'E_SAMPLE_HEADER' | 'E_SAMPLE_PARAM' | 'E_SAMPLE_RENDER' | 'E_SAMPLE_UNKNOWN';
}
`;
}
