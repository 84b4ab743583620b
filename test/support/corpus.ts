/** The labeled sample corpus in ../shared/corpus (not part of this repository). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Test } from 'uvu';
import { CORPUS } from './paths.ts';

export interface CorpusEntry {
  path: string;
  id: string;
  origin: string;
  flags: string[];
  note: string;
}

export const corpusAvailable = existsSync(join(CORPUS, 'MANIFEST.json'));

/**
 * Register a test that needs the shared corpus. Without it the test is reported as skipped, by
 * name (uvu counts skips), and under CI=true it fails instead: CI lays the corpus beside the
 * clone, so its absence there is a broken setup, not a reason to pass.
 */
export function withCorpus(test: Test, name: string, fn: () => void | Promise<void>): void {
  if (corpusAvailable) test(name, fn);
  else if (process.env.CI === 'true')
    test(name, () => {
      throw new Error(`the shared corpus is missing (${join(CORPUS, 'MANIFEST.json')}); CI must provide it (set LAMBDA_EVENTS_CORPUS)`);
    });
  else {
    console.warn(`  [skip] ${name}: no shared corpus at ${join(CORPUS, 'MANIFEST.json')} (set LAMBDA_EVENTS_CORPUS to its folder)`);
    test.skip(name, fn);
  }
}

/** The manifest entries; only call from a test registered with withCorpus (it throws when the corpus is absent). */
export function corpus(): CorpusEntry[] {
  return JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as CorpusEntry[];
}

/**
 * Entries that are concrete events (not SAM templates, not invalid JSON on purpose); [] without
 * the corpus, for checks that also run on fixtures. Such a check registers a withCorpus test too,
 * so that the corpus's absence is a visible skip (and a CI failure), not a quieter pass.
 */
export function corpusEvents(ids?: Set<string>): CorpusEntry[] {
  if (!corpusAvailable) return [];
  return corpus().filter((e) => !e.flags.includes('template') && !e.flags.includes('not-json') && (!ids || ids.has(e.id)));
}

export function readCorpus(entry: CorpusEntry): unknown {
  return JSON.parse(readFileSync(join(CORPUS, entry.path), 'utf8'));
}
