/**
 * Hostile input: random and mutated JSON never crash the CLI or a validator, every record is
 * accounted for, exit codes stay documented, validators never mutate their input, patterns cannot
 * backtrack catastrophically, and memory stays flat on a large stream. Fixed seed, bounded counts;
 * FUZZ_RUNS=<n> npm test -- robustness runs longer.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { check } from '../../generator/cli/pipeline.ts';
import { Registry } from '../../generator/cli/registry.ts';
import { visitSchema } from '../../generator/codegen/refs.ts';
import { bundle } from '../../generator/codegen/refs.ts';
import { ROOT } from '../support/paths.ts';
import { cleanEnv } from '../support/env.ts';
import { loadRegistry } from '../support/registry.ts';
import { sampleModule } from '../support/samples.ts';
import { standaloneValidator } from '../support/validators.ts';

const SEED = 7;
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
// The bundled bin, as users run it.
const BIN = join(ROOT, 'generated', 'cli.js');
const EXIT_CODES = [0, 1, 2];
const dir = mkdtempSync(join(tmpdir(), 'ler-robust-'));
const cli = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8', env: cleanEnv({ NO_COLOR: '1' }), maxBuffer: 1 << 28 });

const Robust = suite('robustness');

Robust('random JSON values: check() never throws, and its verdict agrees with detection and the validators', async () => {
  const registry = await Registry.load();
  await fc.assert(
    fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
      const outcomes = await check('fuzz', { line: 1, text: JSON.stringify(value) }, registry, { strict: false });
      // An array or a log-shaped object is a container: its events are checked one by one.
      if (outcomes.length !== 1 || outcomes[0]!.at !== undefined) return;
      const o = outcomes[0]!;
      // Serialised JSON always parses; the detected id is detection's; the verdict is the validator's.
      assert.is.not(o.status, 'unparseable');
      assert.is(o.id, registry.detect(value));
      if (o.id === null) {
        assert.is(o.status, 'undetected');
        assert.equal(o.errors.map((e) => e.code), ['E_UNDETECTED']);
        return;
      }
      const valid = (await registry.validator(o.id))(value);
      assert.is(o.status, valid && o.errors.length === 0 ? 'valid' : 'invalid');
      if (!valid) assert.ok(o.errors.length > 0 && o.errors.every((e) => e.code === 'E_SCHEMA' || e.code === 'E_DEPTH'), JSON.stringify(o.errors));
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

/** Every JSON pointer of a value's object members, to mutate. */
function members(value: unknown, pointer = ''): { pointer: string; parent: Record<string, unknown>; key: string }[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [{ pointer: `${pointer}/${k}`, parent: value as Record<string, unknown>, key: k }, ...members(v, `${pointer}/${k}`)]);
}

Robust('mutated samples: validators never throw or mutate their input; removing a required field is rejected', async () => {
  const m = await sampleModule();
  const { registry } = await loadRegistry();
  for (const id of m.sampleIds) {
    const v = await standaloneValidator(id);
    const schema = bundle(registry, id);
    const base = m.sample(id);
    const slots = members(base);
    if (slots.length === 0) continue;
    fc.assert(
      fc.property(fc.nat({ max: slots.length - 1 }), fc.constantFrom('remove', 'null', 'number', 'string', 'object', 'proto'), (i, how) => {
        const event = structuredClone(base);
        const slot = members(event)[i]!;
        if (how === 'remove') delete slot.parent[slot.key];
        else if (how === 'proto') Object.defineProperty(slot.parent, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
        else slot.parent[slot.key] = { null: null, number: 1e308, string: '\u0000"\\', object: { constructor: { prototype: { polluted: 1 } } } }[how];
        const before = JSON.stringify(event);
        v(event);
        assert.is(JSON.stringify(event), before, `${id}: the validator changed its input`);
        assert.is(({} as Record<string, unknown>).polluted, undefined, 'prototype pollution');
      }),
      { seed: SEED, numRuns: Math.min(RUNS, 40) },
    );
    // A required top-level field, removed, is always rejected.
    const required = (schema.required as string[] | undefined) ?? [];
    for (const name of required) {
      if (base === null || typeof base !== 'object' || !(name in base)) continue;
      const event = structuredClone(base) as Record<string, unknown>;
      delete event[name];
      assert.not.ok(v(event), `${id}: accepted without required "${name}"`);
    }
  }
});

Robust('random bytes as NDJSON: the CLI accounts for every non-blank line and exits with a documented code', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v)))), { minLength: 1, maxLength: 40 }), (chunks) => {
      const lines = chunks.map((c) => Buffer.from(c).toString('latin1').replace(/\n/g, ' '));
      const file = join(dir, 'fuzz.ndjson');
      writeFileSync(file, Buffer.from(lines.join('\n'), 'latin1'));
      const r = cli(['validate', '--format', 'json', file]);
      assert.ok(EXIT_CODES.includes(r.status ?? -1), `exit ${r.status}: ${r.stderr}`);
      assert.not.match(r.stderr, /internal error|    at /);
      const summary = JSON.parse(r.stdout.trim().split('\n').pop()!).summary as Record<string, number>;
      const nonBlank = lines.filter((l) => l.replace(/[ \t\r]/g, '') !== '').length;
      assert.is(summary.records, nonBlank);
      assert.is(summary.records, summary.valid! + summary.invalid! + summary.unparseable! + summary.undetected!);
    }),
    { seed: SEED, numRuns: Math.min(RUNS, 12) },
  );
});

