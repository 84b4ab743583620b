/**
 * `npm run generate [-- --check] [-- --debug]`: regenerate generated/ from schemas/. Repository
 * tooling, not a command of the published package.
 */
import { runGenerate } from './run.ts';
import { TOOL_ROOT } from './toolRoot.ts';
import { registryProfile } from './profiles/registry.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check' && a !== '--debug');
if (unknown.length > 0) {
  process.stderr.write(`generate: unknown argument ${unknown.join(' ')} (expected --check and/or --debug)\n`);
  process.exitCode = 2;
} else {
  process.exitCode = await runGenerate(registryProfile(TOOL_ROOT), { check: args.includes('--check'), debug: args.includes('--debug') });
}
