/**
 * Stage 2, check: turn the loaded files into the registry model and enforce the house rules of
 * schemas/README.md. Each rule is registered under the sentence that documents it.
 */
import { diag, type Diagnostic } from '../diagnostics.ts';
import { createAjv } from '../ajv.ts';
import { readFileSync } from 'node:fs';
import { toolPath } from '../toolRoot.ts';
import { canonicalRef, formatSchema, refSites, unsharedDefinitions } from '../tidy.ts';
import {
  INVOCATIONS,
  KINDS,
  type Carry,
  type Definition,
  type DetectCondition,
  type Invocation,
  type JsonObject,
  type JsonValue,
  type Kind,
  type Registry,
  type RegistryEntry,
  type SourceFile,
  type Travel,
  type TypeParameter,
} from '../model.ts';
import { CARRIERS, EVENTBRIDGE } from '../travels.ts';
import { idFromSchemaPath, isResultId, typeName } from '../names.ts';
import { bundle, parseRef, visitSchema } from '../refs.ts';

export interface Checked {
  registry: Registry;
  diagnostics: Diagnostic[];
}

/**
 * Whose schemas are checked. The registry's describe AWS payloads and follow every house rule;
 * a user's describe their own payloads: an id outside the registry's namespaces, where each
 * travels (`x-lambda.travels`), no detection rule or documentation link required, and none of the
 * registry's layout rules (formatting, $ref spelling, `_shared/`, closed objects, anchored patterns).
 */
export interface CheckOptions {
  audience: 'registry' | 'user';
  /** Namespaces (an id's first part) a user's id may not take: the registry's services. */
  reserved?: ReadonlySet<string>;
}

export const REGISTRY_CHECK: CheckOptions = { audience: 'registry' };

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

function parseTravels(raw: unknown, kind: Kind, where: (i: number) => string, bad: (detail: string, pointer: string) => void): Travel[] {
  if (!Array.isArray(raw)) return [];
  if (kind === 'result') {
    bad('is for payloads a function receives; a result is what it returns and travels nowhere', '');
    return [];
  }
  const out: Travel[] = [];
  raw.forEach((t, i) => {
    if (!isObject(t) || typeof t.in !== 'string') return; // the meta-schema reports the shape
    const carrier = CARRIERS[t.in];
    if (!carrier) return bad(`names "${t.in}" in \`in\`: a payload travels in ${Object.keys(CARRIERS).join(', ')}`, where(i));
    const eventBridge = t.in === EVENTBRIDGE;
    if (eventBridge !== (typeof t.source === 'string' && typeof t.detailType === 'string') || (!eventBridge && ('source' in t || 'detailType' in t)))
      return bad(eventBridge ? 'on eventbridge.event needs the `source` and `detailType` rules match on' : `in ${t.in} takes no \`source\` or \`detailType\` (EventBridge only)`, where(i));
    out.push({ in: t.in, at: carrier.at, decode: carrier.decode, ...(eventBridge ? { source: t.source as string, detailType: t.detailType as string } : {}) });
  });
  return out;
}

function parseEntry(f: SourceFile, id: string, diagnostics: Diagnostic[], options: CheckOptions): RegistryEntry | null {
  const user = options.audience === 'user';
  const meta = f.json['x-lambda'];
  if (!isObject(meta)) {
    diagnostics.push(diag('E_META_MISSING', { field: '(block)' }, file(f), '/x-lambda'));
    return null;
  }
  const before = diagnostics.length;
  // The vocabulary itself, as data (x-lambda.schema.json): every problem with its JSON pointer.
  if (!validateXLambda(meta))
    for (const e of validateXLambda.errors ?? [])
      diagnostics.push(diag('E_XLAMBDA', { detail: `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : ''}` }, file(f), `/x-lambda${e.instancePath}`));
  const missing = (field: string) => diagnostics.push(diag('E_META_MISSING', { field }, file(f), `/x-lambda/${field}`));
  if (meta.id !== id) diagnostics.push(diag('E_META_ID', { expected: id, actual: meta.id }, file(f), '/x-lambda/id'));
  const kind = meta.kind as Kind;
  if (!KINDS.includes(kind)) missing('kind');
  else if ((kind === 'result') !== isResultId(id)) diagnostics.push(diag('E_META_KIND', { id, kind }, file(f), '/x-lambda/kind'));
  const invocation = (Array.isArray(meta.invocation) ? meta.invocation : [meta.invocation]) as Invocation[];
  if (invocation.length === 0 || !invocation.every((i) => INVOCATIONS.includes(i))) missing('invocation');
  const namespace = id.slice(0, id.indexOf('.'));
  if (user && options.reserved?.has(namespace)) diagnostics.push(diag('E_NAMESPACE', { id, namespace }, file(f), '/x-lambda/id'));
  if (!user && (typeof meta.docs !== 'string' || !meta.docs.startsWith('https://docs.aws.amazon.com/')))
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
  } else if (kind === 'event' && !user) {
    diagnostics.push(diag('E_DETECT_RULE', { detail: 'events need a detection rule, or `false` when no rule can identify them' }, file(f), '/x-lambda/detect'));
  }
  const carries: Carry[] = [];
  if (user && meta.carries !== undefined) {
    // A user's payload says where it travels (`travels`); what a registry event carries is the registry's.
    diagnostics.push(diag('E_CARRIES', { detail: "is for the registry's events; say where your payload travels with `travels`" }, file(f), '/x-lambda/carries'));
  } else if (meta.carries !== undefined) {
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
  const travelsBad = (detail: string, pointer: string) => diagnostics.push(diag('E_TRAVELS', { detail }, file(f), `/x-lambda/travels${pointer}`));
  if (!user && meta.travels !== undefined) travelsBad("is for users' schemas (lambda-events-codegen): registry payloads say what they carry with `carries`", '');
  const travels = user ? parseTravels(meta.travels, kind, (i) => `/${i}`, travelsBad) : [];
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
    docs: typeof meta.docs === 'string' ? meta.docs : '',
    detect,
    carries,
    travels,
    title: f.json.title as string,
    description: f.json.description as string,
    typeParameters,
    unions,
    sourcePath: f.path,
    schema: f.json,
    typeName: typeName(id),
  };
}

