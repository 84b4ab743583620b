#!/usr/bin/env node
// npm run release: verify generated/ is what the schemas make, run the tests, then pack the
// generated package into dist/. Publishing (npm publish dist/<tarball>) stays a human step.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
run('npm', ['run', 'generate', '--', '--check']);
run('npm', ['test']);
mkdirSync(join(root, 'dist'), { recursive: true });
run('npm', ['pack', join(root, 'generated'), '--pack-destination', join(root, 'dist')]);
