// The floor for CLI throughput: read a file, split lines, JSON.parse each; nothing else.
import { createReadStream } from 'node:fs';
const t = performance.now();
let n = 0, bytes = 0, rest = '';
for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 20 })) {
  bytes += chunk.length;
  const lines = (rest + chunk).split('\n');
  rest = lines.pop();
  for (const l of lines) if (l) { JSON.parse(l); n++; }
}
if (rest) { JSON.parse(rest); n++; }
const s = (performance.now() - t) / 1000;
console.log(`${n} records ${(bytes / 1e6 / s).toFixed(1)} MB/s ${s.toFixed(2)} s`);
