/**
 * Stage 6, package: everything the published package needs around the types and validators.
 * The runtime (generator/runtime/) is written once, as type-checked source; this stage only
 * adds what depends on the registry: package.json, registry.json, the bundled schemas, the
 * id-to-type maps (`registry-types.d.ts`, `handlers.d.ts`), per-id validator declarations, and
 * the registry data bundled into the runtime entries (detection rules, carries, ids, samples).
 * It also bundles the CLI (generator/cli/) as the package's `lambda-events` bin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleRuntime, bundleRuntimeEntry } from '../esm.ts';
import { banner, jsonBanner } from '../banner.ts';
import { runtimeDeclarations } from '../declarations.ts';
import type { JsonObject, Registry, RegistryEntry } from '../model.ts';
import { handlerName, outputPath, subpath, subpathAll, subpathStrict } from '../names.ts';
import { bundle, carriesJson } from '../refs.ts';
import { eventBridgeShape } from '../eventbridge.ts';
import { slotsOf } from './types.ts';
import { detectorSource } from '../detection.ts';
import { TOOL_ROOT } from '../toolRoot.ts';

export interface PackageInput {
  registry: Registry;
  version: string;
  declarations: string;
  /** Sample ids that have a default sample in samples/ (stage 5). */
  sampleIds: Set<string>;
  /** Source of the runtime's sample-data module (stage 5). */
  sampleData: string;
  /** Members of the SampleParameters interface (stage 5). */
  sampleParameterTypes: string;
}

export const PACKAGE_NAME = 'lambda-event-registry';

/** Runtime modules the package exposes (each `generator/runtime/<name>.ts` becomes `<name>.js` + `.d.ts`). */
const ENTRIES = { index: 'neutral', detect: 'neutral', handler: 'neutral', invoke: 'neutral', nested: 'node', sample: 'node', envelopes: 'node' } as const;
/**
 * Optional peer dependencies: the one runtime entry that imports each (left as an import by the
 * bundler; no other entry may import it) and the version range the package declares.
 */
const OPTIONAL_PEERS: Record<string, { entry: keyof typeof ENTRIES; range: string }> = {
  // InvokeCommand and the members invoke.ts uses date from 3.0 (TenantId is newer; older clients leave it out); tested with the
  // release in package-lock.json. The floor is a choice: releases of the last two years.
  '@aws-sdk/client-lambda': { entry: 'invoke', range: '^3.600.0' },
};
/** Declaration-only runtime modules. */
const TYPE_ONLY = ['validator'];

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

function registryIndex(entries: RegistryEntry[], sampleIds: Set<string>): JsonObject {
  const index = {
    $comment: jsonBanner('schemas/'),
    ids: Object.fromEntries(
      entries.map((e) => [
        e.id,
        {
          kind: e.kind,
          invocation: e.invocation.length === 1 ? e.invocation[0]! : e.invocation,
          summary: e.title,
          docs: e.docs,
          result: e.result,
          schema: outputPath.schema(e.id),
          type: e.typeName,
          module: `${PACKAGE_NAME}/${e.id}`,
          sample: sampleIds.has(e.id) ? outputPath.sample(e.id) : null,
          detect: e.detect,
          ...(e.carries.length > 0 ? { carries: carriesJson(e.carries) } : {}),
        },
      ]),
    ),
  };
  return index as unknown as JsonObject;
}

function packageJson(registry: Registry, version: string): JsonObject {
  const exports: JsonObject = {};
  for (const name of Object.keys(ENTRIES)) exports[name === 'index' ? '.' : `./${name}`] = { types: `./${name}.d.ts`, default: `./${name}.js` };
  for (const e of registry.entries) {
    exports[subpath(e.id)] = { types: `./${outputPath.validatorTypes(e.id)}`, default: `./${outputPath.validator(e.id)}` };
    exports[subpathStrict(e.id)] = { types: `./${outputPath.validatorStrictTypes(e.id)}`, default: `./${outputPath.validatorStrict(e.id)}` };
    exports[subpathAll(e.id)] = { types: `./${outputPath.validatorAllTypes(e.id)}`, default: `./${outputPath.validatorAll(e.id)}` };
  }
  exports['./registry.json'] = './registry.json';
  exports['./schemas/*'] = './schemas/*';
  exports['./samples/*'] = './samples/*';
  exports['./package.json'] = './package.json';
  return {
    '//': jsonBanner('schemas/ and generator/codegen/stages/package.ts'),
    name: PACKAGE_NAME,
    version,
    description: 'Types, precompiled validators and JSON Schemas for every AWS Lambda event source, generated from one registry of schemas, and the lambda-events CLI that validates captured events.',
    keywords: ['aws', 'lambda', 'events', 'json-schema', 'types', 'validator'],
    license: 'Apache-2.0',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.11' },
    bin: { 'lambda-events': './cli.js' },
    exports,
    peerDependencies: Object.fromEntries(Object.entries(OPTIONAL_PEERS).map(([name, p]) => [name, p.range])),
    peerDependenciesMeta: Object.fromEntries(Object.keys(OPTIONAL_PEERS).map((name) => [name, { optional: true }])),
    files: ['*.js', '*.d.ts', 'validators/', 'schemas/', 'samples/', 'registry.json', 'README.md', 'LICENSE'],
  };
}

