/** The bin of lambda-event-registry-codegen (bundled by stages/codegen-package.ts): user-cli.ts on this process. */
import { main } from './user-cli.ts';

declare const CODEGEN_VERSION: string;

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
  version: typeof CODEGEN_VERSION === 'string' ? CODEGEN_VERSION : 'development',
});
