/**
 * Render samples: resolve and check parameters, run the template, parse its output as JSON.
 * Used by the generator (templates compiled from source) and by the published package
 * (templates precompiled, handlebars runtime bundled): one code path, one behaviour.
 */
import { helpers, withSalt } from './sample-helpers.ts';
import { resolveParams, SampleError, type SampleHeader } from './sample-spec.ts';

export interface TemplateLike {
  header: SampleHeader;
  render: (context: Record<string, unknown>) => string;
}

/** The subset of a handlebars environment the sampler needs. */
export interface HandlebarsLike {
  registerHelper(name: string, fn: (...args: unknown[]) => unknown): void;
}

export interface SampleOptions {
  /** Fill the template's inner parameter with this id's sample (e.g. an S3 notification in an SQS body). */
  inner?: string;
  /** Parameters of the inner sample. */
  innerOverrides?: Record<string, unknown>;
  /** A batch of this many records (for ids whose payload is a `Records`/`records` array), each with its own ids. */
  records?: number;
}

/** The key of a payload's top-level array of records, if it has one. */
function recordsKey(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  for (const key of ['Records', 'records']) if (Array.isArray((value as Record<string, unknown>)[key])) return key;
  return null;
}

export interface Sampler {
  sample(id: string, overrides?: Record<string, unknown>, options?: SampleOptions): unknown;
  ids(): string[];
  header(id: string): SampleHeader;
}

/** Register the helpers on `hb` and return a sampler over `templates` (added later with `add`). */
export function createSampler(hb: HandlebarsLike, templates: Map<string, TemplateLike>): Sampler {
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
  let depth = 0;
  const sampler: Sampler = {
    ids: () => [...templates.keys()].sort(),
    header(id) {
      const t = templates.get(id);
      if (!t) throw new SampleError('E_SAMPLE_UNKNOWN', `no sample for "${id}"`);
      return t.header;
    },
    sample(id, overrides = {}, options = {}) {
      const n = options.records;
      if (n !== undefined && n !== 1) {
        if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new SampleError('E_SAMPLE_PARAM', `records must be a whole number from 1 to 10000, got ${String(n)}`);
        const { records: _n, ...single } = options;
        const first = sampler.sample(id, overrides, single) as Record<string, unknown[]>;
        const key = recordsKey(first);
        if (key === null) throw new SampleError('E_SAMPLE_PARAM', `${id} has no Records array to fill with ${n} records`);
        // Record i is rendered with a salt that makes its derived ids (messageId, sequence numbers...) its own.
        for (let i = 1; i < n; i++) first[key]!.push(...(withSalt(String(i), () => sampler.sample(id, overrides, single)) as Record<string, unknown[]>)[key]!);
        return first;
      }
      const t = templates.get(id);
      if (!t) throw new SampleError('E_SAMPLE_UNKNOWN', `no sample for "${id}"`);
      const given = { ...overrides };
      if (options.inner !== undefined) {
        const slot = t.header.inner;
        if (!slot) throw new SampleError('E_SAMPLE_PARAM', `${id} does not carry an inner payload (no --inner)`);
        const inner = sampler.sample(options.inner, options.innerOverrides ?? {});
        given[slot] = t.header.parameters[slot]!.type === 'json' ? inner : JSON.stringify(inner);
      }
      const params = resolveParams(id, t.header, given);
      if (++depth > 8) throw new SampleError('E_SAMPLE_RENDER', `${id}: samples nest too deeply`);
      let text: string;
      try {
        text = t.render({ ...params });
      } catch (error) {
        throw error instanceof SampleError ? error : new SampleError('E_SAMPLE_RENDER', `${id}: the template failed: ${(error as Error).message}`);
      } finally {
        depth--;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new SampleError('E_SAMPLE_RENDER', `${id}: the template did not produce JSON (${(error as Error).message})`);
      }
    },
  };
  /** {{json (sample "s3.notification" bucket=bucket)}} renders another id's sample inside a template. */
  hb.registerHelper('sample', (...a: unknown[]) => {
    const options = a[a.length - 1] as { hash?: Record<string, unknown> };
    return sampler.sample(String(a[0]), { ...(options.hash ?? {}) });
  });
  return sampler;
}
