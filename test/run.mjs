// npm test: run every uvu suite (TypeScript through tsx) and fail when no test ran, which uvu
// alone reports as success. Ends with the plain line "N passed, N failed[, N skipped]".
// Usage: npm test [-- <file regex>]   e.g. npm test -- corpus
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const uvu = fileURLToPath(new URL('../node_modules/uvu/bin.js', import.meta.url));
const pattern = process.argv[2] ? `(${process.argv[2]}).*\\.test\\.ts$` : '\\.test\\.ts$';
const child = spawn(process.execPath, ['--import', 'tsx', uvu, 'test', pattern], { stdio: ['ignore', 'pipe', 'inherit'] });
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const count = (label) => Number(new RegExp(`^\\s*${label}:\\s+(\\d+)`, "m").exec(plain)?.[1] ?? 0);
  const total = count('Total');
  const passed = count('Passed');
  const skipped = count('Skipped');
  const failed = total - passed - skipped;
  console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (total === 0) {
    console.error(`no test ran (pattern ${JSON.stringify(pattern)}): failing, because a run that tests nothing proves nothing`);
    process.exitCode = 1;
    return;
  }
  process.exitCode = code === 0 && failed === 0 ? 0 : 1;
});
