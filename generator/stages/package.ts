/**
 * Stage 6, package: everything else the published package needs around the types and
 * validators: package.json with one subpath export per id, the bundled schemas, registry.json,
 * the detector, and the entry points.
 */
import { bundleEntry } from '../esm.ts';
import { banner, jsonBanner } from '../banner.ts';
import type { JsonObject, Registry, RegistryEntry } from '../model.ts';
import { handlerName, outputPath, subpath } from '../names.ts';
import { bundle, carriesJson } from '../refs.ts';

export interface PackageInput {
  registry: Registry;
  version: string;
  declarations: string;
  /** Sample ids that have a default sample in samples/ (stage 5). */
  sampleIds: Set<string>;
}

export const PACKAGE_NAME = 'lambda-event-registry';

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
  const exports: JsonObject = {
    '.': { types: './index.d.ts', default: './index.js' },
    './detect': { types: './detect.d.ts', default: './detect.js' },
    './nested': { types: './nested.d.ts', default: './nested.js' },
    './sample': { types: './sample.d.ts', default: './sample.js' },
    './handler': { types: './handler.d.ts', default: './handler.js' },
  };
  for (const e of registry.entries) {
    exports[subpath(e.id)] = { types: `./${outputPath.validatorTypes(e.id)}`, default: `./${outputPath.validator(e.id)}` };
  }
  exports['./registry.json'] = './registry.json';
  exports['./schemas/*'] = './schemas/*';
  exports['./samples/*'] = './samples/*';
  exports['./package.json'] = './package.json';
  return {
    '//': jsonBanner('schemas/ and generator/stages/package.ts'),
    name: PACKAGE_NAME,
    version,
    description: 'Types, precompiled validators and JSON Schemas for every AWS Lambda event source, generated from one registry of schemas.',
    keywords: ['aws', 'lambda', 'events', 'json-schema', 'types', 'validator'],
    license: 'Apache-2.0',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=18' },
    exports,
    files: ['*.js', '*.d.ts', 'validators/', 'schemas/', 'samples/', 'registry.json', 'README.md'],
  };
}

const VALIDATOR_TYPES = `/** The Standard Schema v1 interface (https://standardschema.dev), declared here so the package has no dependency. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}
export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
}

/** One validation problem, shaped as ajv reports it. */
export interface ValidationError {
  /** JSON pointer to the offending value in the validated data ("" for the root). */
  instancePath: string;
  /** JSON pointer to the failing keyword in the bundled schema. */
  schemaPath: string;
  /** The failing JSON Schema keyword, e.g. "required", "type", "const". */
  keyword: string;
  /** Machine-readable details, e.g. { missingProperty: "body" } for "required". */
  params: Record<string, unknown>;
  message?: string;
}

/**
 * A precompiled validator: a type guard that records why it returned false in \`errors\`
 * (the first problem found; validators stop at the first error). It is also a Standard Schema,
 * for libraries that accept one (e.g. the Powertools parser).
 */
export interface Validator<T> extends StandardSchemaV1<unknown, T> {
  (data: unknown): data is T;
  errors: ValidationError[] | null | undefined;
}
`;

/** What a handler of each event returns to its invoker. */
function resultType(registry: Registry, e: RegistryEntry): string {
  if (e.result) {
    const r = registry.entries.find((x) => x.id === e.result)!;
    return e.invocation.includes('poll') || e.invocation.includes('async') ? `${r.typeName} | void` : r.typeName;
  }
  if (e.invocation.every((i) => i === 'async')) return 'void';
  return 'unknown';
}

