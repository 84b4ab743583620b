/**
 * generate(): the codegen pipeline, one stage per module, in order (see ARCHITECTURE.md).
 * Only load (first) and write (last) touch the disk; everything between is a pure function of
 * the loaded sources, so `--check` can run the same pipeline in memory.
 *
 * One pipeline, two front ends: a profile says whose schemas these are and what to make of them
 * (profiles/registry.ts: schemas/ -> generated/ and the codegen package; profiles/user.ts: a
 * user's folder -> their output folder, through `lambda-events-codegen`).
 */
import { GenerationFailed, diag, type Diagnostic } from './diagnostics.ts';
import { load, type Loaded } from './stages/load.ts';
import { check, type CheckOptions } from './stages/check.ts';
import { types } from './stages/types.ts';
import { validators, type ValidatorOptions } from './stages/validators.ts';
import { samples, type SampleOptions } from './stages/samples.ts';
import { diffOutput, write } from './stages/write.ts';
import type { Registry } from './model.ts';
import type { PackageInput } from './stages/package.ts';

/** A folder the pipeline makes, file by file. */
export interface Output {
  /** Absolute path. */
  dir: string;
  /** How messages name it (`generated/`, or the user's `--out`). */
  label: string;
  /** Every file, path relative to dir. */
  files: Map<string, string>;
}

/** Whose schemas go through the stages, and what each stage makes of them. */
export interface Profile {
  /** The sources folder (absolute). */
  sources: string;
  /** How messages name the sources folder (`schemas`, or the user's `--schemas` as given). */
  sourcesLabel: string;
  /** Files that fail to load are named relative to this folder (the repository root, the user's working directory). */
  labelRoot: string;
  /** The package.json whose version the output carries; null when it carries none. */
  versionFrom: string | null;
  /** The output folder (absolute) and how messages name it. */
  out: string;
  outLabel: string;
  /** The command that remakes the output, named when it is stale. */
  command: string;
  check: CheckOptions;
  validators: ValidatorOptions;
  samples: SampleOptions;
  /** Stage 6: every file of the output besides validators and samples. */
  package: (input: PackageInput) => Promise<Map<string, string>>;
  /** Also stage 6: other folders made from the same sources (the registry's codegen package). */
  alongside?: (input: PackageInput) => Promise<Output[]>;
}

export interface StageOptions {
  /** Compare with the output folders instead of writing them. */
  check?: boolean;
  /** Called after each stage with its name and duration (the CLI's --debug). */
  onStage?: (stage: string, ms: number) => void;
}

export interface Built {
  registry: Registry;
  /** Every file of the profile's output folder, path relative to it. */
  files: Map<string, string>;
  /** That folder, then any made alongside it. */
  outputs: Output[];
}

export interface GenerateResult extends Built {
  /** Paths that changed (written) or would change (check mode), named by their output's label. */
  changed: string[];
}

async function timed<T>(name: string, options: StageOptions, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const value = await run();
  options.onStage?.(name, performance.now() - start);
  return value;
}

/** Stages name sources as `schemas/<path>`; messages name them as the profile's sources folder. */
function failIf(diagnostics: Diagnostic[], profile: Profile): void {
  if (diagnostics.length === 0) return;
  const prefix = `${profile.sourcesLabel}/`;
  throw new GenerationFailed(diagnostics.map((d) => (d.file?.startsWith('schemas/') ? { ...d, file: prefix + d.file.slice('schemas/'.length) } : d)));
}

const sorted = (files: Map<string, string>) => new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));

/** Build every output in memory. Throws GenerationFailed with diagnostics on bad schemas. */
export async function build(profile: Profile, options: StageOptions = {}): Promise<Built> {
  const loaded = await timed('load', options, () => load(profile.sources, profile.labelRoot, profile.versionFrom));
  return buildFrom(loaded, profile, options);
}

/** Every stage after load, on what load read (which no stage may change: the tests run this on frozen input). */
export async function buildFrom(loaded: Loaded, profile: Profile, options: StageOptions = {}): Promise<Built> {
  if (loaded.diagnostics.length > 0) throw new GenerationFailed(loaded.diagnostics);
  const checked = await timed('check', options, () => check(loaded.files, profile.check));
  failIf(checked.diagnostics, profile);
  const { registry } = checked;
  const typed = await timed('types', options, () => types(registry));
  failIf(typed.diagnostics, profile);
  const compiled = await timed('validators', options, () => validators(registry, profile.validators));
  const sampled = await timed('samples', options, () => samples(registry, loaded.samples, profile.samples));
  failIf(sampled.diagnostics, profile);
  const input: PackageInput = {
    registry,
    version: loaded.version,
    declarations: typed.declarations,
    sampleIds: sampled.ids,
    sampleData: sampled.dataModule,
    sampleParameterTypes: sampled.parameterTypes,
  };
  const { packaged, alongside } = await timed('package', options, async () => ({
    packaged: await profile.package(input),
    alongside: (await profile.alongside?.(input)) ?? [],
  }));
  const files = new Map<string, string>();
  for (const source of [packaged, compiled.files, sampled.files]) for (const [path, content] of source) files.set(path, content);
  const primary: Output = { dir: profile.out, label: profile.outLabel, files: sorted(files) };
  return { registry, files: primary.files, outputs: [primary, ...alongside.map((o) => ({ ...o, files: sorted(o.files) }))] };
}

export async function generate(profile: Profile, options: StageOptions = {}): Promise<GenerateResult> {
  const built = await build(profile, options);
  const stale: string[] = [];
  const changed = await timed('write', options, async () => {
    const out: string[] = [];
    for (const o of built.outputs) {
      const paths = options.check ? await diffOutput(o.dir, o.files) : await write(o.dir, o.files);
      if (paths.length > 0) stale.push(o.label);
      // The profile's own folder keeps bare paths (as `npm run generate -- --check` always printed them).
      out.push(...paths.map((p) => (o === built.outputs[0] ? p : `${o.label}${p}`)));
    }
    return out;
  });
  if (options.check && changed.length > 0) throw new GenerationFailed([diag('E_STALE', { files: changed, dir: stale.join(' and '), command: profile.command })]);
  return { ...built, changed };
}
