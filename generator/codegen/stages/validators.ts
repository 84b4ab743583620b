/**
 * Stage 4, validators: one precompiled validator per id. Each fast validator (the default and
 * `/strict`) is a boolean check compiled for speed (check-code.ts) in front of ajv's standalone
 * ESM code, which runs only when the check says no, to report why; the `/all` module is ajv's
 * alone. esbuild inlines the few ajv runtime helpers that code still `require()`s (ajv issue
 * #2509), so the module imports nothing at run time. Annotations (titles, descriptions, registry
 * metadata) are stripped first: they cost bytes and do not change what is valid.
 */
import * as standaloneModule from 'ajv/dist/standalone/index.js';
import { build, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { createAjv, createDraft07Ajv, usesOnly2020 } from '../ajv.ts';
import { TOOL_ROOT } from '../toolRoot.ts';
import { banner } from '../banner.ts';
import type { JsonObject, JsonValue, Registry } from '../model.ts';
import { outputPath } from '../names.ts';
import { bundle } from '../refs.ts';
import { compileCheck } from './check-code.ts';

// CommonJS module whose `exports.default` is the function; under NodeNext that is `.default`.
const standaloneCode = standaloneModule.default as unknown as (ajv: unknown, validate: unknown) => string;

/** Keywords that only annotate. */
const ANNOTATIONS = new Set(['title', 'description', 'x-lambda', 'tsType', '$comment', 'examples', 'default', 'deprecated']);
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
/** Keywords whose value is data. */
const DATA = new Set(['const', 'enum', 'required']);

/** The schema without annotations, walking keyword positions only (a property named `title` stays). */
export function stripAnnotations(node: JsonValue): JsonValue {
  return withoutKeywords(node, ANNOTATIONS, DATA);
}

/**
 * A copy of a schema without the keywords in `drop`, walking keyword positions only (a property
 * named like a keyword stays); the values of `keep` keywords are copied as they are.
 */
function withoutKeywords(node: JsonValue, drop: Set<string>, keep: Set<string>): JsonValue {
  if (Array.isArray(node)) return node.map((n) => withoutKeywords(n, drop, keep));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (drop.has(key)) continue;
    if (keep.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutKeywords(sub, drop, keep)]));
    else out[key] = withoutKeywords(value, drop, keep);
  }
  return out;
}

/**
 * ajv's generated code `require()`s a few CommonJS runtime helpers. Map each to an ESM stand-in
 * (generator/runtime/ajv/) so the bundled validator is plain ESM with nothing to resolve at run
 * time; a helper without a stand-in fails the build instead of slipping through.
 */
const SHIMS: Record<string, string> = {
  'ajv/dist/runtime/ucs2length': fileURLToPath(new URL('../../runtime/ajv/ucs2length.ts', import.meta.url)),
  'ajv/dist/runtime/equal': fileURLToPath(new URL('../../runtime/ajv/equal.ts', import.meta.url)),
};

const ajvRuntimeShims: Plugin = {
  name: 'ajv-runtime-shims',
  setup(b) {
    b.onResolve({ filter: /^ajv\// }, (args) => {
      const shim = SHIMS[args.path];
      if (shim) return { path: shim };
      return { errors: [{ text: `no ESM stand-in for ${args.path}; add one to generator/runtime/ajv/` }] };
    });
  },
};

/** ajv's ESM output still says `require("…").default`; make those real imports so esbuild can inline them as ESM. */
function requireToImport(source: string): string {
  const imports = new Map<string, string>();
  const body = source.replace(/require\("([^"]+)"\)\.default/g, (_m, path: string) => {
    if (!imports.has(path)) imports.set(path, `__ajvRuntime${imports.size}`);
    return imports.get(path)!;
  });
  const header = [...imports].map(([path, name]) => `import ${name} from ${JSON.stringify(path)};`).join('\n');
  return header + (header ? '\n' : '') + body.replace(/^"use strict";/, '');
}

export interface ValidatorsOutput {
  /** Path relative to generated/ -> contents. */
  files: Map<string, string>;
}

