/** The labeled sample corpus in ../shared/corpus (not part of this repository). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './paths.ts';

export interface CorpusEntry {
  path: string;
  id: string;
  origin: string;
  flags: string[];
  note: string;
}

export const corpusAvailable = existsSync(join(CORPUS, 'MANIFEST.json'));

let warned = false;
/** The manifest entries, or [] with one clear message when the corpus is not there. */
export function corpus(): CorpusEntry[] {
  if (!corpusAvailable) {
    if (!warned) console.warn(`\n  [skip] corpus tests: no ${join(CORPUS, 'MANIFEST.json')} (set LAMBDA_EVENTS_CORPUS to its folder)\n`);
    warned = true;
    return [];
  }
  return JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as CorpusEntry[];
}

/** Entries that are concrete events (not SAM templates, not invalid JSON on purpose). */
export function corpusEvents(ids?: Set<string>): CorpusEntry[] {
  return corpus().filter((e) => !e.flags.includes('template') && !e.flags.includes('not-json') && (!ids || ids.has(e.id)));
}

export function readCorpus(entry: CorpusEntry): unknown {
  return JSON.parse(readFileSync(join(CORPUS, entry.path), 'utf8'));
}
