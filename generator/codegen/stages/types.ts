/**
 * Stage 3, types: one TypeScript declaration per id and per named definition, each declared once.
 *
 * json-schema-to-typescript re-declares referenced types per compiled root, so the whole registry
 * is compiled as one root whose `$defs` hold every definition and every id's schema, named by
 * `title` (set here, in memory, from names.ts). Unknown properties are tolerated by validators but
 * typed closed (`additionalProperties: false` for the type compiler only), so no index signature
 * reaches users.
 */
import { compile } from 'json-schema-to-typescript';
import { diag, type Diagnostic } from '../diagnostics.ts';
import { tokens } from '../../runtime/pointer.ts';
import type { JsonObject, JsonValue, Registry, TypeParameter } from '../model.ts';
import { localizeRefs, mapRefs } from '../refs.ts';
import { eventBridgeShape, eventBridgeType } from '../eventbridge.ts';

export interface TypesOutput {
  /** The contents of types.d.ts. */
  declarations: string;
  diagnostics: Diagnostic[];
}

const ROOT = 'LambdaEventRegistryRoot';

/**
 * json-schema-to-typescript resolves recursive refs reliably only under `definitions`, and
 * declares a `$ref` that has sibling keywords as a new numbered type (`Foo1`): so refs move to
 * `definitions` and lose their siblings here (the schemas keep them). A nested `title` would
 * declare a type of that name: it goes too (users' schemas put titles on properties).
 */
function toDefinitions(schema: JsonValue): JsonValue {
  const renamed = mapRefs(schema, (ref) => ref.replace('#/$defs/', '#/definitions/'));
  const strip = (node: JsonValue, inData: boolean): JsonValue => {
    if (Array.isArray(node)) return node.map((n) => strip(n, inData));
    if (node === null || typeof node !== 'object') return node;
    if (!inData && typeof node.$ref === 'string') return { $ref: node.$ref };
    if (!inData) node = dropConstraintOnlyCombinators(node);
    // A `title` names a declaration in json-schema-to-typescript: only ids and definitions are declared
    // (names.ts names them; prepare() sets the root's): a nested title is dropped, its description stays the doc comment.
    const entries = Object.entries(node).filter(([k, v]) => inData || k !== 'title' || typeof v !== 'string');
    return Object.fromEntries(entries.map(([k, v]) => [k, strip(v, inData || k === 'const' || k === 'enum' || k === 'x-lambda')]));
  };
  return strip(renamed, false);
}

/** Keywords that constrain which properties appear, without describing a shape. */
const CONSTRAINT_ONLY = new Set(['required', 'description', 'title', 'not', '$comment']);
function isConstraintOnly(branch: JsonValue): boolean {
  if (branch === null || typeof branch !== 'object' || Array.isArray(branch)) return false;
  return Object.entries(branch).every(
    ([k, v]) =>
      CONSTRAINT_ONLY.has(k) ||
      (k === 'properties' && v !== null && typeof v === 'object' && Object.values(v).every((p) => p === true)),
  );
}

/**
 * A combinator whose branches only say which of the declared properties must appear (ALB's
 * "headers or multiValueHeaders") adds nothing to a type but an unnamed intersection; the
 * properties stay optional in the type, and the validator keeps the constraint.
 */
function dropConstraintOnlyCombinators(node: JsonObject): JsonObject {
  const out = { ...node };
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = out[k];
    if (Array.isArray(branches) && branches.every(isConstraintOnly)) delete out[k];
  }
  if (out.not !== undefined && isConstraintOnly(out.not)) delete out.not;
  return out;
}

function docOf(description: string, docs?: string): string {
  return docs ? `${description}\n\n@see ${docs}` : description;
}

/** Strip annotation keywords json-schema-to-typescript does not know and name every node it must declare. */
function prepare(schema: JsonValue, title: string, description: string | undefined): JsonObject {
  const { $defs: _defs, $schema: _schema, 'x-lambda': _meta, title: _title, ...rest } = schema as JsonObject;
  const out: JsonObject = { ...rest, title };
  if (description !== undefined) out.description = description;
  return out;
}

