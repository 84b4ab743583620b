/**
 * The compiled detector (codegen/detection.ts) gives the rule interpreter's answer (runtime/detector.ts):
 * on every sample, on every pair of samples merged into one event (where several rules hold and the
 * tie rule decides), on registries grown with synthetic rules, and on hand-made rule sets that
 * exercise each way it finishes (no later group, probing a few, walking the event's keys).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { patternLiteral } from '../../generator/codegen/detection.ts';
import { createDetector, type DetectRule } from '../../generator/runtime/detector.ts';
import { compileDetector, registryRules } from '../support/detector.ts';
import { sampleModule } from '../support/samples.ts';

const Detection = suite('detection compiled to code');

/** Events where compiled and interpreted detection disagree, as readable lines. */
function disagreements(rules: DetectRule[], events: [string, unknown][]): string[] {
  const compiled = compileDetector(rules);
  const reference = createDetector(rules);
  return events.flatMap(([label, event]) => {
    const a = compiled(event);
    const b = reference.detect(event);
    return a === b ? [] : [`${label}: compiled ${a}, interpreted ${b}`];
  });
}

Detection('agrees with the interpreter on every sample and every pair of samples merged', async () => {
  const rules = await registryRules();
  const m = await sampleModule();
  const samples = rules.map((r) => [r.id, m.sample(r.id)] as [string, Record<string, unknown>]);
  const events: [string, unknown][] = [...samples];
  for (const [a, x] of samples) for (const [b, y] of samples) if (a !== b) events.push([`${a} + ${b}`, { ...x, ...y }]);
  assert.ok(events.length > 10_000);
  assert.equal(disagreements(rules, events), []);
});

Detection('agrees on a registry grown 10x with rules filed under the same discriminators', async () => {
  const rules = await registryRules();
  const m = await sampleModule();
  const grown = [
    ...rules,
    ...Array.from({ length: rules.length * 9 }, (_, i) => {
      const r = rules[i % rules.length]!;
      // Every few: the sample's own value, one condition more, so the synthetic rule wins (and is found).
      const value = i % 7 === 0 ? (r.conditions[0] as { equals?: unknown }).equals ?? `synthetic-${i}` : `synthetic-${i}`;
      const extra = i % 7 === 0 ? [{ pointer: `/${Object.keys(m.sample(r.id) as object)[0]}`, exists: true }] : [];
      return { id: `synthetic.rule-${i}`, conditions: [{ ...r.conditions[0]!, equals: value } as never, ...r.conditions.slice(1), ...extra] };
    }),
  ];
  const events: [string, unknown][] = rules.map((r) => [r.id, m.sample(r.id)]);
  assert.equal(disagreements(grown, events), []);
});

Detection('the tie rule: more conditions win across key groups; on a tie, the first rule in the registry', () => {
  const rules: DetectRule[] = [
    { id: 'one', conditions: [{ pointer: '/a', equals: 1 }] },
    { id: 'two-b', conditions: [{ pointer: '/b', exists: true }, { pointer: '/c', exists: true }] },
    { id: 'two-d', conditions: [{ pointer: '/d', exists: true }, { pointer: '/c', exists: true }] },
    { id: 'three-late', conditions: [{ pointer: '/z', equals: 'x' }, { pointer: '/a', equals: 1 }, { pointer: '/c', exists: true }] },
    { id: 'absent', conditions: [{ pointer: '/q', exists: false }, { pointer: '/only', exists: true }] },
  ];
  const d = compileDetector(rules);
  assert.is(d({ a: 1 }), 'one');
  assert.is(d({ a: 1, b: 0, c: 0 }), 'two-b', 'more conditions win over the group probed first');
  assert.is(d({ d: 0, b: 0, c: 0 }), 'two-b', 'a tie goes to the first in the registry, whatever the key order');
  assert.is(d({ c: 0, z: 'x', a: 1, b: 0 }), 'three-late', 'a key group after the winner is still checked');
  assert.is(d({ only: true }), 'absent', 'a rule that starts with an absence holds without its key');
  assert.is(d({ only: true, q: 1 }), null);
  assert.equal(
    disagreements(rules, [[ 'all', { a: 1, b: 0, c: 0, d: 0, z: 'x', only: 1 } ], [ 'none', { e: 1 } ]]),
    [],
  );
});