/** What a handler of each event returns to its invoker. */
function resultType(registry: Registry, e: RegistryEntry): string {
  if (e.result) {
    const r = registry.entries.find((x) => x.id === e.result)!;
    return e.invocation.includes('poll') || e.invocation.includes('async') ? `${r.typeName} | void` : r.typeName;
  }
  if (e.invocation.every((i) => i === 'async')) return 'void';
  return 'unknown';
}

/** `registry-types.d.ts`: the maps from id to type that the runtime's generic API is written over. */
function registryTypes(registry: Registry, sampleParameterTypes: string): string {
  const events = registry.entries.filter((e) => e.kind !== 'result');
  const carriers = registry.entries.filter((e) => e.carries.length > 0);
  const typeOf = (id: string) => registry.entries.find((x) => x.id === id)!.typeName;
  const innerType = (e: RegistryEntry) =>
    [...new Set(e.carries.map((c) => (c.def ? c.def.split('#')[1]! : c.ids.map(typeOf).join(' | '))))].join(' | ');
  const names = new Set(registry.entries.map((e) => e.typeName));
  for (const e of carriers) for (const t of innerType(e).split(' | ')) names.add(t);
  // detail-type -> the details it may carry (a detail type shared by several ids maps to the union).
  const details = new Map<string, Set<string>>();
  for (const e of registry.entries) {
    const shape = eventBridgeShape(e);
    if (!shape || e.id.startsWith('eventbridge.')) continue;
    names.add(shape.detail);
    for (const t of shape.detailTypes) (details.get(t) ?? details.set(t, new Set()).get(t)!).add(shape.detail);
  }
  const map = (rows: string[]) => rows.map((r) => `  ${r}`).join('\n');
  return `${banner('schemas/ and generator/runtime/registry-types.ts')}import type { ${[...names].sort().join(', ')} } from './types.js';

/** The payload type of every registry id. */
export interface PayloadTypes {
${map(registry.entries.map((e) => `${JSON.stringify(e.id)}: ${e.typeName};`))}
}
/** Every registry id. */
export type Id = keyof PayloadTypes;
/** Ids of payloads a function receives (events and nested payloads). */
export type EventId = { [K in Id]: K extends \`\${string}.result\` ? never : K }[Id];
/** Ids of what a function returns. */
export type ResultId = Exclude<Id, EventId>;

/** Payload types of the ids a handler can receive. */
export interface EventTypes {
${map(events.map((e) => `${JSON.stringify(e.id)}: ${e.typeName};`))}
}
/** For each event id: what its invoker reads back (void where the return value is ignored, unknown where the registry has no result schema yet). */
export interface ResultTypes {
${map(events.map((e) => `${JSON.stringify(e.id)}: ${resultType(registry, e)};`))}
}
/** For each id that carries payloads: the outer type and the type of what it carries. */
export interface NestedTypes {
${map(carriers.map((e) => `${JSON.stringify(e.id)}: { outer: ${e.typeName}; inner: ${innerType(e)} };`))}
}
/**
 * The event types generic over what they carry (\`x-lambda.typeParameters[].at\`), with \`T\` in the
 * carried slot: what a handler sees once an envelope (\`lambda-event-registry/envelopes\`) decoded
 * and checked the payloads, e.g. \`CarryingTypes<OrderPlaced>['sqs.batch']\` is \`SqsBatchEvent<OrderPlaced>\`.
 */
export interface CarryingTypes<T> {
${map(carrying(registry))}
}
/** The parameters of each id's sample, all optional (each has a default). */
export interface SampleParameters {
${sampleParameterTypes}
}

${unionTypes(registry)}
/** The \`detail\` of every AWS service detail type on EventBridge that the registry knows, by \`detail-type\`. */
export interface EventBridgeDetailTypes {
${map([...details.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, d]) => `${JSON.stringify(t)}: ${[...d].sort().join(' | ')};`))}
}
/**
 * An EventBridge event of any of the given detail types, for a function subscribed to several:
 * it narrows on \`event['detail-type']\`.
 */
export type EventBridgeEventOf<T extends keyof EventBridgeDetailTypes> = { [K in T]: EventBridgeEvent<K, EventBridgeDetailTypes[K]> }[T];
`;
}

