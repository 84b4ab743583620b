/**
 * generate(): the codegen pipeline, one stage per module, in order (see ARCHITECTURE.md).
 * Only load (first) and write (last) touch the disk; everything between is a pure function of
 * the loaded registry, so `--check` can run the same pipeline in memory.
 */
import { join } from 'node:path';
import { GenerationFailed, diag, type Diagnostic } from './diagnostics.ts';
import { load, type Loaded } from './stages/load.ts';
import { check } from './stages/check.ts';
import { types } from './stages/types.ts';
import { validators } from './stages/validators.ts';
import { samples } from './stages/samples.ts';
import { packageFiles } from './stages/package.ts';
import { diffOutput, write } from './stages/write.ts';
import type { Registry } from './model.ts';

export interface GenerateOptions {
  /** Repository root: holds schemas/, package.json and generated/. */
  root: string;
  /** Compare with generated/ instead of writing it. */
  check?: boolean;
  /** Called after each stage with its name and duration (the CLI's --debug). */
  onStage?: (stage: string, ms: number) => void;
}

export interface GenerateResult {
  registry: Registry;
  /** Every file of generated/, path relative to it. */
  files: Map<string, string>;
  /** Paths that changed (written) or would change (check mode). */
  changed: string[];
}

async function timed<T>(name: string, options: GenerateOptions, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const value = await run();
  options.onStage?.(name, performance.now() - start);
  return value;
}

function failIf(diagnostics: Diagnostic[]): void {
  if (diagnostics.length > 0) throw new GenerationFailed(diagnostics);
}

/** Build every file of generated/ in memory. Throws GenerationFailed with diagnostics on bad schemas. */
export async function build(options: GenerateOptions): Promise<{ registry: Registry; files: Map<string, string> }> {
  const loaded = await timed('load', options, () => load(join(options.root, 'schemas'), options.root));
  return buildFrom(loaded, options);
}

/** Every stage after load, on what load read (which no stage may change: the tests run this on frozen input). */
export async function buildFrom(loaded: Loaded, options: GenerateOptions): Promise<{ registry: Registry; files: Map<string, string> }> {
  failIf(loaded.diagnostics);
  const checked = await timed('check', options, () => check(loaded.files));
  failIf(checked.diagnostics);
  const { registry } = checked;
  const typed = await timed('types', options, () => types(registry));
  failIf(typed.diagnostics);
  const compiled = await timed('validators', options, () => validators(registry));
  const sampled = await timed('samples', options, () => samples(registry, loaded.samples));
  failIf(sampled.diagnostics);
  const packaged = await timed('package', options, () =>
    packageFiles({
      registry,
      version: loaded.version,
      declarations: typed.declarations,
      sampleIds: sampled.ids,
      sampleData: sampled.dataModule,
      sampleParameterTypes: sampled.parameterTypes,
    }),
  );
  const files = new Map<string, string>();
  for (const source of [packaged, compiled.files, sampled.files]) for (const [path, content] of source) files.set(path, content);
  return { registry, files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) };
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { registry, files } = await build(options);
  const outDir = join(options.root, 'generated');
  const changed = await timed('write', options, () => (options.check ? diffOutput(outDir, files) : write(outDir, files)));
  if (options.check && changed.length > 0) throw new GenerationFailed([diag('E_STALE', { files: changed })]);
  return { registry, files, changed };
}
