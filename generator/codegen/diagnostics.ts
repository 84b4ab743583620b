/**
 * Problems found by the generator, as data. Stages return diagnostics; only the edge (the CLI)
 * renders them to text. Tests assert codes, never wording.
 */

export const CODES = {
  E_JSON_PARSE: (a: { detail: string }) => `is not valid JSON: ${a.detail}`,
  E_SCHEMA_PATH: (a: { path: string }) =>
    `is not named like an id's schema (expected <service>/<variant>[.result].schema.json, see schemas/README.md): ${a.path}`,
  E_META_ID: (a: { expected: string; actual: unknown }) =>
    `x-lambda.id is ${JSON.stringify(a.actual)} but the file path makes it "${a.expected}"`,
  E_META_MISSING: (a: { field: string }) => `x-lambda.${a.field} is missing or malformed`,
  E_META_KIND: (a: { id: string; kind: string }) =>
    `x-lambda.kind "${a.kind}" does not fit the id "${a.id}" (ids ending in .result are results, and only they are)`,
  E_RESULT_UNKNOWN: (a: { result: string }) => `x-lambda.result names "${a.result}", which is not a result schema in the registry`,
  E_RESULT_PAIR: (a: { result: string; expected: string }) =>
    `x-lambda.result is ${a.result === '(none)' ? 'missing' : `"${a.result}"`} but the registry has "${a.expected}", the result of this event`,
  E_CARRIES: (a: { detail: string }) => `x-lambda.carries is malformed: ${a.detail} (see schemas/README.md)`,
  E_DOCS_LINK: (a: { docs: unknown }) => `x-lambda.docs must be an https://docs.aws.amazon.com/ link, got ${JSON.stringify(a.docs)}`,
  E_HAS_ID: (_a: object) => 'source schemas carry no $id: the file path is their identity (the generator adds $id to the bundled schema)',
  E_REF_SHAPE: (a: { ref: string }) => `$ref "${a.ref}" must name a definition: "<relative file>#/$defs/<Name>" or "#/$defs/<Name>"`,
  E_REF_UNRESOLVED: (a: { ref: string }) => `$ref "${a.ref}" does not resolve to a definition in schemas/`,
  E_DEF_NAME: (a: { name: string }) => `definition name "${a.name}" must be PascalCase letters and digits (it becomes a TypeScript type name)`,
  E_DEF_DUPLICATE: (a: { name: string; other: string }) =>
    `definition name "${a.name}" is also defined in ${a.other}; names are unique across the registry because each becomes a type`,
  E_DEF_SHADOWS_TYPE: (a: { name: string; id: string }) => `definition name "${a.name}" is the type name of id "${a.id}"`,
  E_NO_ADDITIONAL_FALSE: (_a: object) => 'additionalProperties: false is not allowed: AWS adds fields, validators must tolerate them (drift is reported by --strict)',
  E_OPEN_OBJECT: (_a: object) =>
    'an object with no properties must say what its values are: add additionalProperties (true for any JSON value, or a schema), so its type is not {}',
  E_FORMAT: (a: { format: string }) => `format "${a.format}" is not allowed: formats can cost more than a regex and need ajv-formats at run time; write a pattern (see _shared/aws.schema.json)`,
  E_DETECT_RULE: (a: { detail: string }) => `x-lambda.detect is malformed: ${a.detail}`,
  E_DETECT_GREEDY: (a: { pattern: string }) => `detection pattern ${JSON.stringify(a.pattern)} has a greedy .*: write .*? (lazy), which stops at the first match instead of running to the end of the string and back`,
  E_DETECT_DUPLICATE: (a: { other: string }) => `x-lambda.detect is identical to the rule of "${a.other}", so detection could never tell them apart`,
  E_DETECT_RESULT: (_a: object) => 'results carry no detection rule: a response is validated by its id (--id), never detected',
  E_AJV_STRICT: (a: { detail: string }) => `does not compile in ajv strict mode: ${a.detail}`,
  E_META_SCHEMA: (a: { detail: string }) => `does not conform to the JSON Schema 2020-12 meta-schema: ${a.detail}`,
  E_REF_SPELLING: (a: { ref: string; expected: string }) =>
    `$ref "${a.ref}" is spelled "${a.expected}" in this registry (#/$defs/Name in the same file, ../<folder>/<file>#/$defs/Name otherwise); npm run schemas:tidy fixes it`,
  E_DEF_NOT_SHARED: (a: { name: string; users: string[] }) =>
    `definition "${a.name}" is used by ${a.users.join(', ')}: a shape more than one file uses lives in schemas/_shared/ (npm run schemas:tidy moves it)`,
  E_FILE_FORMAT: (_a: object) => 'is not formatted as JSON.stringify(schema, null, 2) plus a newline; npm run schemas:tidy formats it',
  E_PATTERN_ANCHOR: (a: { pattern: string }) => `pattern "${a.pattern}" must be anchored at both ends (^...$): an unanchored pattern accepts any string containing a match`,
  E_DETECT_CONST: (a: { pointer: string; value: unknown; allowed: unknown[] }) =>
    `detection expects ${JSON.stringify(a.value)} at ${a.pointer}, but the schema allows only ${JSON.stringify(a.allowed)} there: the rule could detect an event the schema rejects`,
  E_XLAMBDA: (a: { detail: string }) => `x-lambda does not conform to its meta-schema (generator/codegen/x-lambda.schema.json): ${a.detail}`,
  E_TYPES: (a: { detail: string }) => `json-schema-to-typescript failed: ${a.detail}`,
  E_TYPE_NAME: (a: { detail: string }) => `generated types have a problem: ${a.detail}`,
  E_TYPE_SLOT: (a: { at: string; detail: string }) =>
    `x-lambda.typeParameters names the slot "${a.at}", which ${a.detail} (a pointer through properties, $ref, allOf and * for every array item or map value; see schemas/README.md)`,
  E_SAMPLE: (a: { detail: string }) => `sample template: ${a.detail}`,
  E_SAMPLE_INVALID: (a: { variant: string; detail: string }) =>
    `sample (${a.variant}) does not validate against its schema: ${a.detail}. Fix the template or its parameter defaults.`,
  E_NAMESPACE: (a: { id: string; namespace: string }) =>
    `x-lambda.id "${a.id}" is in the registry's namespace "${a.namespace}" (an AWS service): name your payloads in a namespace of your own, e.g. "acme.${a.id.slice(a.id.indexOf('.') + 1)}"`,
  E_TRAVELS: (a: { detail: string }) => `x-lambda.travels ${a.detail} (see the x-lambda vocabulary in README.md)`,
  E_SAMPLE_MISSING: (a: { id: string; template: string }) =>
    `"${a.id}" has no sample: give the schema an "examples" array (its first item is the sample) or a "default", or write the template ${a.template}`,
  E_PEER_MISSING: (a: { detail: string }) =>
    `lambda-event-registry is not installed beside lambda-event-registry-codegen (a peer dependency: npm install lambda-event-registry): ${a.detail}`,
  E_STALE: (a: { files: string[]; dir: string; command: string }) =>
    `${a.dir} is out of date; these files would change: ${a.files.join(', ')}. Run \`${a.command}\` and commit the result.`,
} as const;

export type Code = keyof typeof CODES;
type ArgsOf<C extends Code> = Parameters<(typeof CODES)[C]>[0];

export interface Diagnostic<C extends Code = Code> {
  code: C;
  /** Path relative to the repository root, e.g. `schemas/sqs/batch.schema.json`. */
  file?: string;
  /** JSON pointer inside the file, when the problem has a place. */
  pointer?: string;
  args: ArgsOf<C>;
}

export function diag<C extends Code>(code: C, args: ArgsOf<C>, file?: string, pointer?: string): Diagnostic<C> {
  const d: Diagnostic<C> = { code, args };
  if (file !== undefined) d.file = file;
  if (pointer !== undefined) d.pointer = pointer;
  return d;
}

export function renderDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.pointer ? `#${d.pointer}` : ''}: ` : '';
  const message = (CODES[d.code] as (a: unknown) => string)(d.args);
  return `${where}${message} [${d.code}]`;
}

/** Thrown by generate() when a stage reports problems; carries them as data. */
export class GenerationFailed extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics.length} problem(s) in schemas/`);
  }
}
