/**
 * The package's declarations of its runtime entries, made from the runtime sources themselves
 * (TypeScript's isolated-declarations transpiler), so the public API is written once, as code
 * that is type-checked. Placeholder modules (the registry's types and data) are skipped: the
 * package stage writes their generated declarations.
 */
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUNTIME_DIR } from './esm.ts';

/** Runtime modules whose declarations are generated from schemas/ instead. */
export const PLACEHOLDERS = new Set(['types', 'registry-types', 'handlers', 'registry-data', 'sample-data']);

const IMPORT = /(from\s+|import\s*\(\s*)'\.\/([a-z-]+)\.ts'/g;

/** `<module>.d.ts` for each entry and each runtime module their declarations import (relative `.ts` imports become `.js`). */
export function runtimeDeclarations(entries: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (out.has(`${name}.d.ts`) || PLACEHOLDERS.has(name)) continue;
    const fileName = join(RUNTIME_DIR, `${name}.ts`);
    const result = ts.transpileDeclaration(readFileSync(fileName, 'utf8'), {
      fileName,
      reportDiagnostics: true,
      compilerOptions: { allowImportingTsExtensions: true, module: ts.ModuleKind.NodeNext, target: ts.ScriptTarget.ES2022, stripInternal: true },
    });
    const problems = (result.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    if (problems.length > 0) throw new Error(`declarations of generator/runtime/${name}.ts: ${problems.join('; ')}`);
    const dts = result.outputText.replace(IMPORT, (_m, lead: string, mod: string) => {
      queue.push(mod);
      return `${lead}'./${mod}.js'`;
    });
    out.set(`${name}.d.ts`, dts);
  }
  return out;
}
