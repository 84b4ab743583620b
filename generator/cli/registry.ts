/**
 * The CLI's view of the package: the index, the detector, the precompiled strict validators
 * (loaded on first use of an id), and the precompiled all-errors validators (`<id>/all`, loaded
 * when a record of the id first fails) so every problem can be listed. Everything comes through the package's exports.
 */
import { createDriftFinder } from './drift.ts';
import { importPackage, packageText } from './package.ts';
import type { SchemaError } from './check/problems.ts';


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


type Validate = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
/** A validator's errors as the CLI keeps them (every message filled in). */
const problemsOf = (v: Validate): SchemaError[] =>
  (v.errors ?? []).map((e) => ({ instancePath: e.instancePath, schemaPath: e.schemaPath, keyword: e.keyword, message: e.message ?? e.keyword, params: e.params }));

/** `validateSchema`: a carrier's own schema alone (its `validateAll` also lists what it carries, which the CLI reports itself). */
type AllErrorsModule = { validateAll: Validate; validateSchema?: Validate; branches?: Record<string, Validate[]> } & Record<string, unknown>;

export interface Candidate {
  id: string;
  matched: number;
  total: number;
  failed: unknown[];
}

const notLoaded = (): never => {
  throw new Error('the detector is not loaded: call Registry.loadDetector() first');
};

export class Registry {
  readonly ids: Record<string, IndexEntry>;
  private readonly fast = new Map<string, Validate>();
  private readonly full = new Map<string, AllErrorsModule>();
  private readonly drifts = new Map<string, (data: unknown) => string[]>();
  private readonly schemas = new Map<string, Record<string, unknown>>();
  /** The id of an event (the package's compiled detector), once loadDetector() has run. */
  detect: (event: unknown) => string | null = notLoaded;
  /** The rules nearest to matching an event, once loadDetector() has run. */
  explain: (event: unknown, limit?: number) => Candidate[] = notLoaded;
  private constructor(ids: Record<string, IndexEntry>) {
    this.ids = ids;
  }

  /** The index, and the detector unless `detector: false` (`list` and `show` start without it). */
  static async load(options: { detector?: boolean } = {}): Promise<Registry> {
    const registry = new Registry((JSON.parse(packageText('registry.json')) as { ids: Record<string, IndexEntry> }).ids);
    if (options.detector !== false) await registry.loadDetector();
    return registry;
  }

  async loadDetector(): Promise<void> {
    if (this.detect !== notLoaded) return;
    const detector = await importPackage<{ detect: (e: unknown) => string | null; explain: (e: unknown, limit?: number) => Candidate[] }>('detect');
    this.detect = detector.detect;
    this.explain = detector.explain;
  }

  has(id: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.ids, id);
  }

  schema(id: string): Record<string, unknown> {
    let s = this.schemas.get(id);
    if (!s) {
      s = JSON.parse(packageText(this.ids[id]!.schema)) as Record<string, unknown>;
      this.schemas.set(id, s);
    }
    return s;
  }

  /**
   * The precompiled validator of an id (stops at the first error), and what checking the payloads
   * it carries needs synchronously: their validators and all-errors modules, and the carrier's
   * own when a carried payload must satisfy one of its definitions.
   */
  async validator(id: string): Promise<Validate> {
    const loaded = this.fast.get(id);
    if (loaded) return loaded;
    // Captured events are checked in full: shape and values (the strict validator).
    const v = (await importPackage<{ validate: Validate }>(`${id}/strict`)).validate;
    this.fast.set(id, v);
    for (const c of this.ids[id]?.carries ?? []) {
      if (c.def) await this.loadAllErrors(id);
      for (const inner of c.id ?? []) {
        await this.validator(inner);
        await this.loadAllErrors(inner);
      }
    }
    return v;
  }

  /** Whether an id's all-errors module is loaded (it is only when a record of the id fails). */
  allErrorsLoaded(id: string): boolean {
    return this.full.has(id);
  }

  async loadAllErrors(id: string): Promise<void> {
    if (!this.full.has(id)) this.full.set(id, await importPackage<AllErrorsModule>(`${id}/all`));
  }

  /** The validator of an id when it is already loaded (the hot path stays synchronous). */
  loadedValidator(id: string): Validate | undefined {
    return this.fast.get(id);
  }

  /**
   * The problems of a value against each branch of the anyOf/oneOf at `schemaPath` (as ajv reports
   * it), or null when the id has no such alternatives.
   */
  branchErrors(id: string, schemaPath: string, data: unknown): SchemaError[][] | null {
    const branches = this.full.get(id)?.branches?.[schemaPath];
    if (!branches) return null;
    return branches.map((v) => (v(data) ? [] : problemsOf(v)));
  }

  /** Every problem of a record that failed the precompiled validator (the id's validator must be loaded). */
  allErrors(id: string, data: unknown): SchemaError[] {
    const m = this.full.get(id)!;
    const v = m.validateSchema ?? m.validateAll;
    v(data);
    return problemsOf(v);
  }

  /** Every problem of a payload against a definition a carrier's payloads must satisfy (x-lambda.carries ref). */
  definitionErrors(carrier: string, def: string, data: unknown): SchemaError[] {
    const v = this.full.get(carrier)![`validate${def}`] as Validate;
    return v(data) ? [] : problemsOf(v);
  }

  private eventBridgeSources?: Set<string>;

  /**
   * Sources whose detail types the registry types (from the detection rules of the service detail
   * type ids): an event from one of them that detection leaves as the generic eventbridge.event
   * has a detail type the registry does not know yet.
   */
  knownEventBridgeSource(source: unknown): boolean {
    if (!this.eventBridgeSources) {
      this.eventBridgeSources = new Set();
      for (const [id, e] of Object.entries(this.ids)) {
        if (id.startsWith('eventbridge.') || !e.detect?.some((c) => (c as { pointer?: string }).pointer === '/detail-type')) continue;
        for (const c of e.detect as { pointer: string; equals?: unknown }[]) if (c.pointer === '/source' && typeof c.equals === 'string') this.eventBridgeSources.add(c.equals);
      }
    }
    return typeof source === 'string' && this.eventBridgeSources.has(source);
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
