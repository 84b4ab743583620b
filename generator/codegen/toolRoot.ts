import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout the generator runs from (its node_modules and runtime/ sources). esbuild resolves
 * and names bundled modules relative to it, so output does not depend on where schemas/ live.
 */
export const TOOL_ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
