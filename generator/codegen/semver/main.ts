/**
 * `npm run diff -- <git ref> [--format json] [--schemas <dir>]`: every change to the registry
 * since <ref>, per id, with its JSON pointer and the semver level it needs. Exit 0 whatever the
 * changes are; 2 for a bad ref or bad arguments.
 */
import { resolve } from 'node:path';
import { diffRegistries, renderChanges } from './diff.ts';
import { BadRefError, schemasAt } from './git.ts';
import { registryVersion } from './version.ts';
import { TOOL_ROOT } from '../toolRoot.ts';

const USAGE = 'usage: npm run diff -- <git ref> [--format human|json] [--schemas <dir>]\n';

async function main(argv: string[]): Promise<number> {
  let ref: string | undefined;
  let format = 'human';
  let schemas = resolve(TOOL_ROOT, 'schemas');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') format = argv[++i] ?? '';
    else if (a === '--schemas') schemas = resolve(argv[++i] ?? '');
    else if (!a.startsWith('-') && ref === undefined) ref = a;
    else {
      process.stderr.write(`diff: unexpected argument ${a}\n${USAGE}`);
      return 2;
    }
  }
  if (!ref || (format !== 'human' && format !== 'json')) {
    process.stderr.write(USAGE);
    return 2;
  }
  let before;
  try {
    before = schemasAt(ref, schemas);
  } catch (error) {
    if (error instanceof BadRefError) {
      process.stderr.write(`diff: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  try {
    const changes = diffRegistries(await registryVersion(before.dir), await registryVersion(schemas));
    process.stdout.write(format === 'json' ? changes.map((c) => JSON.stringify(c) + '\n').join('') : renderChanges(changes));
    return 0;
  } finally {
    before.cleanup();
  }
}

process.exitCode = await main(process.argv.slice(2));