/** Ids whose type is generic over a carried slot: the type with \`T\` there and every other parameter at its default. */
function carrying(registry: Registry): string[] {
  return registry.entries
    .filter((e) => e.kind !== 'result' && e.typeParameters.some((p) => slotsOf(p).length > 0))
    .map((e) => `${JSON.stringify(e.id)}: ${e.typeName}<${e.typeParameters.map((p) => (slotsOf(p).length > 0 ? 'T' : (p.default ?? 'unknown'))).join(', ')}>;`);
}

/** Union types declared by ids (`x-lambda.unions`): every id that names a union is one of its members. */
function unionTypes(registry: Registry): string {
  const unions = new Map<string, string[]>();
  for (const e of registry.entries) for (const u of e.unions) (unions.get(u) ?? unions.set(u, []).get(u)!).push(e.typeName);
  return [...unions.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([u, members]) => `/** One of: ${members.map((m) => `\`${m}\``).join(', ')} (a discriminated union: narrow on its constant fields). */\nexport type ${u} =\n  | ${members.join('\n  | ')};\n`)
    .join('\n');
}

/** `handlers.d.ts`: a handler type per event id. */
function handlerTypes(registry: Registry): string {
  const events = registry.entries.filter((e) => e.kind !== 'result');
  return `${banner('schemas/')}import type { HandlerOf } from './handler.js';

${events.map((e) => `/** Handler of \`${e.id}\`: ${e.title}. @see ${e.docs} */\nexport type ${handlerName(e.id)} = HandlerOf<${JSON.stringify(e.id)}>;`).join('\n')}
`;
}

/** The registry data the runtime entries read (generator/runtime/registry-data.ts). */
function registryData(registry: Registry): string {
  const rules = registry.entries.filter((e) => e.detect).map((e) => ({ id: e.id, conditions: e.detect }));
  return `export const RULES = ${JSON.stringify(rules)};
export const IDS = Object.freeze(${JSON.stringify(registry.entries.map((e) => e.id))});
`;
}

/** The compiled detector bundled into detect.js (generator/runtime/detect-data.ts). */
function detectData(registry: Registry): string {
  const rules = registry.entries.filter((e) => e.detect).map((e) => ({ id: e.id, conditions: e.detect! }));
  return `export const DETECT = /* @__PURE__ */ ${detectorSource(rules)};\n`;
}

function validatorDeclaration(e: RegistryEntry, all: boolean, strict = false): string {
  const what = e.kind === 'result' ? 'function result' : 'payload';
  const checks =
    e.kind === 'result' || strict
      ? 'Checks shape and values (patterns, lengths, ranges).'
      : `Checks the shape (types, required fields, nullability, constants and enums); \`${PACKAGE_NAME}/${e.id}/strict\` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.`;
  const doc = all
    ? `Validates a ${what} against the \`${e.id}\` schema, shape and values, and lists every problem in \`validateAll.errors\` (the default export of \`${PACKAGE_NAME}/${e.id}\` stops at the first).${e.carries.length > 0 ? ' What it carries is decoded and checked too, as the default export does.' : ''}`
    : `Validates a ${what} against the \`${e.id}\` schema: ${e.title}.\n * ${checks}\n * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in \`validate.errors\`.`;
  const defs = all ? [...new Set(e.carries.flatMap((c) => (c.def ? [c.def.split('#')[1]!] : [])))].sort() : [];
  return (
    banner(`schemas/${e.sourcePath}`) +
    `import type { ${[e.typeName, ...defs].join(', ')} } from '../types.js';
import type { ${all ? 'AllErrorsValidator' : 'Validator'} } from '../validator.js';

export type { ${e.typeName} };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * ${doc}
 *
 * @see ${e.docs}
 */
${
  all
    ? `export declare const validateAll: AllErrorsValidator<${e.typeName}>;\n${
        e.carries.length > 0
          ? `/** Every problem of the \`${e.id}\` schema alone, without decoding what it carries (\`validateAll\` lists the first problem of each carried payload when the schema itself has none). */\nexport declare const validateSchema: AllErrorsValidator<${e.typeName}>;\n`
          : ''
      }${defs.map((d) => `/** Every problem of a carried \`${d}\`. */\nexport declare const validate${d}: AllErrorsValidator<${d}>;\n`).join('')}`
    : `export declare const validate: Validator<${e.typeName}>${e.carries.length > 0 ? ` & { readonly id: ${JSON.stringify(e.id)} }` : ''};\nexport default validate;\n`
}`
  );
}

