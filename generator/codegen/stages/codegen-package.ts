/**
 * Stage 6, alongside the registry's package: the package `lambda-event-registry-codegen`
 * (generated-codegen/), this code generator as a tool for users' schemas. Its code is the codegen
 * room itself, bundled from `user-main.ts` with its dependencies left as imports: one generator,
 * two front ends. Its dependencies are exactly what the bundle imports (read from esbuild's
 * metafile, versions from the workspace's package.json); the registry package is a peer, since
 * the types it writes import the registry's.
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { banner, jsonBanner } from '../banner.ts';
import { PACKAGE_NAME } from './package.ts';
import { INLINED_SOURCES } from './validators.ts';
import { TOOL_ROOT, toolPath } from '../toolRoot.ts';

export const CODEGEN_PACKAGE_NAME = 'lambda-event-registry-codegen';
const XLAMBDA_SCHEMA = 'generator/codegen/x-lambda.schema.json';

/** Inside the package the tool's root is the package's own folder, beside the bundle. */
const packagedToolRoot: Plugin = {
  name: 'packaged-tool-root',
  setup(b) {
    b.onLoad({ filter: /[\\/]generator[\\/]codegen[\\/]toolRoot\.ts$/ }, () => ({
      loader: 'ts',
      contents: `import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
export const TOOL_ROOT = dirname(fileURLToPath(import.meta.url));
export const toolPath = (path: string): string => join(TOOL_ROOT, ...path.split('/'));
`,
    }));
  },
};

const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

export async function codegenBundle(version: string): Promise<{ code: string; imports: string[] }> {
  const result = await build({
    entryPoints: [toolPath('generator/codegen/user-main.ts')],
    absWorkingDir: TOOL_ROOT,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    packages: 'external',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    metafile: true,
    outfile: 'codegen.js',
    define: { CODEGEN_VERSION: JSON.stringify(version) },
    plugins: [packagedToolRoot],
    banner: { js: `#!/usr/bin/env node\n${banner('generator/codegen/').trimEnd()}` },
  });
  const imports = Object.values(result.metafile!.outputs).flatMap((o) => o.imports.map((i) => i.path));
  return { code: result.outputFiles[0]!.text, imports };
}

/** The packages a bundle imports at run time (Node.js built-ins aside), sorted. */
export function dependenciesOf(imports: string[]): string[] {
  const builtins = new Set(builtinModules);
  return [...new Set(imports.filter((i) => !i.startsWith('node:') && !builtins.has(i)).map(packageOf))].sort();
}

export async function codegenPackage(version: string): Promise<Map<string, string>> {
  const { code, imports } = await codegenBundle(version);
  const workspace = JSON.parse(readFileSync(toolPath('package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const dependencies: Record<string, string> = {};
  for (const name of dependenciesOf(imports)) {
    const range = workspace.devDependencies[name];
    if (!range) throw new Error(`the codegen bundle imports ${name}, which package.json does not list`);
    dependencies[name] = range;
  }
  const files = new Map<string, string>();
  const pkg = {
    '//': jsonBanner('generator/codegen/ and generator/codegen/stages/codegen-package.ts'),
    name: CODEGEN_PACKAGE_NAME,
    version,
    description: `The code generator of ${PACKAGE_NAME} for your own JSON Schemas: precompiled validators (Standard Schema), TypeScript types, samples and a registry index, with the same x-lambda vocabulary.`,
    keywords: ['aws', 'lambda', 'events', 'json-schema', 'codegen', 'validator', 'types'],
    license: 'Apache-2.0',
    type: 'module',
    engines: { node: '>=20.11' },
    bin: { 'lambda-events-codegen': './codegen.js' },
    exports: { './x-lambda.schema.json': `./${XLAMBDA_SCHEMA}`, './package.json': './package.json' },
    files: ['codegen.js', 'generator/', 'README.md', 'LICENSE'],
    dependencies,
    peerDependencies: { [PACKAGE_NAME]: `^${version}` },
  };
  files.set('package.json', JSON.stringify(pkg, null, 2) + '\n');
  files.set('codegen.js', code);
  files.set('README.md', `<!-- ${jsonBanner('generator/codegen/README.md')} -->\n` + readFileSync(toolPath('generator/codegen/README.md'), 'utf8'));
  files.set('LICENSE', readFileSync(toolPath('LICENSE'), 'utf8'));
  for (const path of [...INLINED_SOURCES, XLAMBDA_SCHEMA]) files.set(path, readFileSync(toolPath(path), 'utf8'));
  return files;
}
