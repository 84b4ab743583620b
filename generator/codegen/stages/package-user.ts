/**
 * Stage 6 for a user's schemas: the output folder around the validators and samples, shaped like
 * the registry's package. Per id `<id>.js` (its validator, where the payload travels) and
 * `<id>.d.ts` (its type; for an EventBridge detail also the event that carries it, as the
 * registry's `EventBridgeEvent<DetailType, Detail, Source>`, for an SQS body the registry's
 * `SqsBatchEvent<Payload>`); `types.d.ts`, `registry.json`,
 * the bundled schemas, `index.js`/`index.d.ts`, and a package.json that makes the folder ESM.
 * Types the output shares with the registry are imported from `lambda-event-registry`, the
 * generator's peer dependency.
 */
import type { JsonObject, RegistryEntry, Travel } from '../model.ts';
import { carriedInTypeName, outputPath, validatorName } from '../names.ts';
import { bundle } from '../refs.ts';
import { EVENTBRIDGE, INVOKE } from '../travels.ts';
import type { PackageInput } from './package.ts';

export interface UserPackageOptions {
  /** The first line of a generated module, from the source path relative to the sources folder (or a folder label). */
  banner: (source: string) => string;
  /** The same, as a JSON `$comment` value. */
  jsonBanner: (source: string) => string;
}

const REGISTRY = 'lambda-event-registry';
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const literal = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function travelsJson(travels: Travel[]): JsonObject[] {
  return travels.map((t) => ({ in: t.in, at: t.at, decode: t.decode, ...(t.source !== undefined ? { source: t.source, detailType: t.detailType! } : {}) }));
}

/** The declared type of `travels`: the literal array, so a decoder can be chosen by type. */
function travelsType(travels: Travel[]): string {
  const item = (t: JsonObject) =>
    `{ ${Object.entries(t)
      .map(([k, v]) => `readonly ${k}: ${Array.isArray(v) ? `readonly [${v.map((x) => literal(String(x))).join(', ')}]` : literal(String(v))}`)
      .join('; ')} }`;
  return `readonly [${travelsJson(travels).map(item).join(', ')}]`;
}

/** The EventBridge events that carry this payload as `detail`: one per `travels` entry on `eventbridge.event`. */
function eventBridgeType(e: RegistryEntry): string | null {
  const on = e.travels.filter((t) => t.in === EVENTBRIDGE);
  if (on.length === 0) return null;
  return on.map((t) => `EventBridgeEvent<${literal(t.detailType!)}, ${e.typeName}, ${literal(t.source!)}>`).join(' | ');
}

/**
 * The other registry events that carry this payload (an SQS body, an SNS message, Kinesis data):
 * the carrier's event type with the payload in its carried slot (the registry's `CarryingTypes`),
 * e.g. `SqsBatchEvent<AcmeOrderPlacedEvent>`, as a handler sees it once an envelope decoded it.
 */
function carrierTypes(e: RegistryEntry): { name: string; carrier: string }[] {
  const carriers = [...new Set(e.travels.map((t) => t.in).filter((c) => c !== EVENTBRIDGE && c !== INVOKE))];
  return carriers.map((carrier) => ({ name: carriedInTypeName(e.id, carrier), carrier }));
}

/** The names a module declares besides its payload type and validator, for the index to re-export. */
function aliasNames(e: RegistryEntry): string[] {
  return [...(eventBridgeType(e) ? [carriedInTypeName(e.id, EVENTBRIDGE)] : []), ...carrierTypes(e).map((c) => c.name)];
}

