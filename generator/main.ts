/** `npm run generate [-- --check] [--debug]`: regenerate generated/ from schemas/. */
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { runGenerate } from './cli/generate.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
process.exitCode = await runGenerate({ root, check: process.argv.includes('--check'), debug: process.argv.includes('--debug') });
