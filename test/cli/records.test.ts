/** The record reader: formats, gzip, and the bad input it must report rather than crash on. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readRecords, type RawRecord } from '../../generator/cli/input/records.ts';
import { expand } from '../../generator/cli/input/sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'ler-records-'));
async function read(name: string, content: string | Buffer, maxRecordBytes = 1 << 20): Promise<RawRecord[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const out: RawRecord[] = [];
  for await (const batch of readRecords({ kind: "file", path }, { maxRecordBytes })) out.push(...batch);
  return out;
}

const Records = suite('records: reading inputs');

Records('.json is one record whatever it holds, pretty-printed or not', async () => {
  const out = await read('a.json', '{\n  "a": 1\n}\n');
  assert.equal(out.map((r) => [r.line, JSON.parse(r.text!)]), [[null, { a: 1 }]]);
  assert.equal((await read('b.json', '[1,2]')).length, 1);
});

Records('.ndjson is one record per line, with line numbers; blank lines and CRLF are fine', async () => {
  const out = await read('a.ndjson', '{"a":1}\r\n\n{"a":2}\n{"a":3}');
  assert.equal(out.map((r) => r.line), [1, 3, 4]);
  assert.equal(out.map((r) => JSON.parse(r.text!).a), [1, 2, 3]);
});

Records('gzip by name or by magic bytes, concatenated members included', async () => {
  const two = Buffer.concat([gzipSync('{"a":1}\n'), gzipSync('{"a":2}\n')]);
  assert.equal((await read('a.ndjson.gz', two)).map((r) => JSON.parse(r.text!).a), [1, 2]);
  assert.equal((await read('noext.ndjson', two)).length, 2);
});

Records('truncated gzip keeps the records before the damage and reports the rest', async () => {
  const gz = gzipSync(Array.from({ length: 2000 }, (_, i) => `{"i":${i}}`).join('\n'));
  const out = await read('t.ndjson.gz', gz.subarray(0, gz.length - 10));
  const last = out[out.length - 1]!;
  assert.is(last.problem?.code, 'E_GZIP');
  assert.ok(out.length > 1 && out.slice(0, -1).every((r) => r.text !== undefined));
});

Records('a UTF-8 BOM is stripped; invalid UTF-8 is reported, not replaced', async () => {
  const [bom] = await read('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]));
  assert.equal(JSON.parse(bom!.text!), { a: 1 });
  const [bad] = await read('bad.json', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]));
  assert.is(bad!.problem?.code, 'E_UTF8');
});

Records('an empty .json file is one problem; an empty .ndjson holds no records', async () => {
  assert.is((await read('empty.json', '')).map((r) => r.problem?.code)[0], 'E_EMPTY');
  assert.equal(await read('empty.ndjson', ''), []);
});

Records('a line over the limit is skipped to its newline, reported, and the next line is read', async () => {
  const out = await read('big.ndjson', `{"a":"${'x'.repeat(5000)}"}\n{"a":2}\n`, 1000);
  assert.is(out[0]!.problem?.code, 'E_TOO_LARGE');
  assert.is(out[0]!.line, 1);
  assert.equal(JSON.parse(out[1]!.text!), { a: 2 });
});

Records('folders are walked in order, other files are listed as skipped, symlink loops are cut', async () => {
  const root = join(dir, 'tree');
  mkdirSync(join(root, 'b'), { recursive: true });
  writeFileSync(join(root, 'b', 'x.json'), '{}');
  writeFileSync(join(root, 'a.ndjson'), '{}');
  writeFileSync(join(root, 'notes.txt'), 'hi');
  symlinkSync(root, join(root, 'b', 'loop'));
  const e = await expand([root, join(dir, 'missing.json')]);
  assert.equal(e.sources.map((s) => s.path), [join(root, 'a.ndjson'), join(root, 'b', 'x.json')]);
  assert.equal(e.skipped, [join(root, 'notes.txt')]);
  assert.equal(e.problems.map((p) => p.code).sort(), ['E_PATH_LOOP', 'E_PATH_MISSING']);
});

Records.after(() => rmSync(dir, { recursive: true, force: true }));
Records.run();