function moduleTypes(e: RegistryEntry, head: string): string {
  const eb = eventBridgeType(e);
  const carriers = carrierTypes(e);
  const what = e.kind === 'result' ? 'function result' : 'payload';
  const imports = [...(carriers.length > 0 ? ['CarryingTypes'] : []), ...(eb ? ['EventBridgeEvent'] : []), 'Validator'];
  return `${head}import type { ${imports.join(', ')} } from '${REGISTRY}';
import type { ${e.typeName} } from './types.js';

export type { ${e.typeName} };

/**
 * Validates a ${what} against the \`${e.id}\` schema (shape and values): ${e.title}.
 * A false return leaves the reason in \`validate.errors\`; \`validate['~standard']\` is its Standard Schema v1 face.${e.docs ? `\n *\n * @see ${e.docs}` : ''}
 */
export declare const validate: Validator<${e.typeName}>;
export default validate;

/** Where the payload travels (\`x-lambda.travels\`): the carrier's registry id, the JSON pointer to it there, how to decode it. */
export declare const travels: ${travelsType(e.travels)};
${eb ? `\n/** The EventBridge event whose \`detail\` is a \`${e.typeName}\`. */\nexport type ${carriedInTypeName(e.id, EVENTBRIDGE)} = ${eb};\n` : ''}${carriers
    .map((c) => `\n/** A \`${c.carrier}\` event whose payloads are decoded \`${e.typeName}\` values (lambda-event-registry/envelopes). */\nexport type ${c.name} = CarryingTypes<${e.typeName}>[${literal(c.carrier)}];\n`)
    .join('')}`;
}

function moduleCode(e: RegistryEntry, head: string): string {
  return `${head}export { validate, validate as default } from './${outputPath.validator(e.id)}';
export const travels = ${JSON.stringify(travelsJson(e.travels))};
`;
}

function registryIndex(input: PackageInput, jsonBanner: UserPackageOptions['jsonBanner']): JsonObject {
  const ids: JsonObject = {};
  for (const e of input.registry.entries)
    ids[e.id] = {
      kind: e.kind,
      invocation: e.invocation.length === 1 ? e.invocation[0]! : e.invocation,
      summary: e.title,
      ...(e.docs ? { docs: e.docs } : {}),
      result: e.result,
      schema: outputPath.schema(e.id),
      type: e.typeName,
      module: `./${outputPath.module(e.id)}`,
      sample: input.sampleIds.has(e.id) ? outputPath.sample(e.id) : null,
      detect: e.detect,
      travels: travelsJson(e.travels),
    };
  return { $comment: jsonBanner(''), ids };
}

function indexFiles(input: PackageInput, head: string): [string, string] {
  const entries = input.registry.entries;
  const ids = JSON.stringify(entries.map((e) => e.id));
  const js = `${head}${entries.map((e) => `export { default as ${validatorName(e.id)} } from './${outputPath.module(e.id)}';`).join('\n')}
/** Every id of these schemas. */
export const ids = Object.freeze(${ids});
`;
  const dts = `${head}export type * from './types.js';
${entries
  .map((e) => {
    const aliases = aliasNames(e).map((n) => `, type ${n}`).join('');
    return `export { default as ${validatorName(e.id)}${aliases} } from './${outputPath.module(e.id)}';`;
  })
  .join('\n')}
/** Every id of these schemas. */
export declare const ids: readonly [${entries.map((e) => literal(e.id)).join(', ')}];
`;
  return [js, dts];
}

export async function userPackageFiles(input: PackageInput, options: UserPackageOptions): Promise<Map<string, string>> {
  const { registry } = input;
  const files = new Map<string, string>();
  // Makes the folder ESM wherever it sits, whatever the project around it says.
  files.set('package.json', json({ '//': options.jsonBanner(''), private: true, type: 'module', sideEffects: false }));
  files.set('types.d.ts', options.banner('') + '\n' + input.declarations);
  files.set('registry.json', json(registryIndex(input, options.jsonBanner)));
  const [js, dts] = indexFiles(input, options.banner(''));
  files.set('index.js', js);
  files.set('index.d.ts', dts);
  for (const e of registry.entries) {
    const head = options.banner(e.sourcePath);
    files.set(outputPath.module(e.id), moduleCode(e, head));
    files.set(outputPath.moduleTypes(e.id), moduleTypes(e, head));
    const { $schema, $id, ...rest } = bundle(registry, e.id);
    files.set(outputPath.schema(e.id), json({ $schema, $id, $comment: options.jsonBanner(e.sourcePath), ...rest }));
  }
  return files;
}
