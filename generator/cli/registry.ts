/**
 * The CLI's view of the generated package (generated/): the index, the detector, the
 * precompiled validators (loaded on first use of an id), and for records that fail, an
 * all-errors validator compiled from the bundled schema so every problem can be listed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAjv } from '../ajv.ts';
import { TOOL_ROOT } from '../toolRoot.ts';
import { createDriftFinder } from '../runtime/drift.ts';
import { carried } from '../runtime/nested.ts';

export const GENERATED_DIR = join(TOOL_ROOT, 'generated');

export interface IndexEntry {
  kind: 'event' | 'result' | 'nested';
  invocation: string | string[];
  summary: string;
  docs: string;
  result: string | null;
  schema: string;
  type: string;
  module: string;
  sample: string | null;
  detect: unknown[] | null;
  carries?: { at: string; decode: ('base64' | 'gzip' | 'json')[]; id?: string[]; def?: string }[];
}

export interface Problem {
  instancePath: string;
  keyword: string;
  message: string;
  params?: Record<string, unknown>;
}

type Validate = ((data: unknown) => boolean) & { errors?: Problem[] | null };

export interface Candidate {
  id: string;
  matched: number;
  total: number;
  failed: unknown[];
}

export class Registry {
  readonly ids: Record<string, IndexEntry>;
  private readonly fast = new Map<string, Validate>();
  private readonly full = new Map<string, Validate>();
  private readonly drifts = new Map<string, (data: unknown) => string[]>();
  private readonly schemas = new Map<string, Record<string, unknown>>();
  private ajv?: ReturnType<typeof createAjv>;

  private constructor(
    private readonly dir: string,
    ids: Record<string, IndexEntry>,
    readonly detect: (event: unknown) => string | null,
    readonly explain: (event: unknown, limit?: number) => Candidate[],
  ) {
    this.ids = ids;
  }

  static async load(dir = GENERATED_DIR): Promise<Registry> {
    const index = JSON.parse(readFileSync(join(dir, 'registry.json'), 'utf8')) as { ids: Record<string, IndexEntry> };
    const detector = (await import(pathToFileURL(join(dir, 'detect.js')).href)) as {
      detect: (e: unknown) => string | null;
      explain: (e: unknown, limit?: number) => Candidate[];
    };
    return new Registry(dir, index.ids, detector.detect, detector.explain);
  }

  has(id: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.ids, id);
  }

  schema(id: string): Record<string, unknown> {
    let s = this.schemas.get(id);
    if (!s) {
      s = JSON.parse(readFileSync(join(this.dir, this.ids[id]!.schema), 'utf8')) as Record<string, unknown>;
      this.schemas.set(id, s);
    }
    return s;
  }

  /** The precompiled validator of an id (stops at the first error), and those of the payloads it carries. */
  async validator(id: string): Promise<Validate> {
    let v = this.fast.get(id);
    if (!v) {
      v = ((await import(pathToFileURL(join(this.dir, 'validators', `${id}.js`)).href)) as { validate: Validate }).validate;
      this.fast.set(id, v);
      for (const c of this.ids[id]?.carries ?? []) for (const inner of c.id ?? []) await this.validator(inner);
    }
    return v;
  }

  /** The validator of an id when it is already loaded (the hot path stays synchronous). */
  loadedValidator(id: string): Validate | undefined {
    return this.fast.get(id);
  }

  /** Every problem of a record that failed the precompiled validator. */
  allErrors(id: string, data: unknown): Problem[] {
    let v = this.full.get(id);
    if (!v) {
      this.ajv ??= createAjv({ allErrors: true });
      v = this.ajv.compile(this.schema(id)) as Validate;
      this.full.set(id, v);
    }
    v(data);
    return (v.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, message: e.message ?? e.keyword, params: e.params }));
  }

  /** A runtime validator for a definition bundled with a carrier's schema. */
  private definitionValidator(carrier: string, def: string): Validate {
    const key = `${carrier}#${def}`;
    let v = this.full.get(key);
    if (!v) {
      this.ajv ??= createAjv({ allErrors: true });
      const uri = this.schema(carrier).$id as string;
      if (!this.ajv.getSchema(uri)) this.ajv.addSchema(this.schema(carrier));
      v = this.ajv.getSchema(`${uri}#/$defs/${def}`) as Validate;
      this.full.set(key, v);
    }
    return v;
  }

  /**
   * Problems of the payloads a record carries (x-lambda.carries): each is decoded and checked
   * against its id(s) or definition. Reported at the pointer of the encoded string.
   */
  carriedProblems(id: string, data: unknown): Problem[] {
    const problems: Problem[] = [];
    for (const c of this.ids[id]?.carries ?? []) {
      for (const payload of carried(data, c.at, c.decode)) {
        if (payload.error !== undefined) {
          problems.push({ instancePath: payload.pointer, keyword: 'decode', message: `carried payload ${payload.error} (${c.decode.join(' → ')})` });
          continue;
        }
        if (c.def) {
          const v = this.definitionValidator(id, c.def);
          if (!v(payload.value)) {
            const first = v.errors?.[0];
            problems.push({ instancePath: payload.pointer, keyword: 'nested', message: `carried ${c.def} is invalid: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim() });
          }
          continue;
        }
        const inner = c.id ?? [];
        let ok = false;
        for (const innerId of inner) if (this.loadedValidator(innerId)!(payload.value)) ok = true;
        if (!ok) {
          const first = this.allErrors(inner[0]!, payload.value)[0];
          problems.push({
            instancePath: payload.pointer,
            keyword: 'nested',
            message: `carried payload is not a valid ${inner.join(' or ')}: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim(),
          });
        }
      }
    }
    return problems;
  }

  /** JSON pointers of the properties the record has and the schema does not declare. */
  drift(id: string, data: unknown): string[] {
    let d = this.drifts.get(id);
    if (!d) {
      d = createDriftFinder(this.schema(id));
      this.drifts.set(id, d);
    }
    return d(data);
  }
}