function handlerFiles(registry: Registry): Promise<{ js: string; dts: string }> {
  const events = registry.entries.filter((e) => e.kind !== 'result');
  const types = [...new Set(events.flatMap((e) => [e.typeName, ...resultType(registry, e).split(' | ').filter((t) => /^[A-Z]/.test(t))]))].sort();
  const dts = `${banner('generator/runtime/handler.ts and schemas/')}import type { ${types.join(', ')} } from './types.js';
import type { ValidationError, Validator } from './validator.js';

/** The context object Lambda passes to every handler. https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html */
export interface Context {
  callbackWaitsForEmptyEventLoop: boolean;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  identity?: { cognitoIdentityId: string; cognitoIdentityPoolId: string } | undefined;
  clientContext?: { client: Record<string, string>; custom?: unknown; env: Record<string, string> } | undefined;
  tenantId?: string | undefined;
  /** Milliseconds left before the invocation times out. */
  getRemainingTimeInMillis(): number;
}

export type Callback<R> = (error?: Error | string | null, result?: R) => void;
/** An async handler. */
export type Handler<E, R> = (event: E, context: Context) => Promise<R>;
/** A callback-style handler (runtimes before Node.js 24). */
export type CallbackHandler<E, R> = (event: E, context: Context, callback: Callback<R>) => void;

/** For each event id: what its invoker reads back (void where the return value is ignored, unknown where the registry has no result schema yet). */
export interface ResultTypes {
${events.map((e) => `  ${JSON.stringify(e.id)}: ${resultType(registry, e)};`).join('\n')}
}

/** Payload types of the ids a handler can receive. */
export interface EventTypes {
${events.map((e) => `  ${JSON.stringify(e.id)}: ${e.typeName};`).join('\n')}
}

export type HandlerId = keyof EventTypes;
export type HandlerOf<I extends HandlerId> = Handler<EventTypes[I], ResultTypes[I]>;
export type CallbackHandlerOf<I extends HandlerId> = CallbackHandler<EventTypes[I], ResultTypes[I]>;

${events.map((e) => `/** Handler of \`${e.id}\`: ${e.title}. @see ${e.docs} */\nexport type ${handlerName(e.id)} = HandlerOf<${JSON.stringify(e.id)}>;`).join('\n')}

export interface DefineHandlerOptions<I extends HandlerId> {
  /** Validate each incoming event first (import it from 'lambda-event-registry/<id>'); an invalid event throws EventValidationError. */
  validate?: Validator<EventTypes[I]>;
  /** Validate what the handler returns (e.g. in development); an invalid result throws EventValidationError. */
  validateResult?: Validator<Exclude<ResultTypes[I], void>>;
}

/** Type a handler from a registry id, optionally validating its event and result with the given precompiled validators. */
export declare function defineHandler<I extends HandlerId>(id: I, handler: HandlerOf<I>, options?: DefineHandlerOptions<I>): HandlerOf<I>;

/** Thrown when an event or a result does not validate. */
export declare class EventValidationError extends Error {
  readonly id: string;
  readonly target: 'event' | 'result';
  readonly errors: ValidationError[];
}
`;
  return bundleEntry("export { defineHandler, EventValidationError } from './generator/runtime/handler.ts';\n", 'handler.entry.ts', 'neutral').then((js) => ({
    js: banner('generator/runtime/handler.ts') + js,
    dts,
  }));
}

function validatorDeclaration(e: RegistryEntry): string {
  return (
    banner(`schemas/${e.sourcePath}`) +
    `import type { ${e.typeName} } from '../types.js';
import type { Validator } from '../validator.js';

export type { ${e.typeName} };
export type { ValidationError, Validator } from '../validator.js';

/**
 * Validates a ${e.kind === 'result' ? 'function result' : 'payload'} against the \`${e.id}\` schema: ${e.title}.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in \`validate.errors\`.
 *
 * @see ${e.docs}
 */
export declare const validate: Validator<${e.typeName}>;
export default validate;
`
  );
}

