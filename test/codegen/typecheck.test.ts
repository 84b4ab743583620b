/**
 * The project's own TypeScript (generator, CLI, tests) compiles under tsconfig.json's strict settings.
 * Declaration files are not checked here (skipLibCheck: the AWS SDK's alone are 500 files): the
 * package's own .d.ts are checked where they are consumed, by e2e/types.test.ts (with the type tests),
 * e2e/package.test.ts (every README example) and e2e/codegen-package.test.ts.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../support/paths.ts';

const Typecheck = suite('typecheck');

Typecheck('tsc --noEmit -p tsconfig.json reports nothing', () => {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${relative(ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
  assert.equal(diagnostics, [], diagnostics.slice(0, 10).join('\n'));
});

Typecheck.run();
