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
import { createAjv, createDraft07Ajv, usesOnly2020 } from '../ajv.ts';
import { TOOL_ROOT, toolPath } from '../toolRoot.ts';
import { banner } from '../banner.ts';
import type { JsonObject, JsonValue, Registry } from '../model.ts';
import { outputPath } from '../names.ts';
import { bundle, carriesJson } from '../refs.ts';
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
  'ajv/dist/runtime/ucs2length': toolPath('generator/runtime/ajv/ucs2length.ts'),
  'ajv/dist/runtime/equal': toolPath('generator/runtime/ajv/equal.ts'),
};

/**
 * Every source a validator module inlines, by path from the tool's root (the wrapper's Standard
 * Schema glue and what it imports, and the ajv stand-ins): the codegen package ships these files.
 */
export const INLINED_SOURCES = ['generator/runtime/standard.ts', 'generator/runtime/ajv/checked.ts', 'generator/runtime/pointer.ts', 'generator/runtime/ajv/ucs2length.ts', 'generator/runtime/ajv/equal.ts'];

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

/**
 * Bundle one validator module so it imports nothing at run time (but the `allowed` imports): the
 * wrapper imports ajv's standalone code as `virtual:standalone` and each compiled check by its name
 * in `checks` as `virtual:<name>`.
 */
