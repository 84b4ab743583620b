/**
 * Bundle a small entry module (written by a stage) with the runtime sources it imports into one
 * self-contained ESM file. Paths in esbuild's comments are relative to the tool's checkout, so
 * output does not depend on where it runs.
 */
import { build } from 'esbuild';
import { TOOL_ROOT } from './toolRoot.ts';

export async function bundleEntry(contents: string, sourcefile: string, platform: 'node' | 'neutral'): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: TOOL_ROOT, loader: 'ts', sourcefile },
    absWorkingDir: TOOL_ROOT,
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2020',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
