/** A schemas/ folder as it was at a git ref, unpacked into a temporary folder (git archive). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class BadRefError extends Error {
  readonly code = 'E_BAD_REF';
}

/** Returns the folder holding the schemas at `ref` and a cleanup; throws BadRefError when git cannot give them. */
export function schemasAt(ref: string, schemasDir: string): { dir: string; cleanup: () => void } {
  const git = (args: string[], input?: Buffer) => execFileSync('git', ['-C', schemasDir, ...args], { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  let prefix: string;
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    prefix = git(['rev-parse', '--show-prefix']).toString().trim();
  } catch {
    throw new BadRefError(`"${ref}" is not a commit of the git repository that holds ${schemasDir}`);
  }
  const out = mkdtempSync(join(tmpdir(), 'ler-diff-'));
  const cleanup = () => rmSync(out, { recursive: true, force: true });
  try {
    const top = git(['rev-parse', '--show-toplevel']).toString().trim();
    const tar = execFileSync('git', ['-C', top, 'archive', '--format=tar', ref, '--', prefix === '' ? '.' : prefix], { maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
    mkdirSync(out, { recursive: true });
    execFileSync('tar', ['-x', '-C', out], { input: tar, maxBuffer: 1 << 30 });
  } catch (error) {
    cleanup();
    throw new BadRefError(`${ref} has no ${prefix || 'schemas folder'} (${(error as Error).message.split('\n')[0]})`);
  }
  return { dir: join(out, prefix), cleanup };
}
