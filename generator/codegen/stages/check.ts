/**
 * Stage 2, check: turn the loaded files into the registry model and enforce the house rules of
 * schemas/README.md. Each rule is registered under the sentence that documents it.
 */
import { diag, type Diagnostic } from '../diagnostics.ts';
import { createAjv } from '../ajv.ts';
import {
  INVOCATIONS,
  KINDS,
  type Carry,
  type Definition,
  type DetectCondition,
  type Invocation,
  type JsonObject,
  type Kind,
  type Registry,
  type RegistryEntry,
  type SourceFile,
  type TypeParameter,
} from '../model.ts';
import { idFromSchemaPath, isResultId, typeName } from '../names.ts';
import { bundle, parseRef, visitSchema } from '../refs.ts';

export interface Checked {
  registry: Registry;
  diagnostics: Diagnostic[];
}

const DEF_NAME = /^[A-Z][A-Za-z0-9]*$/;
const file = (f: SourceFile) => `schemas/${f.path}`;
const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

function parseDetect(raw: unknown): DetectCondition[] | string {
  if (!Array.isArray(raw) || raw.length === 0) return 'expected a non-empty array of conditions';
  const out: DetectCondition[] = [];
  for (const [i, c] of raw.entries()) {
    if (!isObject(c) || typeof c.pointer !== 'string' || !/^(\/[^/]*)+$/.test(c.pointer)) return `condition ${i} needs a JSON pointer`;
    const tests = ['equals', 'in', 'exists', 'pattern'].filter((k) => k in c);
    if (tests.length !== 1 || Object.keys(c).length !== 2) return `condition ${i} needs exactly one of equals, in, exists, pattern`;
    if ('equals' in c && !['string', 'number', 'boolean'].includes(typeof c.equals)) return `condition ${i}: equals takes a string, number or boolean`;
    if ('in' in c && (!Array.isArray(c.in) || c.in.length === 0)) return `condition ${i}: in takes a non-empty array`;
    if ('exists' in c && typeof c.exists !== 'boolean') return `condition ${i}: exists takes true or false`;
    if ('pattern' in c) {
      try {
        new RegExp(String(c.pattern), 'u');
      } catch (error) {
        return `condition ${i}: ${(error as Error).message}`;
      }
    }
    out.push(c as unknown as DetectCondition);
  }
  return out;
}

function parseEntry(f: SourceFile, id: string, diagnostics: Diagnostic[]): RegistryEntry | null {
  const meta = f.json['x-lambda'];
  if (!isObject(meta)) {
    diagnostics.push(diag('E_META_MISSING', { field: '(block)' }, file(f), '/x-lambda'));
    return null;
  }
  const before = diagnostics.length;
  const missing = (field: string) => diagnostics.push(diag('E_META_MISSING', { field }, file(f), `/x-lambda/${field}`));
  if (meta.id !== id) diagnostics.push(diag('E_META_ID', { expected: id, actual: meta.id }, file(f), '/x-lambda/id'));
  const kind = meta.kind as Kind;
  if (!KINDS.includes(kind)) missing('kind');
  else if ((kind === 'result') !== isResultId(id)) diagnostics.push(diag('E_META_KIND', { id, kind }, file(f), '/x-lambda/kind'));
  const invocation = (Array.isArray(meta.invocation) ? meta.invocation : [meta.invocation]) as Invocation[];
  if (invocation.length === 0 || !invocation.every((i) => INVOCATIONS.includes(i))) missing('invocation');
  if (typeof meta.docs !== 'string' || !meta.docs.startsWith('https://docs.aws.amazon.com/'))
    diagnostics.push(diag('E_DOCS_LINK', { docs: meta.docs }, file(f), '/x-lambda/docs'));
  if (typeof f.json.title !== 'string' || f.json.title.trim() === '') missing('(title)');
  if (typeof f.json.description !== 'string' || f.json.description.trim() === '') missing('(description)');
  if (meta.result !== undefined && (typeof meta.result !== 'string' || kind === 'result')) missing('result');
  let detect: DetectCondition[] | null = null;
  if (meta.detect === false) {
    if (kind === 'result') diagnostics.push(diag('E_DETECT_RESULT', {}, file(f), '/x-lambda/detect'));
  } else if (meta.detect !== undefined) {
    if (kind === 'result') diagnostics.push(diag('E_DETECT_RESULT', {}, file(f), '/x-lambda/detect'));
    const parsed = parseDetect(meta.detect);
    if (typeof parsed === 'string') diagnostics.push(diag('E_DETECT_RULE', { detail: parsed }, file(f), '/x-lambda/detect'));
    else detect = parsed;
  } else if (kind === 'event') {
    diagnostics.push(diag('E_DETECT_RULE', { detail: 'events need a detection rule, or `false` when no rule can identify them' }, file(f), '/x-lambda/detect'));
  }
  const carries: Carry[] = [];
  if (meta.carries !== undefined) {
    const raw = Array.isArray(meta.carries) ? meta.carries : [];
    if (raw.length === 0) diagnostics.push(diag('E_CARRIES', { detail: 'expected a non-empty array' }, file(f), '/x-lambda/carries'));
    raw.forEach((c, i) => {
      const where = `/x-lambda/carries/${i}`;
      const bad = (detail: string) => diagnostics.push(diag('E_CARRIES', { detail }, file(f), where));
      if (!isObject(c) || typeof c.at !== 'string' || !/^(\/[^/]*)+$/.test(c.at)) return bad('`at` must be a JSON pointer (`*` for every array item)');
      const decode = c.decode;
      if (!Array.isArray(decode) || decode.length === 0 || !decode.every((d) => d === 'base64' || d === 'gzip' || d === 'json') || decode[decode.length - 1] !== 'json')
        return bad('`decode` lists base64, gzip and json steps and ends with json');
      const ids = typeof c.id === 'string' ? [c.id] : Array.isArray(c.id) && c.id.every((x) => typeof x === 'string') ? (c.id as string[]) : [];
      const ref = typeof c.ref === 'string' ? parseRef(c.ref, f.path) : null;
      if ((ids.length > 0) === (ref !== null)) return bad('give exactly one of `id` (registry ids) or `ref` (a definition, like $ref)');
      carries.push({ at: c.at, decode: decode as Carry['decode'], ids, def: ref ? `${ref.file}#${ref.name}` : null });
    });
  }
  const typeParameters = (Array.isArray(meta.typeParameters) ? meta.typeParameters : []) as unknown as TypeParameter[];
  if (meta.typeParameters !== undefined && !typeParameters.every((p) => isObject(p) && /^T[A-Za-z0-9]*$/.test(String(p.name))))
    missing('typeParameters');
  const unions = (Array.isArray(meta.unions) ? meta.unions : []) as string[];
  if (meta.unions !== undefined && (!Array.isArray(meta.unions) || !unions.every((u) => typeof u === 'string' && /^[A-Z][A-Za-z0-9]*$/.test(u))))
    missing('unions');
  if (diagnostics.length > before) return null;
  return {
    id,
    kind,
    invocation,
    // "self": the invoker reads back the event it sent, with `response` filled (Cognito user pool triggers).
    result: meta.result === 'self' ? id : ((meta.result as string | undefined) ?? null),
    docs: meta.docs as string,
    detect,
    carries,
    title: f.json.title as string,
    description: f.json.description as string,
    typeParameters,
    unions,
    sourcePath: f.path,
    schema: f.json,
    typeName: typeName(id),
  };
}

