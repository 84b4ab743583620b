import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { corpusEvents, readCorpus, corpus, withCorpus } from '../support/corpus.ts';
import { loadRegistry } from '../support/registry.ts';
import { describeErrors, runtimeValidator, standaloneValidator } from '../support/validators.ts';
import { decisions } from '../corpus-decisions.ts';

const Corpus = suite('corpus: every labeled real event of an implemented id');

withCorpus(Corpus, 'validates with the runtime-compiled and the standalone validator, or has a recorded decision', async () => {
  const { registry } = await loadRegistry();
  const ids = new Set(registry.entries.map((e) => e.id));
  const entries = corpusEvents(ids);
  const failures: string[] = [];
  for (const entry of entries) {
    const event = readCorpus(entry);
    const decision = decisions[entry.path];
    const expected = decision ? decision.valid : true;
    for (const [how, v] of [
      ['runtime', await runtimeValidator(entry.id)],
      ['standalone', await standaloneValidator(entry.id)],
    ] as const) {
      const ok = v(event);
      if (ok !== expected) failures.push(`${entry.path} (${entry.id}, ${how}): expected ${expected ? 'valid' : 'invalid'}, got ${ok ? 'valid' : describeErrors(v)}`);
    }
  }
  assert.equal(failures, [], failures.join('\n'));
  assert.ok(entries.length >= 80, `only ${entries.length} corpus events of implemented ids were checked`);
});

withCorpus(Corpus, 'every odd file of an implemented id has a decision, and every decision names a corpus file', async () => {
  const { registry } = await loadRegistry();
  const ids = new Set(registry.entries.map((e) => e.id));
  const all = corpus();
  const undecided = all.filter((e) => ids.has(e.id) && e.flags.includes('odd') && !decisions[e.path]).map((e) => `${e.path}: ${e.note}`);
  assert.equal(undecided, [], `odd corpus files without a decision in test/corpus-decisions.ts:\n${undecided.join('\n')}`);
  const paths = new Set(all.map((e) => e.path));
  const unknown = Object.keys(decisions).filter((p) => !paths.has(p));
  assert.equal(unknown, []);
});

Corpus.run();
