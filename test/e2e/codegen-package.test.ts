/**
 * The code generator as users install it (issue 16): both packages packed once and installed
 * offline into an empty project; `npx lambda-events-codegen` turns user schemas (an EventBridge
 * detail, an SQS body, a direct-invoke payload and its result: test/fixtures/user-schemas/) into a
 * folder that compiles under `tsc --strict`, whose validators accept the samples and reject broken
 * payloads at the right pointer; `--check` notices an edited schema; a bad schema is one coded line.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsBlocks } from '../support/readme.ts';
import { FIXTURES, GENERATED, ROOT } from '../support/paths.ts';
import { cleanEnv } from '../support/env.ts';

const CODEGEN = join(ROOT, 'generated-codegen');
const work = mkdtempSync(join(tmpdir(), 'ler-codegen-'));
const app = join(work, 'app');

type LockEntry = { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; dev?: boolean; devOptional?: boolean; peer?: boolean };

/**
 * A lockfile for the empty project, cut from the workspace's: npm's cache holds every tarball
 * `npm ci` fetched, but not the registry metadata a fresh resolution would need offline. So the
 * project locks the packed packages (by file) and their dependencies' closure, as the workspace
 * resolved them.
 */
function lockFor(tarballs: Record<string, string>, dependencies: Record<string, string>): object {
  const packages = (JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }).packages;
  const out: Record<string, object> = {};
  const resolveFrom = (from: string, name: string): string => {
    for (let dir = from; ; dir = dir.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
      const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (packages[path]) return path;
      if (!dir) throw new Error(`package-lock.json has no ${name} reachable from ${from || 'the root'}`);
    }
  };
  const queue = Object.keys(dependencies).map((name) => resolveFrom('', name));
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (out[path]) continue;
    const { dev: _dev, devOptional: _devOptional, ...entry } = packages[path]!;
    out[path] = entry;
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      try {
        queue.push(resolveFrom(path, name));
      } catch (error) {
        if (!entry.optionalDependencies?.[name]) throw error; // optional ones for other platforms are not locked
      }
    }
  }
  const pkgOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  for (const [name, tgz] of Object.entries(tarballs)) {
    const pkg = pkgOf(name === 'lambda-event-registry' ? GENERATED : CODEGEN);
    out[`node_modules/${name}`] = { version: pkg.version, resolved: `file:../${tgz}`, license: pkg.license, bin: pkg.bin, dependencies: pkg.dependencies, peerDependencies: pkg.peerDependencies, peerDependenciesMeta: pkg.peerDependenciesMeta, engines: pkg.engines };
  }
  return { name: 'app', lockfileVersion: 3, requires: true, packages: { '': { name: 'app', dependencies: Object.fromEntries(Object.entries(tarballs).map(([n, t]) => [n, `file:../${t}`])) }, ...out } };
}

/** The package README's TypeScript examples, compiled with the consumer (they import `./events/...`, as the app does). */
const readmeExamples = () => tsBlocks(join(CODEGEN, 'README.md'));

const bin = (args: string[]) =>
  spawnSync(process.execPath, [join(app, 'node_modules', 'lambda-event-registry-codegen', 'codegen.js'), ...args], { cwd: app, encoding: 'utf8', env: cleanEnv() });

const Codegen = suite('codegen package: users schemas through the installed lambda-events-codegen');

/** What went wrong packing or installing (uvu reports a failing before() hook as nothing at all). */
let setupProblem = '';

