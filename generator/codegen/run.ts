/** The generate command of either front end: runs the pipeline and renders its outcome; returns the exit code. */
import { GenerationFailed, renderDiagnostic } from './diagnostics.ts';
import { generate, type Profile } from './index.ts';

export interface GenerateCommandOptions {
  check: boolean;
  debug: boolean;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  /** Who to report a bug to, after an internal error. */
  tool?: string;
}

/** Exit codes: 0 up to date / written, 1 the schemas have problems or the output is stale, 3 internal error. */
export async function runGenerate(profile: Profile, options: GenerateCommandOptions): Promise<number> {
  const out = options.stdout ?? ((line) => process.stdout.write(line + '\n'));
  const err = options.stderr ?? ((line) => process.stderr.write(line + '\n'));
  try {
    const result = await generate(profile, {
      check: options.check,
      onStage: options.debug ? (stage, ms) => err(`stage ${stage}: ${ms.toFixed(0)} ms`) : undefined,
    });
    const ids = result.registry.entries.length;
    if (options.check) out(`${profile.outLabel} is up to date (${result.files.size} files, ${ids} ids)`);
    else out(`${profile.outLabel}: ${result.changed.length} file(s) changed of ${result.files.size} (${ids} ids)`);
    return 0;
  } catch (error) {
    if (error instanceof GenerationFailed) {
      for (const d of error.diagnostics) err(renderDiagnostic(d));
      return 1;
    }
    err(`internal error in the generator: ${(error as Error).stack ?? String(error)}`);
    err(`This is a bug in ${options.tool ?? 'lambda-event-registry'}; please report it with the command you ran.`);
    return 3;
  }
}