export async function types(registry: Registry): Promise<TypesOutput> {
  const defs: JsonObject = {};
  for (const def of [...registry.definitions.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const localized = toDefinitions(localizeRefs(def.schema, def.file, registry));
    defs[def.name] = prepare(localized, def.name, (def.schema.description as string | undefined) ?? undefined);
  }
  for (const e of registry.entries) {
    const doc = docOf(`${e.title}.\n\n${e.description}`, e.docs);
    // A service's detail type is the generic EventBridge event, narrowed (eventbridge.ts).
    const shape = eventBridgeShape(e);
    if (shape) {
      defs[e.typeName] = { title: e.typeName, description: doc, tsType: eventBridgeType(shape) };
      continue;
    }
    const localized = toDefinitions(localizeRefs(e.schema, e.sourcePath, registry));
    defs[e.typeName] = prepare(localized, e.typeName, doc);
  }
  const slots = typeSlots(defs, registry);
  if (slots.diagnostics.length > 0) return { declarations: '', diagnostics: slots.diagnostics };
  const root: JsonObject = { title: ROOT, type: 'object', additionalProperties: false, definitions: defs };
  let ts: string;
  try {
    ts = await compile(root as never, ROOT, {
      bannerComment: '',
      additionalProperties: false,
      unreachableDefinitions: true,
      declareExternallyReferenced: true,
      enableConstEnums: false,
      ignoreMinAndMaxItems: true,
      strictIndexSignatures: false,
      format: true,
      $refOptions: { resolve: { external: false } } as never,
    });
  } catch (error) {
    return { declarations: '', diagnostics: [diag('E_TYPES', { detail: (error as Error).message })] };
  }
  return tidy(ts, registry, slots.generic);
}

/** Split the compiler output into top-level declarations (each with its doc comment). */
function declarations(ts: string): string[] {
  return ts
    .split(/\n(?=\/\*\*|export )/)
    .reduce<string[]>((acc, chunk) => {
      // A doc comment belongs to the declaration that follows it.
      if (acc.length > 0 && acc[acc.length - 1]!.trimStart().startsWith('/**') && !/\*\/\s*\n?export /.test(acc[acc.length - 1]!))
        acc[acc.length - 1] += '\n' + chunk;
      else acc.push(chunk);
      return acc;
    }, [])
    .map((d) => d.trim())
    .filter((d) => d.length > 0);
}

/**
 * Remove the compiler's boilerplate and the synthetic root, declare type parameters, and refuse
 * what must never reach users: numbered duplicate names. (Index signatures appear only where a
 * schema declares a map with `additionalProperties`; the compiler option closes every other object.)
 */
function tidy(ts: string, registry: Registry, generic: Map<string, TypeParameter[]>): TypesOutput {
  const diagnostics: Diagnostic[] = [];
  const params = new Map(registry.entries.flatMap((e) => e.typeParameters.map((p) => [p.name, p] as const)));
  const expected = new Set([...registry.definitions.keys(), ...registry.entries.map((e) => e.typeName)]);
  const out: string[] = [];
  for (let decl of declarations(ts.replace(/\n \*\n \* This interface was referenced by `\w+`'s JSON-Schema\n \* via the `definition` "\w+"\./g, ''))) {
    const name = /export (?:interface|type) (\w+)/.exec(decl)?.[1];
    if (!name) {
      diagnostics.push(diag('E_TYPE_NAME', { detail: `unexpected output: ${decl.slice(0, 80)}` }));
      continue;
    }
    if (name === ROOT) continue;
    if (!expected.has(name)) diagnostics.push(diag('E_TYPE_NAME', { detail: `"${name}" is not a definition or id type name (a duplicate?)` }));
    const used = generic.get(name) ?? [...params.values()].filter((p) => new RegExp(`\\b${p.name}\\b`).test(decl));
    if (used.length > 0) {
      const list = used.map((p) => `${p.name}${p.constraint ? ` extends ${p.constraint}` : ''}${p.default ? ` = ${p.default}` : ''}`).join(', ');
      decl = decl.replace(new RegExp(`export (interface|type) ${name}\\b`), `export $1 ${name}<${list}>`);
    }
    out.push(decl);
  }
  return { declarations: out.join('\n\n') + '\n', diagnostics };
}

/** The slots a type parameter types (`x-lambda.typeParameters[].at`), as a list. */
export function slotsOf(p: TypeParameter): string[] {
  return p.at === undefined ? [] : Array.isArray(p.at) ? p.at : [p.at];
}

/**
 * Make the types generic over what they carry (`x-lambda.typeParameters[].at`): the node at each
 * slot becomes the parameter, and every named definition on the way to it (SqsRecord,
 * SnsMessage...) takes the parameter too and is referenced with it, so `SqsBatchEvent<OrderPlaced>`
 * has `Records[i].body: OrderPlaced`, while other ids that reference `SqsRecord` get its default.
 * Works on the prepared definitions (fresh copies). Returns the parameters of each declaration made generic.
 */
function typeSlots(defs: JsonObject, registry: Registry): { generic: Map<string, TypeParameter[]>; diagnostics: Diagnostic[] } {
  const generic = new Map<string, TypeParameter[]>();
  const diagnostics: Diagnostic[] = [];
  const takes = (name: string, p: TypeParameter) => {
    const list = generic.get(name) ?? generic.set(name, []).get(name)!;
    if (!list.some((q) => q.name === p.name)) list.push(p);
  };
  const isObj = (v: JsonValue | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
  /** Walk `rest` from `node`; true when the slot was found (and typed by the parameter). */
  const rewritten = new Map<JsonObject, string>();
  const walk = (node: JsonObject, rest: string[], p: TypeParameter): boolean => {
    if (rest.length === 0) {
      delete node.$ref;
      node.tsType = p.name;
      return true;
    }
    const ref = rewritten.get(node) ?? (typeof node.$ref === 'string' ? node.$ref : undefined);
    if (ref !== undefined) {
      const name = ref.replace('#/definitions/', '');
      const def = defs[name];
      if (!isObj(def) || !walk(def, rest, p)) return false;
      takes(name, p);
      const { $ref: _ref, ...keep } = node;
      for (const k of Object.keys(node)) delete node[k];
      Object.assign(node, keep, { tsType: `${name}<${(generic.get(name) ?? []).map((q) => q.name).join(', ')}>` });
      rewritten.set(node, ref);
      return true;
    }
    // A combinator's own branches first: where they declare the slot, a shared definition it also
    // reaches (EventBridge's envelope) keeps its own type.
    const branches = (['allOf', 'anyOf', 'oneOf'] as const).flatMap((k) => (Array.isArray(node[k]) ? (node[k] as JsonValue[]).filter(isObj) : []));
    const own = branches.filter((b) => b.$ref === undefined && !rewritten.has(b));
    let found = false;
    for (const b of own) if (walk(b, rest, p)) found = true;
    if (!found) for (const b of branches) if (!own.includes(b) && walk(b, rest, p)) found = true;
    if (found) return true;
    const [token, ...tail] = rest as [string, ...string[]];
    const next = token === '*' ? (isObj(node.items) ? node.items : node.additionalProperties) : isObj(node.properties) ? node.properties[token] : undefined;
    return isObj(next) ? walk(next, tail, p) : false;
  };
  for (const e of registry.entries) {
    for (const p of e.typeParameters) {
      for (const at of slotsOf(p)) {
        const root = defs[e.typeName];
        if (isObj(root) && walk(root, tokens(at), p)) takes(e.typeName, p);
        else diagnostics.push(diag('E_TYPE_SLOT', { at, detail: 'does not lead to a value of this schema' }, `schemas/${e.sourcePath}`, '/x-lambda/typeParameters'));
      }
    }
  }
  // An id with slots declares all its parameters (EventBridge's detail type and source too), in order.
  for (const e of registry.entries) if (generic.has(e.typeName)) generic.set(e.typeName, e.typeParameters);
  return { generic, diagnostics };
}
