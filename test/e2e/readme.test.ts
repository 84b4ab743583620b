/**
 * The repository README's command-line examples run as written: each `npx lambda-events ...` line
 * of its sh blocks (other than the install lines) runs in a shell at the repository root and
 * ends as a documented outcome (exit 0 or 1), never a usage error, an internal error or a stack trace.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => m[1]!.split('\n'))
  .map((line) => line.replace(/\s+#\s.*$/, '').trim())
  .filter((line) => /(^|\| )npx lambda-events(-codegen)? /.test(line) || line === 'npx lambda-events --version');

const Readme = suite('README: every command-line example runs as written');

Readme('the README has command-line examples, of both bins', () => {
  assert.ok(examples.length >= 10, `found ${examples.length}`);
  assert.ok(examples.some((line) => line.startsWith('npx lambda-events-codegen ')), 'the codegen example runs too');
});

for (const line of examples) {
  Readme(line, () => {
    // `npx lambda-events` runs the local bin npm linked (node_modules/.bin); the shell function does
    // exactly that without npm's own start-up (npx itself is exercised by test/e2e/package.test.ts).
    const shim = `npx() { local bin="$1"; shift; "${join(ROOT, 'node_modules', '.bin')}/$bin" "$@"; }; `;
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', shim + line], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    assert.not.match(r.stderr, /\n\s+at |internal error|Usage:/, r.stderr);
    assert.ok(r.stdout.length > 0, 'printed nothing');
  });
}

Readme.run();
