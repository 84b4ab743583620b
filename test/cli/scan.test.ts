/** How `--workers` splits a file: only when it pays for a worker's start, this thread taking the larger share. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { shares } from '../../generator/cli/scan.ts';

const MiB = 1024 * 1024;
const Shares = suite('scan: shares of a file across threads');

Shares('one thread, or a file too small for a worker to pay for its start: one share, the whole file', () => {
  assert.equal(shares(500 * MiB, 1), [{ start: 0, end: Number.MAX_SAFE_INTEGER }]);
  assert.equal(shares(17 * MiB, 2), [{ start: 0, end: Number.MAX_SAFE_INTEGER }]);
});

Shares('this thread takes 16 MiB more than each worker; the shares cover the file without gaps', () => {
  const two = shares(200 * MiB, 2);
  assert.equal(two, [
    { start: 0, end: 108 * MiB },
    { start: 108 * MiB, end: Number.MAX_SAFE_INTEGER },
  ]);
  const four = shares(116 * MiB, 4);
  assert.equal(four.map((s) => s.start), [0, 41 * MiB, 66 * MiB, 91 * MiB]);
  for (let k = 1; k < four.length; k++) assert.is(four[k]!.start, four[k - 1]!.end);
  assert.is(four.at(-1)!.end, Number.MAX_SAFE_INTEGER);
});

Shares.run();
