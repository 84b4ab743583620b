/**
 * The `lambda-events` command line (commander). Each command lives in its own module and
 * returns an exit code; this file only declares options and maps errors to exit codes.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { packageVersion } from './package.ts';
import { runDetect } from './detect.ts';
import { EXIT, type Io } from './io.ts';
import { runList, runShow } from './list.ts';
import { Registry } from './registry.ts';
import { runValidate } from './validate.ts';
import { runSample, SampleUsageError } from './sample.ts';
import { SampleError } from '../runtime/sample-spec.ts';

const DEFAULT_MAX_RECORD_BYTES = 256 * 1024 * 1024;

function bytes(value: string): number {
  const m = /^([0-9]+)([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 1048576, 512k, 64m or 1g');
  return Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
}

/** Closest ids to a mistyped one, for the error message. */
function suggest(registry: Registry, id: string): string {
  const parts = id.split('.');
  const near = Object.keys(registry.ids).filter((k) => k.startsWith(parts[0] + '.') || k.includes(parts[parts.length - 1] ?? id));
  return near.length > 0 ? ` Did you mean ${near.slice(0, 4).join(', ')}?` : ' Run `lambda-events list` to see every id.';
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('lambda-events')
    .description('Validate captured AWS Lambda events against the registry, detect their source, and report drift.')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride()
    .version(packageVersion(), '-V, --version', 'print the package version')
    .showHelpAfterError('(run with --help for usage)');

  const format = () => new Option('--format <format>', 'output format').choices(['human', 'json']).default('human');
  const inputMode = () =>
    new Option('--input <kind>', 'how to read stdin and files with other names: json (one document, an array of events, a CloudWatch Logs export, or concatenated documents), ndjson (one record per line), log (Lambda log lines), csv (a Logs Insights export); default: by name, sniffed otherwise').choices(['json', 'ndjson', 'log', 'csv']);
  const workers = () =>
    new Option('--workers <n>', 'threads for a large uncompressed NDJSON file: this one and n-1 workers, when the file is large enough to pay for them (output keeps input order)')
      .argParser((v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
        return n;
      })
      .default(1);
  const maxRecord = () =>
    new Option('--max-record-bytes <size>', 'largest record read; longer ones are reported and skipped').argParser(bytes).default(DEFAULT_MAX_RECORD_BYTES, '256m');
  let registryPromise: Promise<Registry> | undefined;
  // Loaded without the detector: commands that scan records load it (scan.ts), `list` and `show` never do.
  const registry = () => (registryPromise ??= Registry.load({ detector: false }));
  const knownId = async (id: string | undefined): Promise<string | undefined> => {
    if (id === undefined) return undefined;
    const r = await registry();
    if (!r.has(id)) throw new UsageError(`unknown id "${id}".${suggest(r, id)}`);
    return id;
  };

  program
    .command('validate')
    .description('validate records from files, folders (recursively), or - for stdin; .json = one record, .ndjson/.jsonl = one per line, .gz or gzip data accepted')
    .argument('<paths...>', 'files, folders, or - for standard input')
    .option('--id <id>', 'skip detection and validate every record against this id (results included)')
    .option('--strict', 'report properties the registry does not know (drift) and count them as failures', false)
    .addOption(format())
    .addOption(inputMode())
    .addOption(maxRecord())
    .addOption(workers())
    .action(async (paths: string[], opts: { id?: string; strict: boolean; format: 'human' | 'json'; maxRecordBytes: number; input?: 'json' | 'ndjson' | 'log' | 'csv'; workers: number }) => {
      const id = await knownId(opts.id);
      setExit(await runValidate(paths, await registry(), { ...opts, id, mode: opts.input }, io));
    });

  program
    .command('detect')
    .description('print the registry id of each record; for a record no rule matches, the nearest rules and why')
    .argument('<paths...>', 'files, folders, or - for standard input')
    .addOption(format())
    .addOption(inputMode())
    .addOption(maxRecord())
    .action(async (paths: string[], opts: { format: 'human' | 'json'; maxRecordBytes: number; input?: 'json' | 'ndjson' | 'log' | 'csv' }) => {
      setExit(await runDetect(paths, await registry(), { ...opts, strict: false, mode: opts.input }, io));
    });

  program
    .command('list')
    .description('list the registry: id, kind, invocation type, summary')
    .addOption(new Option('--kind <kind>', 'only this kind').choices(['event', 'result', 'nested']))
    .addOption(format())
    .action(async (opts: { format: 'human' | 'json'; kind?: string }) => {
      setExit(runList(await registry(), opts, io));
    });

  program
    .command('show')
    .description('show one id: metadata, TypeScript type, JSON Schema and sample')
    .argument('<id>', 'a registry id, e.g. sqs.batch')
    .action(async (id: string) => {
      await knownId(id);
      setExit(runShow(await registry(), id, io));
    });

  program
    .command('sample')
    .description('print a sample payload: sample <id> [--<param> <value>...] or, as SAM CLI spells it, sample <service> <event> [...]; --help after the id lists its parameters')
    .argument('[words...]', 'an id, or a SAM service and event, then parameters')
    .helpOption(false)
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .action(async (_words: string[], _opts: unknown, command: Command) => {
      setExit(await runSample(command.args, io));
    });

  return program;
}

export class UsageError extends Error {}

/** Run the CLI; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is a usage error.
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (error instanceof UsageError || error instanceof SampleUsageError || (error instanceof Error && error.name === 'SampleError') || error instanceof SampleError) {
      io.err(`lambda-events: ${error.message}\n`);
      return EXIT.USAGE;
    }
    io.err(`lambda-events: internal error: ${(error as Error).message}\n`);
    io.err('This is a bug in lambda-events. Please report it with the command you ran; rerun with LAMBDA_EVENTS_DEBUG=1 for the stack.\n');
    if (process.env.LAMBDA_EVENTS_DEBUG) io.err(`${(error as Error).stack}\n`);
    return EXIT.INTERNAL;
  }
}
