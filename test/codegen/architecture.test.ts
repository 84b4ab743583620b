/**
 * The three rooms of generator/ and who may import whom (generator/ARCHITECTURE.md), checked on
 * the import graph of the sources: the runtime ships inside the package and imports nothing
 * outside itself; the CLI imports the runtime and the package (by name), never the code
 * generator; the code generator may read the runtime (it bundles it) but never the CLI's code.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { GENERATED, ROOT } from '../support/paths.ts';

const GENERATOR = join(ROOT, 'generator');
type Room = 'codegen' | 'runtime' | 'cli';

/** What each room may import besides its own files: other rooms, and bare specifiers (packages and node: built-ins). */
const RULES: Record<Room, { rooms: Room[]; packages: RegExp }> = {
  // handlebars/runtime.js is bundled into the package's sample.js; `handlebars` is imported for its types only.
  // @aws-sdk/client-lambda: an optional peer dependency, for invoke.ts only (checked below).
  runtime: { rooms: [], packages: /^(node:(zlib|crypto)|handlebars\/runtime\.js|handlebars|@aws-sdk\/client-lambda)$/ },
  cli: { rooms: ['runtime'], packages: /^(node:[a-z_/]+|commander|lambda-event-registry(\/.*)?|tsx\/esm\/api)$/ },
  codegen: { rooms: ['runtime'], packages: /^(node:[a-z_/]+|ajv(\/.*)?|esbuild|handlebars|json-schema-to-typescript|typescript)$/ },
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every import specifier of a source file as TypeScript's scanner sees it (static, re-exports and dynamic with a literal; not text in strings or comments). */
function imports(path: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(path, 'utf8');
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => ({
    spec: f.fileName,
    typeOnly: new RegExp(`(import|export)\\s+type\\s[^;]*from\\s+'${f.fileName.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}'`).test(text),
  }));
}

const roomOf = (path: string): Room | null => {
  const top = relative(GENERATOR, path).split(/[\\/]/)[0];
  return top === 'codegen' || top === 'runtime' || top === 'cli' ? top : null;
};

const Architecture = suite('architecture: rooms and import rules');

Architecture('generator/ holds exactly three rooms: codegen, runtime, cli', () => {
  const dirs = readdirSync(GENERATOR).filter((n) => statSync(join(GENERATOR, n)).isDirectory()).sort();
  assert.equal(dirs, ['cli', 'codegen', 'runtime']);
});

for (const room of ['runtime', 'cli', 'codegen'] as Room[]) {
  Architecture(`${room} imports only ${[room, ...RULES[room].rooms].join(' and ')} and its allowed packages`, () => {
    const problems: string[] = [];
    for (const file of files(join(GENERATOR, room))) {
      for (const { spec, typeOnly } of imports(file)) {
        const where = `${relative(ROOT, file)} imports ${spec}`;
        if (spec.startsWith('.')) {
          const target = roomOf(resolve(dirname(file), spec));
          if (target !== room && !RULES[room].rooms.includes(target as Room)) problems.push(`${where} (room ${target ?? 'outside generator/'})`);
        } else if (!RULES[room].packages.test(spec)) problems.push(where);
        else if (room === 'runtime' && spec === 'handlebars' && !typeOnly) problems.push(`${where}: the runtime may use the full handlebars for types only`);
      }
    }
    assert.equal(problems, []);
  });
}

Architecture('the CLI reaches the package only through package.ts, by name (never by a path into generated/)', () => {
  const offenders = files(join(GENERATOR, 'cli'))
    .filter((f) => !f.endsWith('package.ts'))
    .filter((f) => imports(f).some((i) => i.spec.startsWith('lambda-event-registry') || /generated/.test(i.spec)));
  assert.equal(offenders.map((f) => relative(ROOT, f)), []);
});

Architecture('the rules catch a violation (a CLI file importing the code generator)', () => {
  const fake = join(GENERATOR, 'cli', 'x.ts');
  const target = roomOf(resolve(dirname(fake), '../codegen/index.ts'));
  assert.is(target, 'codegen');
  assert.not.ok(RULES.cli.rooms.includes(target!));
  assert.not.ok(RULES.cli.packages.test('json-schema-to-typescript'));
});

Architecture('an optional peer dependency is imported by one runtime entry only, and left as an import in the package', () => {
  const pkg = JSON.parse(readFileSync(join(GENERATED, 'package.json'), 'utf8')) as { peerDependencies?: Record<string, string>; peerDependenciesMeta?: Record<string, { optional?: boolean }> };
  const peers = Object.keys(pkg.peerDependencies ?? {});
  assert.ok(peers.length > 0, 'the package declares its optional peer dependencies');
  for (const peer of peers) {
    assert.is(pkg.peerDependenciesMeta?.[peer]?.optional, true, `${peer} is optional`);
    const importers = files(join(GENERATOR, 'runtime')).filter((f) => imports(f).some((i) => i.spec === peer));
    assert.is(importers.length, 1, `${peer} is imported by ${importers.map((f) => relative(ROOT, f)).join(', ')}`);
    const entry = basename(importers[0]!, '.ts');
    const quoted = new RegExp(`from\\s*["']${peer.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']`);
    const shipped = readdirSync(GENERATED).filter((n) => /\.(js|d\.ts)$/.test(n) && quoted.test(readFileSync(join(GENERATED, n), 'utf8')));
    assert.equal(shipped, [`${entry}.d.ts`, `${entry}.js`], `${peer}: imported (not bundled) by ${entry} only`);
  }
});

Architecture('no file of the package imports tsx or a TypeScript source', () => {
  const js = readdirSync(GENERATED).filter((n) => n.endsWith('.js')).map((n) => join(GENERATED, n));
  const offenders = js.filter((f) => /from\s*["'][^"']*(tsx|\.ts)["']|import\(\s*["'][^"']*(tsx|\.ts)["']/.test(readFileSync(f, 'utf8')));
  assert.equal(offenders.map((f) => relative(ROOT, f)), []);
});

Architecture.run();