type Rule = (files: SourceFile[], registry: Registry) => Diagnostic[];

/** The house rules, each under the sentence that documents it (schemas/README.md). */
export const rules = new Map<string, Rule>();

rules.set('Source schemas carry no $id: the file path is their identity', (files) =>
  files.filter((f) => '$id' in f.json).map((f) => diag('E_HAS_ID', {}, file(f), '/$id')),
);

rules.set('Every $ref names a definition that exists in schemas/', (files, registry) => {
  const out: Diagnostic[] = [];
  for (const f of files) {
    visitSchema(f.json, (node, pointer) => {
      if (typeof node.$ref !== 'string') return;
      const target = parseRef(node.$ref, f.path);
      if (!target) out.push(diag('E_REF_SHAPE', { ref: node.$ref }, file(f), `${pointer}/$ref`));
      else if (registry.definitions.get(target.name)?.file !== target.file)
        out.push(diag('E_REF_UNRESOLVED', { ref: node.$ref }, file(f), `${pointer}/$ref`));
    });
  }
  return out;
});

rules.set('Validators tolerate unknown properties: no additionalProperties false', (files) => {
  const out: Diagnostic[] = [];
  for (const f of files)
    visitSchema(f.json, (node, pointer) => {
      if (node.additionalProperties === false || node.unevaluatedProperties === false)
        out.push(diag('E_NO_ADDITIONAL_FALSE', {}, file(f), pointer));
    });
  return out;
});

rules.set('An object without declared properties says what its values are (additionalProperties), so its type is not {}', (files) => {
  const out: Diagnostic[] = [];
  for (const f of files)
    visitSchema(f.json, (node, pointer) => {
      const types = Array.isArray(node.type) ? node.type : [node.type];
      if (!types.includes('object') || 'tsType' in node) return;
      if (!('properties' in node) && !('additionalProperties' in node) && !('patternProperties' in node))
        out.push(diag('E_OPEN_OBJECT', {}, file(f), pointer));
    });
  return out;
});

rules.set('Validation costs no more than a regex: no format keyword (write a pattern)', (files) => {
  const out: Diagnostic[] = [];
  for (const f of files) visitSchema(f.json, (node, pointer) => void (typeof node.format === 'string' && out.push(diag('E_FORMAT', { format: node.format }, file(f), `${pointer}/format`))));
  return out;
});