Codegen.before(() => {
  try {
    const packed = JSON.parse(execFileSync('npm', ['pack', GENERATED, CODEGEN, '--pack-destination', work, '--json', '--silent'], { cwd: ROOT, encoding: 'utf8' })) as { name: string; filename: string }[];
    const tarballs = Object.fromEntries(packed.map((p) => [p.name, p.filename]));
    const codegenDeps = (JSON.parse(readFileSync(join(CODEGEN, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module', dependencies: Object.fromEntries(Object.entries(tarballs).map(([n, t]) => [n, `file:../${t}`])) }));
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify(lockFor(tarballs, codegenDeps)));
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent'], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
    cpSync(join(FIXTURES, 'user-schemas'), join(app, 'schemas'), { recursive: true });
  } catch (error) {
    setupProblem = `${(error as Error).message}\n${(error as { stderr?: string }).stderr ?? ''}`;
  }
});

Codegen.after(() => rmSync(work, { recursive: true, force: true }));

Codegen('both packages pack, and install offline into an empty project', () => {
  assert.is(setupProblem, '');
});

Codegen('npx lambda-events-codegen writes the folder (exit 0)', () => {
  const r = spawnSync('npx', ['lambda-events-codegen', '--schemas', 'schemas', '--out', 'events'], { cwd: app, encoding: 'utf8', env: cleanEnv() });
  assert.is(r.status, 0, r.stdout + r.stderr);
  const index = JSON.parse(readFileSync(join(app, 'events', 'registry.json'), 'utf8')) as { ids: Record<string, { travels: { in: string }[] }> };
  assert.equal(Object.keys(index.ids), ['acme.get-quote', 'acme.get-quote.result', 'acme.order-placed', 'acme.shipment-requested']);
  assert.equal(index.ids['acme.shipment-requested']!.travels, [{ in: 'sqs.batch', at: '/Records/*/body', decode: ['json'] }]);
});

Codegen('the folder compiles under tsc --strict with a consumer of every module, the EventBridge event type included, and the README examples', () => {
  const examples = readmeExamples();
  assert.ok(examples.length > 0, 'the codegen README has TypeScript examples');
  examples.forEach((code, i) => writeFileSync(join(app, `readme-${i}.ts`), code));
  writeFileSync(
    join(app, 'consumer.ts'),
    `import validateQuote, { type AcmeGetQuoteEvent } from './events/acme.get-quote.js';
import { validateAcmeGetQuoteResult, validateAcmeShipmentRequested, ids, type AcmeGetQuoteResult, type AcmeShipmentRequestedEvent } from './events/index.js';
import validateOrder, { travels, type AcmeOrderPlacedInEventBridgeEvent } from './events/acme.order-placed.js';
import type { EventBridgeEvent, SqsBatchEvent, StandardSchemaV1 } from 'lambda-event-registry';
import { defineHandler } from 'lambda-event-registry/handler';
import { sqs } from 'lambda-event-registry/envelopes';
import type { AcmeShipmentRequestedInSqsEvent } from './events/index.js';

export function onOrder(event: AcmeOrderPlacedInEventBridgeEvent): string {
  const source: 'com.example.orders' = event.source;
  const type: 'OrderPlaced' = event['detail-type'];
  const same: EventBridgeEvent<'OrderPlaced', typeof event.detail, 'com.example.orders'> = event;
  return source + type + same.detail.orderId + event.detail.lines[0]?.sku + travels[0].detailType;
}
export function quote(payload: unknown): AcmeGetQuoteResult {
  if (!validateQuote(payload)) throw new Error(validateQuote.errors?.[0]?.instancePath);
  const q: AcmeGetQuoteEvent = payload;
  const result: AcmeGetQuoteResult = { sku: q.sku, total: { amount: q.quantity * 10.5, currency: 'EUR' } };
  if (!validateAcmeGetQuoteResult(result)) throw new Error('bad result');
  return result;
}
export function shipment(body: string): AcmeShipmentRequestedEvent | undefined {
  const value: unknown = JSON.parse(body);
  return validateAcmeShipmentRequested(value) ? value : undefined;
}
export const standard: StandardSchemaV1<unknown, AcmeShipmentRequestedEvent> = validateAcmeShipmentRequested;
export const all: readonly string[] = ids;
// An SQS body: the registry's SqsBatchEvent with the payload decoded, and a handler that gets only valid records.
export const onShipments = defineHandler(
  'sqs.batch',
  async (event: AcmeShipmentRequestedInSqsEvent) => {
    const same: SqsBatchEvent<AcmeShipmentRequestedEvent> = event;
    for (const record of same.Records) console.log(record.messageId, record.body.address.country);
    return { batchItemFailures: [] };
  },
  { envelope: sqs, body: validateAcmeShipmentRequested },
);
`,
  );
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '--strict', '--exactOptionalPropertyTypes', '--noUncheckedIndexedAccess', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', 'consumer.ts', ...examples.map((_c, i) => `readme-${i}.ts`), ...['index', 'types', 'acme.order-placed', 'acme.get-quote', 'acme.get-quote.result', 'acme.shipment-requested'].map((m) => `events/${m}.d.ts`)], { cwd: app, encoding: 'utf8' });
  assert.is(r.status, 0, r.stdout + r.stderr);
});

Codegen('each validator accepts its sample and rejects a broken one at the right instancePath, also as a Standard Schema; an SQS body validator gives a handler its batchItemFailures', () => {
  writeFileSync(
    join(app, 'check.mjs'),
    `import { readFileSync } from 'node:fs';
const broken = {
  'acme.order-placed': [(s) => { s.lines[0].quantity = 0; }, '/lines/0/quantity'],
  'acme.shipment-requested': [(s) => { s.address.country = 'Germany'; }, '/address/country'],
  'acme.get-quote': [(s) => { delete s.sku; }, ''],
  'acme.get-quote.result': [(s) => { s.total.currency = 1; }, '/total/currency'],
};
const out = {};
for (const [id, [breakIt, expected]] of Object.entries(broken)) {
  const { default: validate } = await import('./events/' + id + '.js');
  const sample = JSON.parse(readFileSync('events/samples/' + id + '.json', 'utf8'));
  const ok = validate(sample);
  breakIt(sample);
  const bad = validate(sample);
  const standard = validate['~standard'].validate(sample);
  out[id] = { ok, bad, at: validate.errors?.[0]?.instancePath, expected, standardIssues: standard.issues?.length ?? 0 };
}
// An SQS batch of shipment requests through the envelope: one valid body, one invalid, one not JSON.
const { defineHandler } = await import('lambda-event-registry/handler');
const { sqs } = await import('lambda-event-registry/envelopes');
const { sample } = await import('lambda-event-registry/sample');
const { default: shipment } = await import('./events/acme.shipment-requested.js');
const good = JSON.parse(readFileSync('events/samples/acme.shipment-requested.json', 'utf8'));
const batch = sample('sqs.batch', {}, { records: 3 });
batch.Records[0].body = JSON.stringify(good);
batch.Records[1].body = JSON.stringify({ ...good, address: { country: 'Germany' } });
batch.Records[2].body = '{"orderId":';
const messageIds = batch.Records.map((r) => r.messageId);
const seen = [];
const handler = defineHandler('sqs.batch', async (event) => { for (const r of event.Records) seen.push(r.body.orderId); return { batchItemFailures: [] }; }, { envelope: sqs, body: shipment });
const result = await handler(batch, {});
const batchOutcome = { seen, expectedSeen: [good.orderId], failures: result.batchItemFailures.map((f) => f.itemIdentifier), expectedFailures: messageIds.slice(1) };
process.stdout.write(JSON.stringify({ ids: out, batch: batchOutcome }));
`,
  );
  const r = spawnSync(process.execPath, ['check.mjs'], { cwd: app, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  const { ids: byId, batch } = JSON.parse(r.stdout) as { ids: object; batch: { seen: string[]; expectedSeen: string[]; failures: string[]; expectedFailures: string[] } };
  assert.equal(batch.seen, batch.expectedSeen, 'the handler saw only the valid shipment request');
  assert.equal(batch.failures, batch.expectedFailures, 'the invalid and the unparseable bodies are the batchItemFailures');
  for (const [id, v] of Object.entries(byId as Record<string, { ok: boolean; bad: boolean; at: string; expected: string; standardIssues: number }>)) {
    assert.ok(v.ok, `${id}: its sample is valid`);
    assert.not.ok(v.bad, `${id}: the broken sample is rejected`);
    assert.is(v.at, v.expected, `${id}: reported at the broken field`);
    assert.is(v.standardIssues, 1, `${id}: the Standard Schema face reports it`);
  }
});

Codegen('the validators import nothing at run time (no ajv in the output)', () => {
  for (const id of ['acme.order-placed', 'acme.get-quote']) assert.not.match(readFileSync(join(app, 'events', 'validators', `${id}.js`), 'utf8'), /\bimport\b|require\(/);
});

Codegen('--check exits 0 when up to date, 1 naming the stale files after a schema changes', () => {
  const fresh = bin(['--schemas', 'schemas', '--out', 'events', '--check']);
  assert.is(fresh.status, 0, fresh.stderr);
  const file = join(app, 'schemas', 'acme', 'get-quote.schema.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"minimum": 1', '"minimum": 2'));
  const stale = bin(['--schemas', 'schemas', '--out', 'events', '--check']);
  assert.is(stale.status, 1);
  assert.match(stale.stderr, /\[E_STALE\]/);
  assert.match(stale.stderr, 'validators/acme.get-quote.js');
});

Codegen('a bad schema exits 1 with one coded line naming the file and the JSON pointer, no stack trace', () => {
  const file = join(app, 'schemas', 'acme', 'order-placed.schema.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"in": "eventbridge.event"', '"in": "eventbridge"'));
  const r = bin(['--schemas', 'schemas', '--out', 'events']);
  assert.is(r.status, 1);
  assert.is(r.stderr.trim(), r.stderr.trim().split('\n')[0], 'one line');
  assert.match(r.stderr, /^schemas\/acme\/order-placed\.schema\.json#\/x-lambda\/travels\/0: .*\[E_TRAVELS\]$/m);
  assert.not.match(r.stderr, /\n\s+at /);
});

Codegen('a usage error exits 2', () => {
  const r = bin(['--schemas', 'schemas']);
  assert.is(r.status, 2);
  assert.match(r.stderr, 'Usage: lambda-events-codegen');
});

Codegen.run();