async function detector(registry: Registry): Promise<string> {
  const rules = registry.entries.filter((e) => e.detect).map((e) => ({ id: e.id, conditions: e.detect }));
  const entry = `import { createDetector } from './generator/runtime/detect.ts';
const detector = createDetector(${JSON.stringify(rules)});
/** The registry id of an event, from the registry's detection rules; null when none matches. */
export const detect = detector.detect;
/** The rules nearest to matching an event, with the conditions that fail. */
export const explain = detector.explain;
`;
  return banner('schemas/ (x-lambda.detect) and generator/runtime/detect.ts') + (await bundleEntry(entry, 'detect.entry.ts', 'neutral'));
}

async function nestedModule(registry: Registry): Promise<{ js: string; dts: string }> {
  const table = Object.fromEntries(
    registry.entries.filter((e) => e.carries.length > 0).map((e) => [e.id, e.carries.map((c) => ({ at: c.at, decode: c.decode }))]),
  );
  const entry = `import { carried } from './generator/runtime/nested.ts';
const CARRIES = ${JSON.stringify(table)};
export function decodeNested(id, event) {
  const carries = CARRIES[id];
  if (!carries) throw new TypeError(\`\${id} carries no nested payload\`);
  return carries.flatMap((c) => carried(event, c.at, c.decode));
}
export { carried };
`;
  const js = await bundleEntry(entry, 'nested.entry.ts', 'node');
  const innerType = (e: RegistryEntry) =>
    [...new Set(e.carries.map((c) => (c.def ? c.def.split('#')[1]! : c.ids.map((id) => registry.entries.find((x) => x.id === id)!.typeName).join(' | '))))].join(' | ');
  const carriers = registry.entries.filter((e) => e.carries.length > 0);
  const imports = [...new Set(carriers.flatMap((e) => [e.typeName, ...innerType(e).split(' | ')]))].sort();
  const dts = `${banner('schemas/ (x-lambda.carries) and generator/runtime/nested.ts')}import type { ${imports.join(', ')} } from './types.js';

/** One payload found inside another: where it was, and the decoded value or why decoding failed. */
export interface CarriedPayload<T = unknown> {
  /** JSON pointer of the encoded string in the outer payload. */
  pointer: string;
  value?: T;
  error?: string;
}

/** For each id that carries payloads: the outer type and the type of what it carries. */
export interface NestedTypes {
${carriers.map((e) => `  ${JSON.stringify(e.id)}: { outer: ${e.typeName}; inner: ${innerType(e)} };`).join('\n')}
}

/**
 * Decode every payload an event carries (SQS bodies holding S3 notifications, Kinesis data
 * holding DynamoDB records, CloudWatch Logs gzip+base64 data...). Decoding never throws; check
 * the value with the inner id's validator before trusting its type.
 */
export declare function decodeNested<I extends keyof NestedTypes>(id: I, event: NestedTypes[I]['outer']): CarriedPayload<NestedTypes[I]['inner']>[];
/** Decode the strings at \`at\` (a JSON pointer, \`*\` for every array item) with the given steps. */
export declare function carried<T = unknown>(root: unknown, at: string, steps: readonly ('base64' | 'gzip' | 'json')[]): CarriedPayload<T>[];
`;
  return { js: banner('schemas/ (x-lambda.carries) and generator/runtime/nested.ts') + js, dts };
}

const DETECT_TYPES = `${banner('generator/runtime/detect.ts')}import type { EventId } from './index.js';

export type DetectCondition =
  | { pointer: string; equals: string | number | boolean }
  | { pointer: string; in: (string | number | boolean)[] }
  | { pointer: string; exists: boolean }
  | { pointer: string; pattern: string };

export interface Candidate {
  id: EventId;
  /** How many of the rule's conditions hold. */
  matched: number;
  total: number;
  /** The conditions that do not hold. */
  failed: DetectCondition[];
}

/** The registry id of an event, from the registry's detection rules; null when none matches. */
export declare function detect(event: unknown): EventId | null;
/** The rules nearest to matching an event (at most \`limit\`, default 3), with the conditions that fail. */
export declare function explain(event: unknown, limit?: number): Candidate[];
`;