Robust('adversarial records: NUL bytes, deep nesting, huge numbers, __proto__ and constructor keys', async () => {
  const sqs = JSON.stringify((await sampleModule()).sample('sqs.batch'));
  const lines = [
    '{"a":"\u0000"}',
    `{"a":"${'\\u0000'.repeat(10)}"}`,
    '['.repeat(100000) + ']'.repeat(100000),
    '{"n":' + '9'.repeat(400) + '}',
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    sqs.replace('"Records"', '"__proto__":{"polluted":1},"Records"'),
    '{"Records":[{"eventSource":"aws:sqs","messageId":' + '9'.repeat(30) + '}]}',
  ];
  const r = cli(['validate', '--format', 'json', '--strict', '-'], lines.join('\n') + '\n');
  assert.ok(EXIT_CODES.includes(r.status ?? -1), r.stderr);
  const out = r.stdout.trim().split('\n');
  assert.is(out.length, lines.length + 1, 'one line per record plus the summary');
  const summary = JSON.parse(out.pop()!).summary as { records: number };
  assert.is(summary.records, lines.length);
  assert.not.match(r.stderr, /internal error/);
});

Robust('a line over --max-record-bytes is reported and skipped without being held in memory', () => {
  const file = join(dir, 'huge.ndjson');
  writeFileSync(file, `{"a":"${'x'.repeat(8 * 1024 * 1024)}"}\n{"b":1}\n`);
  const r = cli(['validate', '--format', 'json', '--max-record-bytes', '1m', file]);
  const [first, second] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.match(first.errors[0].message, /over the --max-record-bytes limit/);
  assert.is(first.line, 1);
  assert.is(second.line, 2);
});

Robust('truncated and concatenated gzip: records before the damage are kept, the damage is reported', () => {
  const a = gzipSync('{"a":1}\n{"a":2}\n');
  const b = gzipSync('{"a":3}\n');
  const whole = Buffer.concat([a, b]);
  writeFileSync(join(dir, 'cat.ndjson.gz'), whole);
  let r = cli(['validate', '--format', 'json', join(dir, 'cat.ndjson.gz')]);
  assert.is(JSON.parse(r.stdout.trim().split('\n').pop()!).summary.records, 3);
  writeFileSync(join(dir, 'cut.ndjson.gz'), Buffer.concat([a, b.subarray(0, b.length - 6)]));
  r = cli(['validate', '--format', 'json', join(dir, 'cut.ndjson.gz')]);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[lines.length - 2]!, /gzip data is corrupt or truncated/);
  assert.is(r.status, 1);
});

Robust('a FIFO named on the command line is read as a stream', async () => {
  const fifo = join(dir, 'events.fifo');
  spawnSync('mkfifo', [fifo]);
  const child = spawn(process.execPath, [BIN, 'validate', '--format', 'json', fifo], { cwd: ROOT, env: cleanEnv({ NO_COLOR: '1' }) });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const writer = createWriteStream(fifo);
  writer.end('{"a":1}\n{"b":2}\n');
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.is(code, 1);
  assert.is(JSON.parse(stdout.trim().split('\n').pop()!).summary.records, 2);
});

