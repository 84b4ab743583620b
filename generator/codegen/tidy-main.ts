/**
 * `npm run schemas:tidy`: restore the registry's layout rules (generator/codegen/tidy.ts): one
 * spelling per $ref, shared definitions in schemas/_shared/, one format. Writes only the files
 * that change and names them. Repository tooling.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from './stages/load.ts';
import { tidy } from './tidy.ts';
import { TOOL_ROOT } from './toolRoot.ts';

const loaded = await load(join(TOOL_ROOT, 'schemas'), TOOL_ROOT);
if (loaded.diagnostics.length > 0) {
  for (const d of loaded.diagnostics) process.stderr.write(`${d.file ?? ''}: ${d.code}\n`);
  process.exitCode = 1;
} else {
  const changed = tidy(loaded.files);
  for (const [path, text] of changed) await writeFile(join(TOOL_ROOT, 'schemas', path), text);
  process.stdout.write(changed.size === 0 ? 'schemas/ is tidy\n' : `tidied ${changed.size} file(s):\n${[...changed.keys()].map((p) => `  schemas/${p}`).join('\n')}\n`);
}
