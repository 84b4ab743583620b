/** The generate command: runs the pipeline and renders its outcome; returns the exit code. */
import { GenerationFailed, renderDiagnostic } from './diagnostics.ts';
import { generate } from './index.ts';

export interface GenerateCommandOptions {
  root: string;
  check: boolean;
  debug: boolean;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
}

/** Exit codes: 0 up to date / written, 1 schemas have problems or generated/ is stale, 3 internal error. */
export async function runGenerate(options: GenerateCommandOptions): Promise<number> {
  const out = options.stdout ?? ((line) => process.stdout.write(line + '\n'));
  const err = options.stderr ?? ((line) => process.stderr.write(line + '\n'));
  try {
    const result = await generate({
      root: options.root,
      check: options.check,
      onStage: options.debug ? (stage, ms) => err(`stage ${stage}: ${ms.toFixed(0)} ms`) : undefined,
    });
    if (options.check) out(`generated/ is up to date (${result.files.size} files, ${result.registry.entries.length} ids)`);
    else out(`generated/: ${result.changed.length} file(s) changed of ${result.files.size} (${result.registry.entries.length} ids)`);
    return 0;
  } catch (error) {
    if (error instanceof GenerationFailed) {
      for (const d of error.diagnostics) err(renderDiagnostic(d));
      return 1;
    }
    err(`internal error in the generator: ${(error as Error).stack ?? String(error)}`);
    err('This is a bug in lambda-event-registry; please report it with the command you ran.');
    return 3;
  }
}