Robust('Ctrl-C midway prints the partial summary and exits 130', async () => {
  const child = spawn(process.execPath, [BIN, 'validate', '--format', 'json', '-'], { cwd: ROOT, env: cleanEnv({ NO_COLOR: '1' }) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.write('{"a":1}\n{"a":2}\n');
  await new Promise<void>((resolve) => {
    const wait = () => (stdout.split('\n').length > 2 ? resolve() : setTimeout(wait, 20));
    wait();
  });
  child.kill('SIGINT');
  const code = await new Promise((resolve) => child.on('close', resolve));
  child.stdin.destroy();
  assert.is(code, 130);
  assert.match(stderr, /interrupted/);
  const summary = JSON.parse(stdout.trim().split('\n').pop()!).summary as { records: number };
  assert.is(summary.records, 2);
});

Robust('every pattern in the registry is linear: no catastrophic backtracking on pathological strings', async () => {
  const { registry } = await loadRegistry();
  const patterns = new Set<string>();
  for (const e of registry.entries) {
    visitSchema(bundle(registry, e.id), (node) => {
      if (typeof node.pattern === 'string') patterns.add(node.pattern);
      if (node.patternProperties && typeof node.patternProperties === 'object') for (const p of Object.keys(node.patternProperties)) patterns.add(p);
    });
    for (const c of e.detect ?? []) if ('pattern' in c) patterns.add(c.pattern);
  }
  const n = 50_000;
  const evil = ['a', '0', ' ', '-', '.', 'aA0', '{"', 'arn:aws:', '\\', '+', '/'].flatMap((s) => [s.repeat(n / s.length), s.repeat(n / s.length) + '\u0000!']);
  const slow: string[] = [];
  for (const p of patterns) {
    const re = new RegExp(p, 'u');
    for (const input of evil) {
      const start = performance.now();
      re.test(input);
      const ms = performance.now() - start;
      if (ms > 250) slow.push(`/${p}/ took ${ms.toFixed(0)} ms on ${JSON.stringify(input.slice(0, 12))}…`);
    }
  }
  assert.equal(slow, []);
  assert.ok(patterns.size > 20, `${patterns.size} patterns`);
});

Robust('--workers 2 splits a large NDJSON file by byte range: same records, same line numbers, same order, same summary', async () => {
  const m = await sampleModule();
  const good = ['sqs.batch', 's3.notification', 'dynamodb.stream-batch'].map((id) => JSON.stringify(m.sample(id)));
  const lines: string[] = [];
  for (let i = 0, length = 0; length < 18 * 1024 * 1024; i++) {
    const line = i % 997 === 0 ? '{"broken": ' : i % 1009 === 0 ? '{"unknown":true}' : i % 89 === 0 ? '' : good[i % good.length]!;
    lines.push(line);
    length += line.length + 1;
  }
  const file = join(dir, 'split.ndjson');
  writeFileSync(file, lines.join('\n') + '\n');
  const one = cli(['validate', '--format', 'json', file]);
  const two = cli(['validate', '--format', 'json', '--workers', '2', file]);
  assert.is(two.status, one.status, two.stderr);
  assert.ok(one.stdout.length > 1000);
  assert.ok(one.stdout === two.stdout, 'the outputs differ');
});

/** Write `mb` MiB of NDJSON of five common sources. */
async function bigFile(mb: number): Promise<string> {
  const file = join(dir, `big-${mb}.ndjson`);
  const m = await sampleModule();
  const lines = ['sqs.batch', 'apigateway.rest-proxy', 's3.notification', 'dynamodb.stream-batch', 'eventbridge.scheduled'].map((id) => JSON.stringify(m.sample(id)));
  const block = Buffer.from(lines.join('\n') + '\n');
  const out = createWriteStream(file);
  let written = 0;
  while (written < mb * 1024 * 1024) {
    if (!out.write(block)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    written += block.length;
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return file;
}

// Flat memory as a property rather than a number: with V8's old space capped at 24 MiB, the bundled CLI
// validates 96 MiB (four times the cap) of NDJSON; anything kept per record would exhaust the heap and
// crash. (Peak RSS at scale is a benchmark: npm run bench.)
Robust('memory stays flat: with a 24 MiB heap the bundled CLI validates 96 MiB of NDJSON', async () => {
  const file = await bigFile(96);
  try {
    // The control: the same cap does stop a process that keeps the input.
    const keeper = spawnSync(process.execPath, ['--max-old-space-size=24', '-e', `const fs=require('fs');const kept=fs.readFileSync(${JSON.stringify(file)},'utf8').split('\\n').map((l)=>JSON.parse(l||'0'));console.log(kept.length)`], { encoding: 'utf8' });
    assert.is.not(keeper.status, 0, 'a 24 MiB heap must not hold the parsed input');
    const r = spawnSync(process.execPath, ['--max-old-space-size=24', join(ROOT, 'test', 'support', 'rss-probe.mjs'), 'validate', '--format', 'json', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
    assert.is(r.status, 0, r.stderr.slice(0, 2000));
    const summary = JSON.parse(r.stdout.trim().split('\n').pop()!) as { summary: { records: number; valid: number } };
    assert.ok(summary.summary.records > 80_000 && summary.summary.records === summary.summary.valid, JSON.stringify(summary));
    const rss = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1]);
    assert.ok(rss > 0 && rss < 192 * 1024 * 1024, `peak RSS ${(rss / 1048576).toFixed(0)} MiB`);
  } finally {
    rmSync(file);
  }
});

Robust.after(() => rmSync(dir, { recursive: true, force: true }));
Robust.run();
