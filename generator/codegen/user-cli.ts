/**
 * `lambda-events-codegen --schemas <dir> --out <dir> [--check] [--debug]`: the code generator's
 * front end for users' schemas (bundled as the bin of lambda-event-registry-codegen).
 * Exit codes: 0 written / up to date, 1 problems in the schemas or (--check) the output is stale,
 * 2 usage error, an unreadable schemas folder or a missing peer dependency, 3 internal error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { diag, renderDiagnostic } from './diagnostics.ts';
import { runGenerate } from './run.ts';
import { BIN, registryNamespaces, userProfile } from './profiles/user.ts';

export const USAGE = `Usage: ${BIN} --schemas <dir> --out <dir> [--check] [--debug]

Generate validators, types and samples from your own JSON Schemas (x-lambda vocabulary).
  --schemas <dir>  folder of <namespace>/<name>.schema.json files (and optional .sample.hbs templates)
  --out <dir>      folder to write (made exactly the generated files: others in it are deleted)
  --check          write nothing; exit 1 when --out is not what the schemas make
  --debug          print each stage's time
Exit codes: 0 done or up to date, 1 problems in the schemas or out of date, 2 usage error, 3 internal error.`;

export interface CliIo {
  cwd: string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  version: string;
}

/** `dir` is `parent` or somewhere below it. */
function inside(dir: string, parent: string): boolean {
  const r = relative(parent, dir);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

/**
 * The output folder is made exactly (files the schemas do not make are deleted), so it must be one
 * this tool made, or new, or empty; and it may not hold, or sit in, the schemas.
 */
function outRefusal(schemas: string, out: string): string | null {
  if (inside(schemas, out) || inside(out, schemas)) return 'may not be, hold or sit inside the --schemas folder';
  const entries = statSync(out, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(out) : null;
  if (entries === null) return statSync(out, { throwIfNoEntry: false }) ? 'is a file, not a folder' : null;
  if (entries.length === 0) return null;
  let index = '';
  try {
    index = readFileSync(join(out, 'registry.json'), 'utf8');
  } catch {
    // not made by this tool
  }
  return index.includes(`by \`${BIN} `) ? null : `is a folder ${BIN} did not make (no registry.json of its own); it would delete what is there: choose a new or empty folder`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        schemas: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    io.stderr(`${BIN}: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) return io.stdout(USAGE), 0;
  if (values.version) return io.stdout(io.version), 0;
  if (!values.schemas || !values.out) {
    io.stderr(`${BIN}: --schemas and --out are required\n\n${USAGE}`);
    return 2;
  }
  const schemas = resolve(io.cwd, values.schemas);
  if (!statSync(schemas, { throwIfNoEntry: false })?.isDirectory()) {
    io.stderr(`${BIN}: --schemas ${values.schemas} is not a folder`);
    return 2;
  }
  // An empty output from the wrong folder would look like success.
  if (!readdirSync(schemas, { recursive: true }).some((p) => String(p).endsWith('.schema.json'))) {
    io.stderr(`${BIN}: --schemas ${values.schemas} holds no *.schema.json file (one per payload: <namespace>/<name>.schema.json)`);
    return 2;
  }
  const out = resolve(io.cwd, values.out);
  const refusal = outRefusal(schemas, out);
  if (refusal) {
    io.stderr(`${BIN}: --out ${values.out} ${refusal}`);
    return 2;
  }
  let reserved: ReadonlySet<string>;
  try {
    reserved = registryNamespaces();
  } catch (error) {
    io.stderr(renderDiagnostic(diag('E_PEER_MISSING', { detail: (error as Error).message.split('\n')[0]! })));
    return 2;
  }
  const profile = userProfile({ schemas, out, cwd: io.cwd, reserved });
  return runGenerate(profile, { check: values.check, debug: values.debug, stdout: io.stdout, stderr: io.stderr, tool: 'lambda-event-registry-codegen' });
}