const validateXLambda = createAjv({ allErrors: true, strictRequired: false }).compile(
  JSON.parse(readFileSync(toolPath('generator/codegen/x-lambda.schema.json'), 'utf8')) as JsonObject,
);

type Rule = (files: SourceFile[], registry: Registry) => Diagnostic[];

/** The house rules, each under the sentence that documents it (schemas/README.md). */
export const rules = new Map<string, Rule>();

/**
 * Rules about the registry's own layout and about AWS payloads, not about what makes a schema
 * generate correct code: a user's schemas are not held to them (their payloads may be closed,
 * their patterns partial, their files formatted as they like).
 */
export const REGISTRY_ONLY = new Set<string>();
const registryRule = (sentence: string, rule: Rule) => {
  rules.set(sentence, rule);
  REGISTRY_ONLY.add(sentence);
};

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

registryRule('Validators tolerate unknown properties: no additionalProperties false', (files) => {
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

rules.set('A detection pattern skips ahead lazily: .*? rather than .* (a greedy .* runs to the end of a long body and back)', (_files, registry) => {
  const out: Diagnostic[] = [];
  for (const e of registry.entries)
    (e.detect ?? []).forEach((c, i) => {
      if ('pattern' in c && /(^|[^\\])\.\*(?!\?)/.test(c.pattern)) out.push(diag('E_DETECT_GREEDY', { pattern: c.pattern }, `schemas/${e.sourcePath}`, `/x-lambda/detect/${i}/pattern`));
    });
  return out;
});

rules.set('Definition names are not the type name of an id', (_files, registry) => {
  const byType = new Map(registry.entries.map((e) => [e.typeName, e.id]));
  return [...registry.definitions.values()]
    .filter((d) => byType.has(d.name))
    .map((d) => diag('E_DEF_SHADOWS_TYPE', { name: d.name, id: byType.get(d.name)! }, `schemas/${d.file}`, `/$defs/${d.name}`));
});

registryRule('A $ref has one spelling: #/$defs/Name in the same file, ../<folder>/<file>#/$defs/Name otherwise', (files) => {
  const out: Diagnostic[] = [];
  for (const f of files)
    for (const site of refSites(f)) {
      if (!site.target) continue;
      const expected = canonicalRef(f.path, site.target.file, site.target.name);
      if (site.ref !== expected) out.push(diag('E_REF_SPELLING', { ref: site.ref, expected }, file(f), site.pointer));
    }
  return out;
});

registryRule('A definition that more than one file uses lives in schemas/_shared/', (files) =>
  [...unsharedDefinitions(files).entries()].map(([key, sites]) => {
    const [defFile, name] = key.split('#') as [string, string];
    return diag('E_DEF_NOT_SHARED', { name, users: [...new Set(sites.map((s) => `schemas/${s.from}`))] }, `schemas/${defFile}`, `/$defs/${name}`);
  }),
);

registryRule('Schema files are formatted one way: JSON.stringify(schema, null, 2) and a newline', (files) =>
  files.filter((f) => f.text !== undefined && f.text !== formatSchema(f.json)).map((f) => diag('E_FILE_FORMAT', {}, file(f))),
);

registryRule('Every pattern is anchored at both ends', (files) => {
  const out: Diagnostic[] = [];
  for (const f of files)
    visitSchema(f.json, (node, pointer) => {
      if (typeof node.pattern === 'string' && !(node.pattern.startsWith('^') && /(^|[^\\])\$$/.test(node.pattern)))
        out.push(diag('E_PATTERN_ANCHOR', { pattern: node.pattern }, file(f), `${pointer}/pattern`));
    });
  return out;
});

rules.set("A detection rule's constant is one the schema allows at that pointer", (_files, registry) => {
  const out: Diagnostic[] = [];
  for (const e of registry.entries) {
    if (!e.detect) continue;
    let schema: JsonObject;
    try {
      schema = bundle(registry, e.id);
    } catch {
      continue; // unresolved refs are reported by their own rule
    }
    e.detect.forEach((c, i) => {
      const values = 'equals' in c ? [c.equals] : 'in' in c ? c.in : null;
      if (!values) return;
      const allowed = allowedAt(schema, schema, c.pointer.split('/').slice(1));
      if (allowed === null) return;
      const bad = values.filter((v) => !allowed.some((a) => a === v));
      if (bad.length > 0) out.push(diag('E_DETECT_CONST', { pointer: c.pointer, value: bad.length === 1 ? bad[0] : bad, allowed }, `schemas/${e.sourcePath}`, `/x-lambda/detect/${i}`));
    });
  }
  return out;
});

/** The constants a bundled schema allows at a pointer (const/enum along properties, items, allOf, anyOf, $ref); null when unconstrained. */
function allowedAt(root: JsonObject, node: JsonValue, tokens: string[], depth = 0): JsonValue[] | null {
  if (!isObject(node) || depth > 64) return null;
  if (typeof node.$ref === 'string') {
    const name = /^#\/\$defs\/(\w+)$/.exec(node.$ref)?.[1];
    return name ? allowedAt(root, (root.$defs as JsonObject | undefined)?.[name] ?? null, tokens, depth + 1) : null;
  }
  let result: JsonValue[] | null = null;
  const intersect = (values: JsonValue[] | null) => {
    if (values === null) return;
    result = result === null ? values : result.filter((v) => values.includes(v));
  };
  if (tokens.length === 0) {
    if ('const' in node) intersect([node.const!]);
    if (Array.isArray(node.enum)) intersect(node.enum);
  } else {
    const [head, ...rest] = tokens as [string, ...string[]];
    const props = node.properties;
    if (isObject(props) && head in props) intersect(allowedAt(root, props[head]!, rest, depth + 1));
    if (/^(\d+|\*)$/.test(head) && node.items !== undefined) intersect(allowedAt(root, node.items, rest, depth + 1));
  }
  if (Array.isArray(node.allOf)) for (const b of node.allOf) intersect(allowedAt(root, b, tokens, depth + 1));
  for (const k of ['anyOf', 'oneOf'] as const) {
    const branches = node[k];
    if (!Array.isArray(branches)) continue;
    const each = branches.map((b) => allowedAt(root, b, tokens, depth + 1));
    if (each.every((v) => v !== null)) intersect([...new Set(each.flat())]);
  }
  return result;
}

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
const COMPILE_RULE = 'Every schema compiles in ajv strict mode against the 2020-12 meta-schema';
rules.set(COMPILE_RULE, (_files, registry) => {
  const out: Diagnostic[] = [];
  const ajv = createAjv();
  for (const e of registry.entries) {
    const schema = bundle(registry, e.id);
    // ajv knows one dialect here; any other $schema would throw rather than fail validation.
    if (schema.$schema !== DRAFT_2020_12) {
      out.push(diag('E_META_SCHEMA', { detail: `$schema is ${JSON.stringify(schema.$schema)}; schemas are read as draft 2020-12 only ("${DRAFT_2020_12}", or no $schema)` }, `schemas/${e.sourcePath}`, '/$schema'));
      continue;
    }
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
export function buildModel(files: SourceFile[], options: CheckOptions = REGISTRY_CHECK): Checked {
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
    const entry = parseEntry(f, id, diagnostics, options);
    if (entry) entries.push(entry);
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { registry: { entries, definitions }, diagnostics };
}

/** The model, then every house rule of schemas/README.md. */
export function check(files: SourceFile[], options: CheckOptions = REGISTRY_CHECK): Checked {
  const { registry, diagnostics } = buildModel(files, options);
  for (const [sentence, rule] of rules) {
    if (options.audience === 'user' && REGISTRY_ONLY.has(sentence)) continue;
    // The compile rule bundles schemas, which needs every earlier rule (refs above all) to hold.
    if (sentence === COMPILE_RULE && diagnostics.length > 0) break;
    diagnostics.push(...rule(files, registry));
  }
  return { registry, diagnostics };
}
