/**
 * Stage 5, samples: compile every sample template (schemas/<service>/<variant>.sample.hbs),
 * render its defaults and each SAM counterpart, and validate every rendering against the id's
 * schema: a sample that does not validate stops generation. Emits samples/<id>.json (the
 * default), and the data the package stage bundles into sample.js (generator/runtime/sample.ts):
 * the precompiled templates and the SAM table, for `sample(id, overrides)` in users' tests.
 */
import Handlebars from 'handlebars';
import { createAjv } from '../ajv.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';
import type { JsonObject, JsonValue, Registry } from '../model.ts';
import { outputPath } from '../names.ts';
import { bundle } from '../refs.ts';
import { createSampler, type TemplateLike } from '../../runtime/sampler.ts';
import { parseSample, SampleError, type SampleSource } from '../../runtime/sample-spec.ts';

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
  /** Source of the runtime's `sample-data.ts` (precompiled templates, SAM table). */
  dataModule: string;
  /** Members of the `SampleParameters` interface. */
  parameterTypes: string;
}

const COMPILE = { noEscape: true, strict: true } as const;

export function sampleIdFromPath(path: string): string | null {
  const m = /^([^/_][^/]*)\/([^/]+)\.sample\.hbs$/.exec(path);
  return m ? `${m[1]}.${m[2]}` : null;
}

export interface SampleOptions {
  /**
   * Users' schemas: every id has a sample, from its template when there is one, otherwise the
   * schema's `examples[0]` or `default` (validated like a rendering), otherwise E_SAMPLE_MISSING.
   * The registry's ids have a sample only where a template was written.
   */
  everyId: boolean;
}

export const REGISTRY_SAMPLES: SampleOptions = { everyId: false };

/** A sample written in the schema itself: `examples[0]`, else `default`. */
function exampleOf(schema: JsonObject): JsonValue | undefined {
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  return schema.default;
}

export async function samples(registry: Registry, raw: RawSample[], options: SampleOptions = REGISTRY_SAMPLES): Promise<SamplesOutput> {
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
  if (options.everyId)
    for (const e of registry.entries) {
      if (templates.has(e.id) || sources.some((x) => x.id === e.id)) continue;
      const file = `schemas/${e.sourcePath}`;
      const example = exampleOf(e.schema);
      if (example === undefined) {
        diagnostics.push(diag('E_SAMPLE_MISSING', { id: e.id, template: e.sourcePath.replace(/\.schema\.json$/, '.sample.hbs') }, file, ''));
        continue;
      }
      const validate = ajv.compile(bundle(registry, e.id));
      if (!validate(example)) {
        const bad = validate.errors![0]!;
        const at = Array.isArray(e.schema.examples) && e.schema.examples.length > 0 ? '/examples/0' : '/default';
        diagnostics.push(diag('E_SAMPLE_INVALID', { variant: at.slice(1), detail: `${bad.instancePath || '/'} ${bad.message}` }, file, at));
      } else files.set(outputPath.sample(e.id), JSON.stringify(example, null, 2) + '\n');
    }
  if (diagnostics.length > 0) return { files, ids: new Set(), diagnostics, dataModule: '', parameterTypes: '' };
  const withSample = options.everyId ? new Set(registry.entries.map((e) => e.id)) : new Set(sources.map((s) => s.id));
  return { files, ids: withSample, diagnostics, dataModule: dataModule(sources), parameterTypes: parameterTypes(sources) };
}

/** The source of `sample-data.ts` for the package's `sample.js`: every template precompiled, and the SAM table. */
function dataModule(sources: SampleSource[]): string {
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : 1));
  const specs = sorted
    .map((s) => `  [${JSON.stringify(s.id)}, { header: ${JSON.stringify(s.header)}, spec: ${Handlebars.precompile(s.body, COMPILE)} }],`)
    .join('\n');
  const sam = Object.fromEntries(sorted.flatMap((s) => (s.header.sam ?? []).map((c) => [`${c.service} ${c.event}`, { id: s.id, set: c.set ?? {} }])));
  return `export const SPECS = [\n${specs}\n];\nexport const SAM_EVENTS = ${JSON.stringify(sam, null, 2)};\n`;
}

const TS_TYPE = { string: 'string', number: 'number', integer: 'number', boolean: 'boolean', json: 'unknown' } as const;

/** The members of the generated `SampleParameters` interface: each id's parameters, all optional. */
function parameterTypes(sources: SampleSource[]): string {
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : 1));
  return sorted
    .map((s) => {
      const fields = Object.entries(s.header.parameters)
        .map(([name, p]) => `    /** ${p.description} Default: ${JSON.stringify(p.default)}. */\n    ${JSON.stringify(name)}?: ${p.enum ? p.enum.map((e) => JSON.stringify(e)).join(' | ') : TS_TYPE[p.type]};`)
        .join('\n');
      return `  ${JSON.stringify(s.id)}: {\n${fields}\n  };`;
    })
    .join('\n');
}
