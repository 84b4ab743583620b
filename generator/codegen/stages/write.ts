/**
 * Stage 7, write: make generated/ exactly the given files (writing changed ones, deleting ones no
 * longer generated), or, in check mode, only report the paths that would change.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

/** Paths (relative to outDir) whose content differs, that are missing, or that would be deleted. */
export async function diffOutput(outDir: string, files: Map<string, string>): Promise<string[]> {
  const changed: string[] = [];
  for (const [path, content] of files) {
    let current: string | null = null;
    try {
      current = await readFile(join(outDir, path), 'utf8');
    } catch {
      current = null;
    }
    if (current !== content) changed.push(path);
  }
  for (const full of await listFiles(outDir)) {
    const path = relative(outDir, full).split(sep).join('/');
    if (!files.has(path)) changed.push(path);
  }
  return changed.sort();
}

export async function write(outDir: string, files: Map<string, string>): Promise<string[]> {
  const changed = await diffOutput(outDir, files);
  for (const path of changed) {
    const full = join(outDir, path);
    const content = files.get(path);
    if (content === undefined) await rm(full);
    else {
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, content);
    }
  }
  return changed;
}
