/**
 * `npm run release [-- --dry-run]`: check generated/ is current; diff the registry against the last
 * release tag (v*) and refuse a version in package.json lower than the changes need, naming them;
 * write the CHANGELOG section from the diff; then run the tests and pack generated/ into dist/.
 * `--dry-run` stops after the version check and prints the section instead of writing it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffRegistries, requiredLevel } from './diff.ts';
import { schemasAt } from './git.ts';
import { changelogSection, insertSection, versionProblem } from './release.ts';
import { registryVersion } from './version.ts';
import { TOOL_ROOT } from '../toolRoot.ts';

const dryRun = process.argv.includes('--dry-run');
const root = TOOL_ROOT;
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

function lastTag(): string | null {
  try {
    return execFileSync('git', ['-C', root, 'describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  if (!dryRun) run('npm', ['run', 'generate', '--', '--check']);
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const tag = lastTag();
  let section: string;
  if (tag === null) {
    process.stdout.write(`release ${version}: no earlier release tag (v*), so no diff to check against\n`);
    section = `## ${version}\n\n- First release.\n`;
  } else {
    const before = schemasAt(tag, join(root, 'schemas'));
    try {
      const changes = diffRegistries(await registryVersion(before.dir), await registryVersion(join(root, 'schemas')));
      const needed = requiredLevel(changes);
      const problem = versionProblem(tag, version, needed);
      if (problem) {
        process.stderr.write(`release refused: ${problem}. The changes that need it:\n`);
        for (const c of changes.filter((x) => x.level === needed)) process.stderr.write(`  ${c.id} ${c.pointer} ${c.change}: ${c.reason}\n`);
        process.stderr.write('Raise "version" in package.json (generated/package.json follows it) and run npm run generate.\n');
        return 1;
      }
      process.stdout.write(`release ${version} after ${tag}: ${changes.length} change(s), ${needed ?? 'none'} needed\n`);
      section = changelogSection(version, changes);
    } finally {
      before.cleanup();
    }
  }
  if (dryRun) {
    process.stdout.write(section);
    return 0;
  }
  const changelog = join(root, 'CHANGELOG.md');
  writeFileSync(changelog, insertSection(readFileSync(changelog, 'utf8'), version, section));
  process.stdout.write('CHANGELOG.md: section written; edit it before publishing\n');
  run('npm', ['test']);
  mkdirSync(join(root, 'dist'), { recursive: true });
  run('npm', ['pack', join(root, 'generated'), '--pack-destination', join(root, 'dist')]);
  return 0;
}

process.exitCode = await main();