function readme(registry: Registry): string {
  const template = readFileSync(join(TOOL_ROOT, 'generator', 'runtime', 'README.md'), 'utf8');
  const rows = registry.entries
    .map((e) => `| \`${e.id}\` | ${e.kind} | ${e.invocation.join(', ')} | \`${e.typeName}\` | [${e.title}](${e.docs}) |`)
    .join('\n');
  return `<!-- ${jsonBanner('generator/runtime/README.md and schemas/')} -->\n${template.replace('<!-- ids -->', `| id | kind | invocation | type | AWS documentation |\n| --- | --- | --- | --- | --- |\n${rows}`)}`;
}

/** The CLI as one file: commander inlined, the package itself imported by name (self-reference), so it always matches its data. */
async function cli(): Promise<string> {
  const code = await bundleRuntime(join(TOOL_ROOT, 'generator', 'cli', 'main.ts'), {
    platform: 'node',
    external: [PACKAGE_NAME, `${PACKAGE_NAME}/*`],
    // commander is CommonJS: give the ESM bundle a require() for its Node.js built-ins.
    banner: `#!/usr/bin/env node\n${banner('generator/cli/').trimEnd()}\nimport { createRequire as __lambdaEventsRequire } from 'node:module';\nconst require = __lambdaEventsRequire(import.meta.url);`,
  });
  return code;
}

export async function packageFiles(input: PackageInput): Promise<Map<string, string>> {
  const { registry, version, declarations, sampleIds } = input;
  const files = new Map<string, string>();
  files.set('package.json', json(packageJson(registry, version)));
  files.set('README.md', readme(registry));
  files.set('LICENSE', readFileSync(join(TOOL_ROOT, 'LICENSE'), 'utf8'));
  files.set('registry.json', json(registryIndex(registry.entries, sampleIds)));
  files.set('types.d.ts', banner('schemas/') + '\n' + declarations);
  files.set('registry-types.d.ts', registryTypes(registry, input.sampleParameterTypes));
  files.set('handlers.d.ts', handlerTypes(registry));
  const data = { 'registry-data.ts': registryData(registry), 'detect-data.ts': detectData(registry), 'sample-data.ts': input.sampleData };
  const siblings = Object.keys(ENTRIES);
  for (const [name, platform] of Object.entries(ENTRIES)) {
    const external = Object.entries(OPTIONAL_PEERS).flatMap(([peer, p]) => (p.entry === name ? [peer] : []));
    const code = await bundleRuntimeEntry(name, { platform, data, external, siblings: siblings.filter((s) => s !== name) });
    files.set(`${name}.js`, banner(`generator/runtime/${name}.ts and schemas/`) + code);
  }
  for (const [path, dts] of runtimeDeclarations([...siblings, ...TYPE_ONLY])) files.set(path, banner(`generator/runtime/${path.replace(/\.d\.ts$/, '.ts')}`) + dts);
  files.set('cli.js', await cli());
  for (const e of registry.entries) {
    const { $schema, $id, ...rest } = bundle(registry, e.id);
    files.set(outputPath.schema(e.id), json({ $schema, $id, $comment: jsonBanner(`schemas/${e.sourcePath}`), ...rest }));
    files.set(outputPath.validatorTypes(e.id), validatorDeclaration(e, false));
    files.set(outputPath.validatorStrictTypes(e.id), validatorDeclaration(e, false, true));
    files.set(outputPath.validatorAllTypes(e.id), validatorDeclaration(e, true));
  }
  return files;
}
