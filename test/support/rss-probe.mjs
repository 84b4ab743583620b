// Runs the bundled CLI (generated/cli.js) in this process and prints its peak RSS (bytes) as
// stderr's last line: the memory test compares it at two input sizes, since a child's peak
// memory is not otherwise visible from Node. Usage: node rss-probe.mjs <cli arguments...>
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../generated/cli.js', import.meta.url));
process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
process.on('exit', () => process.stderr.write(`\nmaxRSS=${process.resourceUsage().maxRSS * 1024}\n`));
await import(cli);
