/**
 * Stage 1, load: read every `*.schema.json` under schemas/ into memory. The only stage besides
 * write that touches the disk.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { diag, type Diagnostic } from '../diagnostics.ts';
import type { JsonObject, SourceFile } from '../model.ts';

export interface Loaded {
  files: SourceFile[];
  /** Sample templates (`*.sample.hbs`), path relative to schemas/. */
  samples: { path: string; text: string }[];
  /** The version of the generated package: the repository's package.json version ('' for a user's folder). */
  version: string;
  diagnostics: Diagnostic[];
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.name.endsWith('.schema.json') || entry.name.endsWith('.sample.hbs')) out.push(full);
  }
  return out;
}

/**
 * Read the sources. Files are named in diagnostics relative to `labelRoot` (the repository root,
 * or the user's working directory); the version comes from `versionFrom` (a package.json), when given.
 */
export async function load(schemasDir: string, labelRoot: string, versionFrom: string | null = join(labelRoot, 'package.json')): Promise<Loaded> {
  const files: SourceFile[] = [];
  const samples: { path: string; text: string }[] = [];
  const diagnostics: Diagnostic[] = [];
  const paths = (await walk(schemasDir)).sort();
  for (const full of paths) {
    const path = relative(schemasDir, full).split(sep).join('/');
    const text = await readFile(full, 'utf8');
    if (path.endsWith('.sample.hbs')) {
      samples.push({ path, text });
      continue;
    }
    try {
      const json = JSON.parse(text) as unknown;
      if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        diagnostics.push(diag('E_JSON_PARSE', { detail: 'the top level must be an object' }, relative(labelRoot, full)));
        continue;
      }
      files.push({ path, json: json as JsonObject, text });
    } catch (error) {
      diagnostics.push(diag('E_JSON_PARSE', { detail: (error as Error).message }, relative(labelRoot, full)));
    }
  }
  const version = versionFrom === null ? '' : (JSON.parse(await readFile(versionFrom, 'utf8')) as { version: string }).version;
  return { files, samples, version, diagnostics };
}