Detection('keys Object.prototype has are read as own keys only, in probes and in the walk over the event\'s keys', () => {
  const rules: DetectRule[] = [
    { id: 'batch', conditions: [{ pointer: '/Records/0/eventSource', equals: 'aws:sqs' }] },
    { id: 'ctor', conditions: [{ pointer: '/constructor/name', equals: 'x' }, { pointer: '/toString', exists: true }] },
    { id: 'proto', conditions: [{ pointer: '/__proto__/a', exists: true }, { pointer: '/Records', exists: true }] },
  ];
  const d = compileDetector(rules);
  assert.is(d({}), null);
  assert.is(d({ constructor: { name: 'x' } }), null);
  assert.is(d(JSON.parse('{"constructor": {"name": "x"}, "toString": 1}')), 'ctor');
  assert.is(d(JSON.parse('{"Records": [{"eventSource": "aws:sqs"}], "__proto__": {"a": 1}}')), 'proto');
  assert.is(d(JSON.parse('{"Records": [{"eventSource": "aws:sqs"}], "hasOwnProperty": 1, "valueOf": {}}')), 'batch');
});

Detection('a large value table keeps 1, "1" and true apart, and strings that share a bucket', () => {
  const values: (string | number | boolean)[] = [0, 1, 2, 3, 4, 5, true, '1', 'ab', 'a-b', 'axb', 'ayb', '\u{1F600}'];
  const rules: DetectRule[] = values.map((value, i) => ({ id: `r${i}`, conditions: [{ pointer: '/n', equals: value }] }));
  const d = compileDetector(rules);
  values.forEach((value, i) => assert.is(d({ n: value }), `r${i}`, JSON.stringify(value)));
  for (const miss of [6, false, '2', 'a', 'azb', '', null, {}]) assert.is(d({ n: miss }), null, JSON.stringify(miss));
});

Detection('a pattern is tried after a cheap literal test that every match passes', () => {
  assert.equal(patternLiteral('^H4sI'), { prefix: 'H4sI', whole: true });
  assert.equal(patternLiteral('^arn:[a-z-]+:kinesisanalytics:'), { prefix: 'arn:', whole: false });
  assert.equal(patternLiteral('^\\s*\\{\\s*"Type"\\s*:\\s*"Notification"\\s*,'), { contains: '"Notification"', whole: false, afterSpaces: '{' });
  assert.equal(patternLiteral('^[^.]+\\.([a-z0-9-]+-)?lambda-url\\.[a-z0-9-]+\\.on\\.aws$'), { contains: 'lambda-url.', whole: false });
  assert.equal(patternLiteral('^ab?c'), { prefix: 'a', whole: false }, 'a quantified character is not part of the literal');
  assert.equal(patternLiteral('^(a|b)'), { whole: false });
  assert.equal(patternLiteral('a|b'), { whole: false }, 'no literal under a top-level alternation');
  assert.equal(patternLiteral('^\\x41'), { whole: false }, 'escapes with arguments claim nothing');
  // What the tests above promise: the literal is in every match.
  const rules: DetectRule[] = [{ id: 'url', conditions: [{ pointer: '/h', pattern: '^[^.]+\\.([a-z0-9-]+-)?lambda-url\\.[a-z0-9-]+\\.on\\.aws$' }] }];
  const d = compileDetector(rules);
  assert.is(d({ h: 'abc.lambda-url.us-east-1.on.aws' }), 'url');
  assert.is(d({ h: 'abc.cell-1-lambda-url.us-east-1.on.aws' }), 'url');
  assert.is(d({ h: 'abc.lambda-url.us-east-1.on.aws.example.com' }), null);
});

Detection.run();