rules.set('An event names an existing result; "<event id>.result", when it exists, is that result', (_files, registry) => {
  const out: Diagnostic[] = [];
  const results = new Set(registry.entries.filter((e) => e.kind === 'result').map((e) => e.id));
  for (const e of registry.entries) {
    if (e.kind === 'result') continue;
    const own = `${e.id}.result`;
    if (e.result === null) {
      if (results.has(own)) out.push(diag('E_RESULT_PAIR', { result: '(none)', expected: own }, `schemas/${e.sourcePath}`, '/x-lambda'));
    } else if (e.result === e.id) continue;
    else if (!results.has(e.result)) out.push(diag('E_RESULT_UNKNOWN', { result: e.result }, `schemas/${e.sourcePath}`, '/x-lambda/result'));
    else if (results.has(own) && e.result !== own)
      out.push(diag('E_RESULT_PAIR', { result: e.result, expected: own }, `schemas/${e.sourcePath}`, '/x-lambda/result'));
  }
  return out;
});

rules.set('A carried payload names registry ids or a definition that exist', (_files, registry) => {
  const out: Diagnostic[] = [];
  const ids = new Set(registry.entries.map((e) => e.id));
  for (const e of registry.entries)
    e.carries.forEach((c, i) => {
      const where = `/x-lambda/carries/${i}`;
      for (const id of c.ids) if (!ids.has(id)) out.push(diag('E_CARRIES', { detail: `no id "${id}" in the registry` }, `schemas/${e.sourcePath}`, where));
      if (c.def) {
        const [defFile, name] = c.def.split('#') as [string, string];
        if (registry.definitions.get(name)?.file !== defFile) out.push(diag('E_CARRIES', { detail: `no definition ${c.def}` }, `schemas/${e.sourcePath}`, where));
      }
    });
  return out;
});

rules.set('No two detection rules are the same', (_files, registry) => {
  const out: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const e of registry.entries) {
    if (!e.detect) continue;
    const key = JSON.stringify([...e.detect].map((c) => JSON.stringify(c)).sort());
    const other = seen.get(key);
    if (other) out.push(diag('E_DETECT_DUPLICATE', { other }, `schemas/${e.sourcePath}`, '/x-lambda/detect'));
    else seen.set(key, e.id);
  }
  return out;
});

rules.set('Definition names are not the type name of an id', (_files, registry) => {
  const byType = new Map(registry.entries.map((e) => [e.typeName, e.id]));
  return [...registry.definitions.values()]
    .filter((d) => byType.has(d.name))
    .map((d) => diag('E_DEF_SHADOWS_TYPE', { name: d.name, id: byType.get(d.name)! }, `schemas/${d.file}`, `/$defs/${d.name}`));
});

const COMPILE_RULE = 'Every schema compiles in ajv strict mode against the 2020-12 meta-schema';
rules.set(COMPILE_RULE, (_files, registry) => {
  const out: Diagnostic[] = [];
  const ajv = createAjv();
  for (const e of registry.entries) {
    const schema = bundle(registry, e.id);
    if (!ajv.validateSchema(schema)) {
      out.push(diag('E_META_SCHEMA', { detail: ajv.errorsText(ajv.errors) }, `schemas/${e.sourcePath}`));
      continue;
    }
    try {
      ajv.compile(schema);
    } catch (error) {
      out.push(diag('E_AJV_STRICT', { detail: (error as Error).message }, `schemas/${e.sourcePath}`));
    }
  }
  return out;
});

/** Build the registry model (entries, definitions) with the problems that stop building it; no house rules. */
export function buildModel(files: SourceFile[]): Checked {
  const diagnostics: Diagnostic[] = [];
  const definitions = new Map<string, Definition>();
  const entries: RegistryEntry[] = [];
  for (const f of files) {
    const defs = f.json.$defs;
    if (isObject(defs)) {
      for (const [name, schema] of Object.entries(defs)) {
        if (!DEF_NAME.test(name)) diagnostics.push(diag('E_DEF_NAME', { name }, file(f), `/$defs/${name}`));
        const other = definitions.get(name);
        if (other) diagnostics.push(diag('E_DEF_DUPLICATE', { name, other: `schemas/${other.file}` }, file(f), `/$defs/${name}`));
        else if (isObject(schema)) definitions.set(name, { name, file: f.path, schema });
      }
    }
    if (f.path.startsWith('_shared/')) continue;
    const id = idFromSchemaPath(f.path);
    if (!id) {
      diagnostics.push(diag('E_SCHEMA_PATH', { path: f.path }, file(f)));
      continue;
    }
    const entry = parseEntry(f, id, diagnostics);
    if (entry) entries.push(entry);
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { registry: { entries, definitions }, diagnostics };
}

/** The model, then every house rule of schemas/README.md. */
export function check(files: SourceFile[]): Checked {
  const { registry, diagnostics } = buildModel(files);
  for (const [sentence, rule] of rules) {
    // The compile rule bundles schemas, which needs every earlier rule (refs above all) to hold.
    if (sentence === COMPILE_RULE && diagnostics.length > 0) break;
    diagnostics.push(...rule(files, registry));
  }
  return { registry, diagnostics };
}
