// Runs the CLI in this process and prints its peak RSS (bytes) on stderr's last line: used by the
// memory test, since a child's peak memory is not otherwise visible from Node.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../../generator/cli/program.ts');
const io = { out: () => {}, err: (t) => process.stderr.write(t), color: false, progress: false };
const code = await main(process.argv.slice(2), io);
process.stderr.write(`\nmaxRSS=${process.resourceUsage().maxRSS * 1024}\n`);
process.exitCode = code;