/** Bundle one standalone module (and, for a fast validator, its compiled check) so it imports nothing at run time. */
async function bundleStandalone(name: string, source: string, wrapper: string, check?: string): Promise<string> {
  const modules: Record<string, string> = { standalone: source, ...(check === undefined ? {} : { check }) };
  const virtual: Plugin = {
    name: 'virtual',
    setup(b) {
      b.onResolve({ filter: /^virtual:(standalone|check)$/ }, (args) => {
        const kind = args.path.slice('virtual:'.length);
        return { path: `${name}.${kind}.js`, namespace: kind };
      });
      for (const kind of Object.keys(modules))
        b.onLoad({ filter: /.*/, namespace: kind }, () => ({ contents: modules[kind]!, loader: 'js', resolveDir: TOOL_ROOT }));
    },
  };
  const result = await build({
    stdin: { contents: wrapper, resolveDir: TOOL_ROOT, loader: 'ts', sourcefile: `${name}.entry.ts` },
    absWorkingDir: TOOL_ROOT,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [virtual, ajvRuntimeShims],
    metafile: true,
    outfile: 'validator.js',
  });
  const code = result.outputFiles[0]!.text;
  // esbuild's own analysis, not a text search (a property named `from` is data, not an import).
  const imports = Object.values(result.metafile!.outputs).flatMap((o) => o.imports);
  if (imports.length > 0) throw new Error(`validator ${name} still imports ${imports.map((i) => i.path).join(', ')} at run time`);
  if (/\brequire\(/.test(code)) throw new Error(`validator ${name} still calls require() at run time`);
  return code;
}

/** Every anyOf/oneOf of a bundled schema: its JSON pointer (`/anyOf`, `/$defs/Foo/oneOf`) and the pointers of its branches. */
export function alternativesOf(schema: JsonValue): { at: string; branches: string[] }[] {
  const out: { at: string; branches: string[] }[] = [];
  const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
  const walk = (node: JsonValue, pointer: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${pointer}/${i}`));
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (DATA.has(k)) continue;
      if ((k === 'anyOf' || k === 'oneOf') && Array.isArray(v)) out.push({ at: `${pointer}/${k}`, branches: v.map((_b, i) => `${pointer}/${k}/${i}`) });
      walk(v, `${pointer}/${esc(k)}`);
    }
  };
  walk(schema, '');
  return out;
}

/** Keywords that check a value's content rather than the payload's shape. */
export const VALUE_KEYWORDS = new Set([
  'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
]);
/** Subschemas whose meaning a removed value check could invert or make ambiguous: kept whole. */
const KEEP_WHOLE = new Set(['oneOf', 'not', 'if', 'contains', 'propertyNames', 'dependentSchemas', ...DATA]);

/**
 * The shape of an event's schema: types, required, nullability, constants and enums, without the
 * value checks (patterns, lengths, ranges) a real AWS event always passes. Only ever accepts more
 * than the full schema: value checks under oneOf, not, if (whose removal could reject or flip
 * something) are kept.
 */
export function shapeOnly(node: JsonValue): JsonValue {
  return withoutKeywords(node, VALUE_KEYWORDS, KEEP_WHOLE);
}

/** Definitions a carrier's payloads must satisfy (`carries[].ref`): the all-errors module exports a validator for each. */
function carriedDefinitions(entry: Registry['entries'][number]): string[] {
  return [...new Set(entry.carries.flatMap((c) => (c.def ? [c.def.split('#')[1]!] : [])))].sort();
}

export async function validators(registry: Registry): Promise<ValidatorsOutput> {
  const files = new Map<string, string>();
  for (const entry of registry.entries) {
    const schema = stripAnnotations(bundle(registry, entry.id)) as JsonObject;
    // The validator a handler imports (stops at the first problem, also a Standard Schema): for events the
    // shape only; the strict one (`<id>/strict`) adds the value checks. A result's default is strict: it is
    // data the handler writes, where a wrong value is the bug to catch.
    // Each is a boolean check compiled for speed (check-code.ts) in front of ajv's code, which runs only to say why.
    const fastModule = async (compiled: JsonObject, name: string) => {
      // ajv only reports here, so its code is built for size: references as calls, not inlined copies, and
      // without the 2020 bookkeeping when the schema has nothing draft-07 lacks (then without its `$schema`).
      const opts = { inlineRefs: false, code: { source: true, esm: true, optimize: true } };
      const { $schema: _draft, ...draft07 } = compiled;
      const modern = usesOnly2020(compiled);
      const ajv = modern ? createAjv(opts) : createDraft07Ajv(opts);
      const report = ajv.compile(modern ? compiled : draft07);
      return bundleStandalone(
        name,
        requireToImport(standaloneCode(ajv, report)),
        `import report from 'virtual:standalone';
import { check } from 'virtual:check';
import { checked } from './generator/runtime/ajv/checked.ts';
import { withStandardSchema } from './generator/runtime/standard.ts';
const validate = withStandardSchema(checked(check, report), ${JSON.stringify(entry.id)});
export { validate, validate as default };
`,
        compileCheck(compiled),
      );
    };
    const strict = await fastModule(schema, `${entry.id}.strict`);
    const shape = entry.kind === 'result' ? strict : await fastModule(shapeOnly(schema) as JsonObject, entry.id);
    files.set(outputPath.validator(entry.id), banner(`schemas/${entry.sourcePath}`) + shape);
    files.set(outputPath.validatorStrict(entry.id), banner(`schemas/${entry.sourcePath}`) + strict);
    // Every problem, for reports (the CLI, validateAll): a separate module so a handler bundle holds only what it imports.
    // Branches compiled on their own lose their parent's `type`: strict type checks are the check stage's job.
    const all = createAjv({ allErrors: true, strictTypes: false, strictRequired: false, code: { source: true, esm: true, optimize: true } });
    all.addSchema(schema);
    const uri = schema.$id as string;
    const defs = carriedDefinitions(entry);
    const refs: Record<string, string> = { validateAll: uri };
    for (const d of defs) refs[`validate${d}`] = `${uri}#/$defs/${d}`;
    // A validator per branch of every anyOf/oneOf, so a report can show the branch the value is nearest to.
    const alternatives = alternativesOf(schema);
    const table: string[] = [];
    alternatives.forEach((a, n) => {
      const names = a.branches.map((branch, i) => {
        const name = `branch${n}_${i}`;
        refs[name] = `${uri}#${branch}`;
        return name;
      });
      table.push(`  ${JSON.stringify(`#${a.at}`)}: [${names.join(', ')}],`);
    });
    const branchNames = Object.keys(refs).filter((r) => r.startsWith('branch'));
    const allCode = await bundleStandalone(
      `${entry.id}.all`,
      requireToImport(standaloneCode(all, refs)),
      `export { validateAll${defs.map((d) => `, validate${d}`).join('')} } from 'virtual:standalone';
${branchNames.length > 0 ? `import { ${branchNames.join(', ')} } from 'virtual:standalone';\n` : ''}/** The branches of each anyOf/oneOf by its schema path (as ajv reports it), each an all-errors validator. */
export const branches = {
${table.join('\n')}
};
`,
    );
    files.set(outputPath.validatorAll(entry.id), banner(`schemas/${entry.sourcePath}`) + allCode);
  }
  return { files };
}
