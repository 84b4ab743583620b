/**
 * What the user named on the command line, expanded to the inputs to read: files as named,
 * folders walked recursively (sorted, symlink loops cut), `-` for standard input.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * An input. A file may be limited to a byte range (a worker's share of a large NDJSON file): the
 * range owns every line that starts inside it; `firstLine` is the number of its first whole line.
 */
export type Source = { kind: 'file'; path: string; range?: { start: number; end: number; firstLine: number } } | { kind: 'stdin'; path: '-' };

/** A path the CLI could not use; rendered by the caller, counted toward exit code 2. */
export interface SourceProblem {
  path: string;
  code: 'E_PATH_MISSING' | 'E_PATH_UNREADABLE' | 'E_PATH_KIND' | 'E_PATH_LOOP';
  message: string;
}

/** Extensions read from inside folders (a file named explicitly is read whatever its name). */
export const RECORD_FILE = /\.(json|ndjson|jsonl|log|csv)(\.gz)?$/i;

export interface Expanded {
  sources: Source[];
  problems: SourceProblem[];
  /** Files inside folders that were not read because of their extension. */
  skipped: string[];
}

export async function expand(paths: string[]): Promise<Expanded> {
  const out: Expanded = { sources: [], problems: [], skipped: [] };
  const seenDirs = new Set<string>();
  async function walk(dir: string): Promise<void> {
    const real = await realpath(dir);
    if (seenDirs.has(real)) {
      out.problems.push({ path: dir, code: 'E_PATH_LOOP', message: 'folder already visited (a symbolic link loop?); not read again' });
      return;
    }
    seenDirs.add(real);
    let names: string[];
    try {
      const handle = await opendir(dir);
      names = [];
      for await (const entry of handle) names.push(entry.name);
    } catch (error) {
      out.problems.push({ path: dir, code: 'E_PATH_UNREADABLE', message: (error as NodeJS.ErrnoException).code ?? String(error) });
      return;
    }
    for (const name of names.sort()) {
      const full = join(dir, name);
      let info;
      try {
        info = await stat(full);
      } catch (error) {
        out.problems.push({ path: full, code: 'E_PATH_UNREADABLE', message: (error as NodeJS.ErrnoException).code ?? String(error) });
        continue;
      }
      if (info.isDirectory()) await walk(full);
      else if (info.isFile() && RECORD_FILE.test(name)) out.sources.push({ kind: 'file', path: full });
      else out.skipped.push(full);
    }
  }
  for (const path of paths) {
    if (path === '-') {
      out.sources.push({ kind: 'stdin', path: '-' });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      out.problems.push(
        code === 'ENOENT'
          ? { path, code: 'E_PATH_MISSING', message: 'no such file or folder' }
          : { path, code: 'E_PATH_UNREADABLE', message: code ?? String(error) },
      );
      continue;
    }
    if (info.isDirectory()) await walk(path);
    else if (info.isFile() || info.isFIFO()) out.sources.push({ kind: 'file', path });
    else out.problems.push({ path, code: 'E_PATH_KIND', message: 'not a file, folder or pipe' });
  }
  return out;
}
