import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout the generator runs from (its node_modules and runtime/ sources). esbuild resolves
 * and names bundled modules relative to it, so output does not depend on where schemas/ live.
 * Inside the published codegen package this module is replaced by one that names the package's
 * root, which ships the few runtime sources validators inline (stages/codegen-package.ts).
 */
export const TOOL_ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/** A file of the tool by its path from the checkout's root (`generator/runtime/standard.ts`). */
export const toolPath = (path: string): string => join(TOOL_ROOT, ...path.split('/'));