function indexFiles(registry: Registry): { js: string; dts: string } {
  const ids = registry.entries.map((e) => e.id);
  const js = `${banner('schemas/')}export { detect, explain } from './detect.js';

/** Every id in the registry, sorted. */
export const ids = Object.freeze(${JSON.stringify(ids, null, 2)});
`;
  const typeMap = registry.entries.map((e) => `  ${JSON.stringify(e.id)}: ${e.typeName};`).join('\n');
  const dts = `${banner('schemas/')}export * from './types.js';
export type { StandardSchemaV1, ValidationError, Validator } from './validator.js';
export type * from './handler.js';
export { detect, explain } from './detect.js';
export type { Candidate, DetectCondition } from './detect.js';
import type { ${registry.entries.map((e) => e.typeName).join(', ')} } from './types.js';

/** The payload type of every registry id. */
export interface PayloadTypes {
${typeMap}
}

/** Every registry id. */
export type Id = keyof PayloadTypes;
/** Ids of payloads a function receives (events and nested payloads). */
export type EventId = { [K in Id]: K extends \`\${string}.result\` ? never : K }[Id];
/** Ids of what a function returns. */
export type ResultId = Exclude<Id, EventId>;

/** Every id in the registry, sorted. */
export declare const ids: readonly Id[];
`;
  return { js, dts };
}

function readme(registry: Registry): string {
  const rows = registry.entries
    .map((e) => `| \`${e.id}\` | ${e.kind} | ${e.invocation.join(', ')} | \`${e.typeName}\` | [${e.title}](${e.docs}) |`)
    .join('\n');
  return `<!-- ${jsonBanner('schemas/')} -->
# ${PACKAGE_NAME}

Types, precompiled validators and JSON Schemas for AWS Lambda event payloads and function results,
generated from one registry of JSON Schemas. Zero runtime dependencies; one import per source.

\`\`\`ts
import { validate, type SqsBatchEvent } from '${PACKAGE_NAME}/sqs.batch';

export const handler = async (event: unknown) => {
  if (!validate(event)) throw new Error(\`not an SQS batch: \${JSON.stringify(validate.errors)}\`);
  const batch: SqsBatchEvent = event;
  return { batchItemFailures: [] };
};
\`\`\`

Validators accept unknown properties, because AWS adds fields. Detection:
\`import { detect } from '${PACKAGE_NAME}/detect'\` returns the id of an event, or null.
The bundled schemas are in \`schemas/<id>.schema.json\` and the index of ids in \`registry.json\`.

| id | kind | invocation | type | AWS documentation |
| --- | --- | --- | --- | --- |
${rows}
`;
}

export async function packageFiles(input: PackageInput): Promise<Map<string, string>> {
  const { registry, version, declarations, sampleIds } = input;
  const files = new Map<string, string>();
  files.set('package.json', json(packageJson(registry, version)));
  files.set('README.md', readme(registry));
  files.set('registry.json', json(registryIndex(registry.entries, sampleIds)));
  files.set('types.d.ts', banner('schemas/') + '\n' + declarations);
  files.set('validator.d.ts', banner('generator/stages/package.ts') + '\n' + VALIDATOR_TYPES);
  files.set('detect.js', await detector(registry));
  files.set('detect.d.ts', DETECT_TYPES);
  const handler = await handlerFiles(registry);
  files.set('handler.js', handler.js);
  files.set('handler.d.ts', handler.dts);
  const nested = await nestedModule(registry);
  files.set('nested.js', nested.js);
  files.set('nested.d.ts', nested.dts);
  const index = indexFiles(registry);
  files.set('index.js', index.js);
  files.set('index.d.ts', index.dts);
  for (const e of registry.entries) {
    const { $schema, $id, ...rest } = bundle(registry, e.id);
    files.set(outputPath.schema(e.id), json({ $schema, $id, $comment: jsonBanner(`schemas/${e.sourcePath}`), ...rest }));
    files.set(outputPath.validatorTypes(e.id), validatorDeclaration(e));
  }
  return files;
}
