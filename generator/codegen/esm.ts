/**
 * Bundle a runtime entry (a module of generator/runtime/ that the package ships) into one
 * self-contained ESM file. The entry's registry-dependent modules (`registry-data.ts`,
 * `sample-data.ts`) are placeholders in the source tree; here they are replaced by the data the
 * stages computed from schemas/. Paths in esbuild's comments are relative to the tool's checkout,
 * so output does not depend on where it runs.
 */
import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import { TOOL_ROOT } from './toolRoot.ts';

export const RUNTIME_DIR = join(TOOL_ROOT, 'generator', 'runtime');

/** Replace runtime placeholder modules (by file name) with generated source. */
function replacing(data: Record<string, string>): Plugin {
  return {
    name: 'registry-data',
    setup(b) {
      b.onLoad({ filter: /[\\/]generator[\\/]runtime[\\/][a-z-]+\.ts$/ }, (args) => {
        const name = args.path.split(/[\\/]/).pop()!;
        const contents = data[name];
        return contents === undefined ? undefined : { contents, loader: 'ts', resolveDir: RUNTIME_DIR };
      });
    },
  };
}

export interface BundleOptions {
  platform: 'node' | 'neutral';
  /** Placeholder file name (e.g. `registry-data.ts`) -> generated module source. */
  data?: Record<string, string>;
  /** Bare specifiers left as imports (resolved at run time by Node). */
  external?: string[];
  banner?: string;
  /** Other runtime entries of the package: imported, not inlined (`./detect.ts` -> `./detect.js`). */
  siblings?: string[];
}

function siblingImports(siblings: string[]): Plugin {
  return {
    name: 'siblings',
    setup(b) {
      b.onResolve({ filter: /^\.\/[a-z-]+\.ts$/ }, (args) => {
        const name = args.path.slice(2, -3);
        return siblings.includes(name) ? { path: `./${name}.js`, external: true } : undefined;
      });
    },
  };
}

export async function bundleRuntime(entryPath: string, options: BundleOptions): Promise<string> {
  const result = await build({
    entryPoints: [entryPath],
    absWorkingDir: TOOL_ROOT,
    bundle: true,
    format: 'esm',
    platform: options.platform,
    mainFields: ['module', 'main'],
    target: 'es2022',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    outfile: 'out.js',
    external: options.external ?? [],
    plugins: [siblingImports(options.siblings ?? []), replacing(options.data ?? {})],
    ...(options.banner ? { banner: { js: options.banner } } : {}),
  });
  return result.outputFiles[0]!.text;
}

/** Bundle one of generator/runtime/<name>.ts. */
export function bundleRuntimeEntry(name: string, options: BundleOptions): Promise<string> {
  return bundleRuntime(join(RUNTIME_DIR, `${name}.ts`), options);
}