async function bundleStandalone(name: string, source: string, wrapper: string, checks: Record<string, string> = {}, allowed: string[] = []): Promise<string> {
  const modules: Record<string, string> = { standalone: source, ...checks };
  const virtual: Plugin = {
    name: 'virtual',
    setup(b) {
      b.onResolve({ filter: /^virtual:/ }, (args) => {
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
    external: allowed,
    metafile: true,
    outfile: 'validator.js',
  });
  const code = result.outputFiles[0]!.text;
  // esbuild's own analysis, not a text search (a property named `from` is data, not an import).
  const imports = Object.values(result.metafile!.outputs).flatMap((o) => o.imports.filter((i) => !allowed.includes(i.path)));
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

/** What a carrier's validator checks inside it: the entry's `carries`, and each inner schema in the validator's variant. */
interface Carried {
  carries: Registry['entries'][number]['carries'];
  /** Per carries[n]: the schemas the payload must satisfy (one of), bundled; `null` for a definition of the outer schema. */
  inner: (JsonObject[] | null)[];
}

/** The payloads an id carries, with the inner ids' schemas in the same variant (shape or strict) as the outer one. */
function carried(registry: Registry, entry: Registry['entries'][number], variant: (s: JsonValue) => JsonValue): Carried | null {
  if (entry.carries.length === 0) return null;
  return { carries: entry.carries, inner: entry.carries.map((c) => (c.def ? null : c.ids.map((id) => variant(stripAnnotations(bundle(registry, id))) as JsonObject))) };
}

/**
 * One id's validator that stops at the first problem, as a module that imports nothing: also a
 * Standard Schema. It answers with a boolean check compiled for speed (check-code.ts) in front of
 * ajv's code, which runs only to say why (runtime/ajv/checked.ts). ajv only reports here, so its code
 * is built for size: references as calls, not inlined copies, and without the 2020 bookkeeping when
 * no schema in the module has anything draft-07 lacks (then without `$schema`).
 * A carrier checks what it carries too, as the CLI does (runtime/carried.ts): the validators of the
 * inner ids (each with its own check) or of the definition are compiled into the same module.
 */
async function firstProblemModule(compiled: JsonObject, id: string, name: string, inside: Carried | null = null): Promise<string> {
  const schemas = [compiled, ...(inside?.inner.flatMap((i) => i ?? []) ?? [])];
  const modern = schemas.some(usesOnly2020);
  const opts = { inlineRefs: false, code: { source: true, esm: true, optimize: true } };
  const ajv = modern ? createAjv(opts) : createDraft07Ajv(opts);
  const dialect = (schema: JsonObject): JsonObject => {
    if (modern) return schema;
    const { $schema: _draft, ...draft07 } = schema;
    return draft07;
  };
  if (!inside) {
    const report = ajv.compile(dialect(compiled));
    return bundleStandalone(
      name,
      requireToImport(standaloneCode(ajv, report)),
      `import report from 'virtual:standalone';
import { check } from 'virtual:check';
import { checked } from './generator/runtime/ajv/checked.ts';
import { withStandardSchema } from './generator/runtime/standard.ts';
const validate = withStandardSchema(checked(check, report), ${JSON.stringify(id)});
export { validate, validate as default };
`,
      { check: compileCheck(compiled) },
    );
  }
  ajv.addSchema(dialect(compiled));
  const refs: Record<string, string> = { outer: compiled.$id as string };
  const checks: Record<string, string> = { check: compileCheck(compiled) };
  // Per carried payload, the validators it may satisfy: an inner id's check in front of its report, or a definition's report.
  const inner = inside.carries.map((c, n) => {
    const schemasOf = inside.inner[n];
    if (!schemasOf) {
      refs[`carried${n}`] = `${compiled.$id as string}#/$defs/${c.def!.split('#')[1]!}`;
      return [`carried${n}`];
    }
    return schemasOf.map((schema, i) => {
      if (!ajv.getSchema(schema.$id as string)) ajv.addSchema(dialect(schema));
      refs[`carried${n}_${i}`] = schema.$id as string;
      checks[`check${n}_${i}`] = compileCheck(schema);
      return `checked(check${n}_${i}, carried${n}_${i})`;
    });
  });
  return bundleStandalone(
    name,
    requireToImport(standaloneCode(ajv, refs)),
    `import { ${Object.keys(refs).join(', ')} } from 'virtual:standalone';
${Object.keys(checks)
  .map((c) => `import { check as ${c} } from 'virtual:${c}';`)
  .join('\n')}
import { checked } from './generator/runtime/ajv/checked.ts';
import { withStandardSchema } from './generator/runtime/standard.ts';
import { withCarried } from './generator/runtime/carried.ts';
const validate = withCarried(checked(check, outer), ${JSON.stringify(carriesJson(inside.carries))}, [${inner.map((c) => `[${c.join(', ')}]`).join(', ')}]);
withStandardSchema(validate, ${JSON.stringify(id)});
export { validate, validate as default };
`,
    checks,
    // Decoding gzip payloads (CloudWatch Logs data) needs node:zlib: the one import a carrier's validator may keep.
    ['node:zlib'],
  );
}

export interface ValidatorOptions {
  /**
   * `registry`: per id a shape validator (`validators/<id>.js`), a strict one and an all-errors
   * module. `payload` (a user's schemas): one validator per id, the whole schema, shape and values,
   * because the values are the user's own contract, not something AWS guarantees.
   */
  modules: 'registry' | 'payload';
  /** The first line of each module, from the source schema's path relative to the sources folder. */
  banner: (sourcePath: string) => string;
}

export const REGISTRY_VALIDATORS: ValidatorOptions = { modules: 'registry', banner: (path) => banner(`schemas/${path}`) };

/** How many ids are built at once: esbuild bundles one id's modules in its own process while ajv compiles the next. */
const IN_FLIGHT = 8;

export async function validators(registry: Registry, options: ValidatorOptions = REGISTRY_VALIDATORS): Promise<ValidatorsOutput> {
  const built: [string, string][][] = new Array(registry.entries.length);
  let next = 0;
  const worker = async () => {
    while (next < registry.entries.length) {
      const n = next++;
      built[n] = await entryValidators(registry, registry.entries[n]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, registry.entries.length) }, worker));
  // In registry order, whatever order the builds finished in: the output is deterministic.
  return { files: new Map(built.flat()) };
}

/** One id's validator modules: path relative to the output folder -> contents. */
async function entryValidators(registry: Registry, entry: Registry['entries'][number], options: ValidatorOptions): Promise<[string, string][]> {
  const schema = stripAnnotations(bundle(registry, entry.id)) as JsonObject;
  const head = options.banner(entry.sourcePath);
  if (options.modules === 'payload') return [[outputPath.validator(entry.id), head + (await firstProblemModule(schema, entry.id, entry.id))]];
  // The validator a handler imports (stops at the first problem, also a Standard Schema): for events the
  // shape only; the strict one (`<id>/strict`) adds the value checks. A result's default is strict: it is
  // data the handler writes, where a wrong value is the bug to catch.
  const inside = carried(registry, entry, (x) => x);
  const strict = await firstProblemModule(schema, entry.id, `${entry.id}.strict`, inside);
  const shape = entry.kind === 'result' ? strict : await firstProblemModule(shapeOnly(schema) as JsonObject, entry.id, entry.id, carried(registry, entry, shapeOnly));
  // Every problem, for reports (the CLI, validateAll): a separate module so a handler bundle holds only what it imports.
  // Branches compiled on their own lose their parent's `type`: strict type checks are the check stage's job.
  const all = createAjv({ allErrors: true, strictTypes: false, strictRequired: false, code: { source: true, esm: true, optimize: true } });
  all.addSchema(schema);
  const uri = schema.$id as string;
  const defs = carriedDefinitions(entry);
  // A carrier's `validateAll` lists what it carries too (runtime/carried.ts); `validateSchema` is its own schema alone (the CLI's).
  const refs: Record<string, string> = { [inside ? 'validateSchema' : 'validateAll']: uri };
  for (const d of defs) refs[`validate${d}`] = `${uri}#/$defs/${d}`;
  const innerChecks = (inside?.carries ?? []).map((c, n) => {
    const schemas = inside!.inner[n];
    if (!schemas) return [`validate${c.def!.split('#')[1]!}`];
    return schemas.map((s, i) => {
      if (!all.getSchema(s.$id as string)) all.addSchema(s);
      refs[`carriedAll${n}_${i}`] = s.$id as string;
      return `carriedAll${n}_${i}`;
    });
  });
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
    `${
      inside
        ? `import { validateSchema${defs.map((d) => `, validate${d}`).join('')}${innerChecks.flat().filter((c) => c.startsWith('carriedAll')).map((c) => `, ${c}`).join('')} } from 'virtual:standalone';
import { withCarried } from './generator/runtime/carried.ts';
export { validateSchema${defs.map((d) => `, validate${d}`).join('')} };
export const validateAll = withCarried(validateSchema, ${JSON.stringify(carriesJson(inside.carries))}, [${innerChecks.map((c) => `[${c.join(', ')}]`).join(', ')}], true);
`
        : `export { validateAll${defs.map((d) => `, validate${d}`).join('')} } from 'virtual:standalone';\n`
    }${branchNames.length > 0 ? `import { ${branchNames.join(', ')} } from 'virtual:standalone';\n` : ''}/** The branches of each anyOf/oneOf by its schema path (as ajv reports it), each an all-errors validator. */
export const branches = {
${table.join('\n')}
};
`,
    {},
    // Decoding gzip payloads (CloudWatch Logs data) needs node:zlib.
    inside ? ['node:zlib'] : [],
  );
  return [
    [outputPath.validator(entry.id), head + shape],
    [outputPath.validatorStrict(entry.id), head + strict],
    [outputPath.validatorAll(entry.id), head + allCode],
  ];
}
