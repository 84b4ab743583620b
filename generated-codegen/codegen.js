#!/usr/bin/env node
// Generated from generator/codegen/ by `npm run generate`. Do not edit: change the schema and regenerate.

// generator/codegen/user-cli.ts
import { readdirSync, readFileSync as readFileSync3, statSync } from "node:fs";
import { isAbsolute, join as join4, relative as relative4, resolve, sep as sep4 } from "node:path";
import { parseArgs } from "node:util";

// generator/codegen/diagnostics.ts
var CODES = {
  E_JSON_PARSE: (a) => `is not valid JSON: ${a.detail}`,
  E_SCHEMA_PATH: (a) => `is not named like an id's schema (expected <service>/<variant>[.result].schema.json, see schemas/README.md): ${a.path}`,
  E_META_ID: (a) => `x-lambda.id is ${JSON.stringify(a.actual)} but the file path makes it "${a.expected}"`,
  E_META_MISSING: (a) => `x-lambda.${a.field} is missing or malformed`,
  E_META_KIND: (a) => `x-lambda.kind "${a.kind}" does not fit the id "${a.id}" (ids ending in .result are results, and only they are)`,
  E_RESULT_UNKNOWN: (a) => `x-lambda.result names "${a.result}", which is not a result schema in the registry`,
  E_RESULT_PAIR: (a) => `x-lambda.result is ${a.result === "(none)" ? "missing" : `"${a.result}"`} but the registry has "${a.expected}", the result of this event`,
  E_CARRIES: (a) => `x-lambda.carries is malformed: ${a.detail} (see schemas/README.md)`,
  E_DOCS_LINK: (a) => `x-lambda.docs must be an https://docs.aws.amazon.com/ link, got ${JSON.stringify(a.docs)}`,
  E_HAS_ID: (_a) => "source schemas carry no $id: the file path is their identity (the generator adds $id to the bundled schema)",
  E_REF_SHAPE: (a) => `$ref "${a.ref}" must name a definition: "<relative file>#/$defs/<Name>" or "#/$defs/<Name>"`,
  E_REF_UNRESOLVED: (a) => `$ref "${a.ref}" does not resolve to a definition in schemas/`,
  E_DEF_NAME: (a) => `definition name "${a.name}" must be PascalCase letters and digits (it becomes a TypeScript type name)`,
  E_DEF_DUPLICATE: (a) => `definition name "${a.name}" is also defined in ${a.other}; names are unique across the registry because each becomes a type`,
  E_DEF_SHADOWS_TYPE: (a) => `definition name "${a.name}" is the type name of id "${a.id}"`,
  E_NO_ADDITIONAL_FALSE: (_a) => "additionalProperties: false is not allowed: AWS adds fields, validators must tolerate them (drift is reported by --strict)",
  E_OPEN_OBJECT: (_a) => "an object with no properties must say what its values are: add additionalProperties (true for any JSON value, or a schema), so its type is not {}",
  E_FORMAT: (a) => `format "${a.format}" is not allowed: formats can cost more than a regex and need ajv-formats at run time; write a pattern (see _shared/aws.schema.json)`,
  E_DETECT_RULE: (a) => `x-lambda.detect is malformed: ${a.detail}`,
  E_DETECT_GREEDY: (a) => `detection pattern ${JSON.stringify(a.pattern)} has a greedy .*: write .*? (lazy), which stops at the first match instead of running to the end of the string and back`,
  E_DETECT_DUPLICATE: (a) => `x-lambda.detect is identical to the rule of "${a.other}", so detection could never tell them apart`,
  E_DETECT_RESULT: (_a) => "results carry no detection rule: a response is validated by its id (--id), never detected",
  E_AJV_STRICT: (a) => `does not compile in ajv strict mode: ${a.detail}`,
  E_META_SCHEMA: (a) => `does not conform to the JSON Schema 2020-12 meta-schema: ${a.detail}`,
  E_REF_SPELLING: (a) => `$ref "${a.ref}" is spelled "${a.expected}" in this registry (#/$defs/Name in the same file, ../<folder>/<file>#/$defs/Name otherwise); npm run schemas:tidy fixes it`,
  E_DEF_NOT_SHARED: (a) => `definition "${a.name}" is used by ${a.users.join(", ")}: a shape more than one file uses lives in schemas/_shared/ (npm run schemas:tidy moves it)`,
  E_FILE_FORMAT: (_a) => "is not formatted as JSON.stringify(schema, null, 2) plus a newline; npm run schemas:tidy formats it",
  E_PATTERN_ANCHOR: (a) => `pattern "${a.pattern}" must be anchored at both ends (^...$): an unanchored pattern accepts any string containing a match`,
  E_DETECT_CONST: (a) => `detection expects ${JSON.stringify(a.value)} at ${a.pointer}, but the schema allows only ${JSON.stringify(a.allowed)} there: the rule could detect an event the schema rejects`,
  E_XLAMBDA: (a) => `x-lambda does not conform to its meta-schema (generator/codegen/x-lambda.schema.json): ${a.detail}`,
  E_TYPES: (a) => `json-schema-to-typescript failed: ${a.detail}`,
  E_TYPE_NAME: (a) => `generated types have a problem: ${a.detail}`,
  E_TYPE_SLOT: (a) => `x-lambda.typeParameters names the slot "${a.at}", which ${a.detail} (a pointer through properties, $ref, allOf and * for every array item or map value; see schemas/README.md)`,
  E_SAMPLE: (a) => `sample template: ${a.detail}`,
  E_SAMPLE_INVALID: (a) => `sample (${a.variant}) does not validate against its schema: ${a.detail}. Fix the template or its parameter defaults.`,
  E_NAMESPACE: (a) => `x-lambda.id "${a.id}" is in the registry's namespace "${a.namespace}" (an AWS service): name your payloads in a namespace of your own, e.g. "acme.${a.id.slice(a.id.indexOf(".") + 1)}"`,
  E_TRAVELS: (a) => `x-lambda.travels ${a.detail} (see the x-lambda vocabulary in README.md)`,
  E_SAMPLE_MISSING: (a) => `"${a.id}" has no sample: give the schema an "examples" array (its first item is the sample) or a "default", or write the template ${a.template}`,
  E_PEER_MISSING: (a) => `lambda-event-registry is not installed beside lambda-event-registry-codegen (a peer dependency: npm install lambda-event-registry): ${a.detail}`,
  E_STALE: (a) => `${a.dir} is out of date; these files would change: ${a.files.join(", ")}. Run \`${a.command}\` and commit the result.`
};
function diag(code, args2, file2, pointer) {
  const d = { code, args: args2 };
  if (file2 !== void 0) d.file = file2;
  if (pointer !== void 0) d.pointer = pointer;
  return d;
}
function renderDiagnostic(d) {
  const where = d.file ? `${d.file}${d.pointer ? `#${d.pointer}` : ""}: ` : "";
  const message = CODES[d.code](d.args);
  return `${where}${message} [${d.code}]`;
}
var GenerationFailed = class extends Error {
  constructor(diagnostics) {
    super(`${diagnostics.length} problem(s) in schemas/`);
    this.diagnostics = diagnostics;
  }
  diagnostics;
};

// generator/codegen/stages/load.ts
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await walk(full));
    else if (entry.name.endsWith(".schema.json") || entry.name.endsWith(".sample.hbs")) out.push(full);
  }
  return out;
}
async function load(schemasDir, labelRoot, versionFrom = join(labelRoot, "package.json")) {
  const files = [];
  const samples2 = [];
  const diagnostics = [];
  const paths = (await walk(schemasDir)).sort();
  for (const full of paths) {
    const path = relative(schemasDir, full).split(sep).join("/");
    const text = await readFile(full, "utf8");
    if (path.endsWith(".sample.hbs")) {
      samples2.push({ path, text });
      continue;
    }
    try {
      const json2 = JSON.parse(text);
      if (json2 === null || typeof json2 !== "object" || Array.isArray(json2)) {
        diagnostics.push(diag("E_JSON_PARSE", { detail: "the top level must be an object" }, relative(labelRoot, full)));
        continue;
      }
      files.push({ path, json: json2, text });
    } catch (error) {
      diagnostics.push(diag("E_JSON_PARSE", { detail: error.message }, relative(labelRoot, full)));
    }
  }
  const version = versionFrom === null ? "" : JSON.parse(await readFile(versionFrom, "utf8")).version;
  return { files, samples: samples2, version, diagnostics };
}

// generator/codegen/ajv.ts
import { Ajv2020 } from "ajv/dist/2020.js";
import { Ajv } from "ajv";
var ANNOTATION_KEYWORDS = ["x-lambda", "tsType"];
function createAjv(options = {}) {
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    unicodeRegExp: true,
    allErrors: false,
    ...options
  });
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ["object", "string"] });
  return ajv;
}
var ONLY_2020 = /* @__PURE__ */ new Set(["prefixItems", "unevaluatedProperties", "unevaluatedItems", "dependentSchemas", "dependentRequired", "minContains", "maxContains", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor", "$vocabulary"]);
function usesOnly2020(node) {
  if (Array.isArray(node)) return node.some(usesOnly2020);
  if (node === null || typeof node !== "object") return false;
  return Object.entries(node).some(([k, v]) => ONLY_2020.has(k) || k === "items" && Array.isArray(v) || k !== "const" && k !== "enum" && usesOnly2020(v));
}
function createDraft07Ajv(options = {}) {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, unicodeRegExp: true, allErrors: false, ...options });
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ["object", "string"] });
  return ajv;
}

// generator/codegen/stages/check.ts
import { readFileSync } from "node:fs";

// generator/codegen/toolRoot.ts
import { dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
var TOOL_ROOT = dirname(fileURLToPath(import.meta.url));
var toolPath = (path) => join2(TOOL_ROOT, ...path.split("/"));

// generator/codegen/refs.ts
import { posix } from "node:path";

// generator/codegen/names.ts
var ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z][a-z0-9]*(-[a-z0-9]+)*(\.result)?$/;
var SPELLING = {
  apigateway: "ApiGateway",
  eventbridge: "EventBridge",
  dynamodb: "DynamoDb",
  cloudwatch: "CloudWatch",
  cloudfront: "CloudFront",
  cloudformation: "CloudFormation",
  codecommit: "CodeCommit",
  codepipeline: "CodePipeline",
  codedeploy: "CodeDeploy",
  codebuild: "CodeBuild",
  autoscaling: "AutoScaling",
  cloudtrail: "CloudTrail",
  gamelift: "GameLift",
  guardduty: "GuardDuty",
  appsync: "AppSync",
  stepfunctions: "StepFunctions",
  opsworks: "OpsWorks",
  trustedadvisor: "TrustedAdvisor",
  iot: "IoT",
  msk: "Msk",
  mq: "Mq",
  activemq: "ActiveMq",
  rabbitmq: "RabbitMq",
  documentdb: "DocumentDb",
  url: "Url",
  clientvpn: "ClientVpn",
  sagemaker: "SageMaker",
  workmail: "WorkMail",
  websocket: "WebSocket",
  graphql: "GraphQl",
  secretsmanager: "SecretsManager",
  preprovisioning: "PreProvisioning"
};
var InvalidIdError = class extends Error {
  constructor(id) {
    super(`"${id}" is not a registry id (expected service.variant or service.variant.result, lower-case words joined by "-")`);
    this.id = id;
  }
  id;
  code = "E_ID_INVALID";
};
function assertId(id) {
  if (!ID.test(id)) throw new InvalidIdError(id);
}
function isResultId(id) {
  return id.endsWith(".result");
}
function pascal(words) {
  return words.split(/[-.]/).filter(Boolean).map((w) => SPELLING[w] ?? w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function typeName(id) {
  assertId(id);
  const base = pascal(id.replace(/\.result$/, "").replace(/\.eventbridge-/, "."));
  const suffix = isResultId(id) ? "Result" : "Event";
  const name = base.endsWith(suffix) ? base : base + suffix;
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new InvalidIdError(id);
  return name;
}
function validatorName(id) {
  assertId(id);
  return `validate${pascal(id)}`;
}
function carriedInTypeName(id, carrier) {
  assertId(id);
  return typeName(`${id}-in-${carrier.slice(0, carrier.indexOf("."))}`);
}
function idFromSchemaPath(relPath) {
  const m = /^([^/]+)\/([^/]+)\.schema\.json$/.exec(relPath);
  if (!m || m[1].startsWith("_")) return null;
  const id = `${m[1]}.${m[2]}`;
  return ID.test(id) ? id : null;
}
function schemaUri(id) {
  assertId(id);
  return `urn:lambda-event-registry:${id}`;
}
var outputPath = {
  /** A user's output folder: the module of an id (its validator, type and where it travels). */
  module: (id) => `${id}.js`,
  moduleTypes: (id) => `${id}.d.ts`,
  schema: (id) => `schemas/${id}.schema.json`,
  validator: (id) => `validators/${id}.js`,
  validatorTypes: (id) => `validators/${id}.d.ts`,
  validatorAll: (id) => `validators/${id}.all.js`,
  validatorStrict: (id) => `validators/${id}.strict.js`,
  validatorStrictTypes: (id) => `validators/${id}.strict.d.ts`,
  validatorAllTypes: (id) => `validators/${id}.all.d.ts`,
  sample: (id) => `samples/${id}.json`
};

// generator/runtime/pointer.ts
var escapeToken = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
var unescapeToken = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
var tokens = (pointer) => pointer.split("/").slice(1).map(unescapeToken);

// generator/codegen/refs.ts
var REF = /^(?<file>[^#]*)#\/\$defs\/(?<name>[A-Za-z0-9_]+)$/;
var DATA_KEYWORDS = /* @__PURE__ */ new Set(["const", "enum", "examples", "default", "x-lambda", "description", "title", "$comment"]);
function parseRef(ref, fromFile) {
  const m = REF.exec(ref);
  if (!m?.groups) return null;
  const fileRef = m.groups.file;
  if (/^[a-z]+:/i.test(fileRef) || fileRef.startsWith("/")) return null;
  const file2 = fileRef === "" ? fromFile : posix.normalize(posix.join(posix.dirname(fromFile), fileRef));
  return { file: file2, name: m.groups.name };
}
function visitSchema(node, visit, pointer = "") {
  if (Array.isArray(node)) {
    node.forEach((item, i) => visitSchema(item, visit, `${pointer}/${i}`));
    return;
  }
  if (node === null || typeof node !== "object") return;
  visit(node, pointer);
  for (const [key, value] of Object.entries(node)) {
    if (DATA_KEYWORDS.has(key)) continue;
    visitSchema(value, visit, `${pointer}/${escapeToken(key)}`);
  }
}
function mapRefs(node, rewrite, inData = false) {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, rewrite, inData));
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inData && key === "$ref" && typeof value === "string") out[key] = rewrite(value);
    else out[key] = mapRefs(value, rewrite, inData || DATA_KEYWORDS.has(key));
  }
  return out;
}
function localizeRefs(schema, file2, registry, onTarget) {
  return mapRefs(schema, (ref) => {
    const target = parseRef(ref, file2);
    const def = target && registry.definitions.get(target.name);
    if (!def || def.file !== target.file) throw new Error(`unresolved $ref ${ref} in ${file2}`);
    onTarget?.(def);
    return `#/$defs/${def.name}`;
  });
}
function carriesJson(carries) {
  return carries.map((c) => c.def ? { at: c.at, decode: c.decode, def: c.def.split("#")[1] } : { at: c.at, decode: c.decode, id: c.ids });
}
function bundle(registry, id) {
  const entry = registry.entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  const { $defs: _ownDefs, ...root } = entry.schema;
  const reached = /* @__PURE__ */ new Map();
  const queue = [];
  const enqueue = (def) => {
    if (!reached.has(def.name) && !queue.includes(def)) queue.push(def);
  };
  const bundledRoot = localizeRefs(root, entry.sourcePath, registry, enqueue);
  if (entry.carries.length > 0) {
    for (const c of entry.carries) if (c.def) enqueue(registry.definitions.get(c.def.split("#")[1]));
    bundledRoot["x-lambda"] = { ...bundledRoot["x-lambda"], carries: carriesJson(entry.carries) };
  }
  while (queue.length > 0) {
    const def = queue.shift();
    reached.set(def.name, null);
    reached.set(def.name, localizeRefs(def.schema, def.file, registry, enqueue));
  }
  const { $schema, ...rest } = bundledRoot;
  const out = { $schema: $schema ?? "https://json-schema.org/draft/2020-12/schema", $id: schemaUri(id), ...rest };
  if (reached.size > 0) {
    out.$defs = Object.fromEntries([...reached.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  }
  return out;
}

// generator/codegen/tidy.ts
var DATA = /* @__PURE__ */ new Set(["const", "enum", "examples", "default", "description", "title", "$comment"]);
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var formatSchema = (json2) => JSON.stringify(json2, null, 2) + "\n";
function canonicalRef(fromFile, file2, name) {
  return file2 === fromFile ? `#/$defs/${name}` : `../${file2}#/$defs/${name}`;
}
function refSites(f) {
  const out = [];
  const walk2 = (node, pointer, inData) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk2(n, `${pointer}/${i}`, inData));
    if (!isObject(node)) return;
    for (const [k, v] of Object.entries(node)) {
      const here = `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (!inData && k === "$ref" && typeof v === "string") out.push({ from: f.path, pointer: here, ref: v, target: parseRef(v, f.path) });
      else if (k === "x-lambda" && isObject(v) && Array.isArray(v.carries))
        v.carries.forEach((c, i) => {
          if (isObject(c) && typeof c.ref === "string") out.push({ from: f.path, pointer: `${here}/carries/${i}/ref`, ref: c.ref, target: parseRef(c.ref, f.path) });
        });
      else walk2(v, here, inData || DATA.has(k) || k === "x-lambda");
    }
  };
  walk2(f.json, "", false);
  return out;
}
var isShared = (file2) => file2.startsWith("_shared/");
function unsharedDefinitions(files) {
  const out = /* @__PURE__ */ new Map();
  for (const f of files)
    for (const site of refSites(f)) {
      if (!site.target || site.target.file === f.path || isShared(site.target.file)) continue;
      const key = `${site.target.file}#${site.target.name}`;
      out.set(key, [...out.get(key) ?? [], site]);
    }
  return out;
}

// generator/codegen/model.ts
var INVOCATIONS = ["sync", "async", "poll", "sync-stream", "nested"];
var KINDS = ["event", "result", "nested"];

// generator/codegen/travels.ts
var INVOKE = "invoke";
var CARRIERS = {
  "sqs.batch": { at: "/Records/*/body", decode: ["json"] },
  "sns.notification": { at: "/Records/*/Sns/Message", decode: ["json"] },
  "eventbridge.event": { at: "/detail", decode: [] },
  "kinesis.stream-batch": { at: "/Records/*/kinesis/data", decode: ["base64", "json"] },
  [INVOKE]: { at: "", decode: [] }
};
var EVENTBRIDGE = "eventbridge.event";

// generator/codegen/stages/check.ts
var REGISTRY_CHECK = { audience: "registry" };
var DEF_NAME = /^[A-Z][A-Za-z0-9]*$/;
var file = (f) => `schemas/${f.path}`;
var isObject2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function parseDetect(raw) {
  if (!Array.isArray(raw) || raw.length === 0) return "expected a non-empty array of conditions";
  const out = [];
  for (const [i, c] of raw.entries()) {
    if (!isObject2(c) || typeof c.pointer !== "string" || !/^(\/[^/]*)+$/.test(c.pointer)) return `condition ${i} needs a JSON pointer`;
    const tests = ["equals", "in", "exists", "pattern"].filter((k) => k in c);
    if (tests.length !== 1 || Object.keys(c).length !== 2) return `condition ${i} needs exactly one of equals, in, exists, pattern`;
    if ("equals" in c && !["string", "number", "boolean"].includes(typeof c.equals)) return `condition ${i}: equals takes a string, number or boolean`;
    if ("in" in c && (!Array.isArray(c.in) || c.in.length === 0)) return `condition ${i}: in takes a non-empty array`;
    if ("exists" in c && typeof c.exists !== "boolean") return `condition ${i}: exists takes true or false`;
    if ("pattern" in c) {
      try {
        new RegExp(String(c.pattern), "u");
      } catch (error) {
        return `condition ${i}: ${error.message}`;
      }
    }
    out.push(c);
  }
  return out;
}
function parseTravels(raw, kind, where, bad) {
  if (!Array.isArray(raw)) return [];
  if (kind === "result") {
    bad("is for payloads a function receives; a result is what it returns and travels nowhere", "");
    return [];
  }
  const out = [];
  raw.forEach((t, i) => {
    if (!isObject2(t) || typeof t.in !== "string") return;
    const carrier = CARRIERS[t.in];
    if (!carrier) return bad(`names "${t.in}" in \`in\`: a payload travels in ${Object.keys(CARRIERS).join(", ")}`, where(i));
    const eventBridge = t.in === EVENTBRIDGE;
    if (eventBridge !== (typeof t.source === "string" && typeof t.detailType === "string") || !eventBridge && ("source" in t || "detailType" in t))
      return bad(eventBridge ? "on eventbridge.event needs the `source` and `detailType` rules match on" : `in ${t.in} takes no \`source\` or \`detailType\` (EventBridge only)`, where(i));
    out.push({ in: t.in, at: carrier.at, decode: carrier.decode, ...eventBridge ? { source: t.source, detailType: t.detailType } : {} });
  });
  return out;
}
function parseEntry(f, id, diagnostics, options) {
  const user = options.audience === "user";
  const meta = f.json["x-lambda"];
  if (!isObject2(meta)) {
    diagnostics.push(diag("E_META_MISSING", { field: "(block)" }, file(f), "/x-lambda"));
    return null;
  }
  const before = diagnostics.length;
  if (!validateXLambda(meta))
    for (const e of validateXLambda.errors ?? [])
      diagnostics.push(diag("E_XLAMBDA", { detail: `${e.instancePath || "/"} ${e.message ?? e.keyword}${e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : ""}` }, file(f), `/x-lambda${e.instancePath}`));
  const missing = (field) => diagnostics.push(diag("E_META_MISSING", { field }, file(f), `/x-lambda/${field}`));
  if (meta.id !== id) diagnostics.push(diag("E_META_ID", { expected: id, actual: meta.id }, file(f), "/x-lambda/id"));
  const kind = meta.kind;
  if (!KINDS.includes(kind)) missing("kind");
  else if (kind === "result" !== isResultId(id)) diagnostics.push(diag("E_META_KIND", { id, kind }, file(f), "/x-lambda/kind"));
  const invocation = Array.isArray(meta.invocation) ? meta.invocation : [meta.invocation];
  if (invocation.length === 0 || !invocation.every((i) => INVOCATIONS.includes(i))) missing("invocation");
  const namespace = id.slice(0, id.indexOf("."));
  if (user && options.reserved?.has(namespace)) diagnostics.push(diag("E_NAMESPACE", { id, namespace }, file(f), "/x-lambda/id"));
  if (!user && (typeof meta.docs !== "string" || !meta.docs.startsWith("https://docs.aws.amazon.com/")))
    diagnostics.push(diag("E_DOCS_LINK", { docs: meta.docs }, file(f), "/x-lambda/docs"));
  if (typeof f.json.title !== "string" || f.json.title.trim() === "") missing("(title)");
  if (typeof f.json.description !== "string" || f.json.description.trim() === "") missing("(description)");
  if (meta.result !== void 0 && (typeof meta.result !== "string" || kind === "result")) missing("result");
  let detect = null;
  if (meta.detect === false) {
    if (kind === "result") diagnostics.push(diag("E_DETECT_RESULT", {}, file(f), "/x-lambda/detect"));
  } else if (meta.detect !== void 0) {
    if (kind === "result") diagnostics.push(diag("E_DETECT_RESULT", {}, file(f), "/x-lambda/detect"));
    const parsed = parseDetect(meta.detect);
    if (typeof parsed === "string") diagnostics.push(diag("E_DETECT_RULE", { detail: parsed }, file(f), "/x-lambda/detect"));
    else detect = parsed;
  } else if (kind === "event" && !user) {
    diagnostics.push(diag("E_DETECT_RULE", { detail: "events need a detection rule, or `false` when no rule can identify them" }, file(f), "/x-lambda/detect"));
  }
  const carries = [];
  if (user && meta.carries !== void 0) {
    diagnostics.push(diag("E_CARRIES", { detail: "is for the registry's events; say where your payload travels with `travels`" }, file(f), "/x-lambda/carries"));
  } else if (meta.carries !== void 0) {
    const raw = Array.isArray(meta.carries) ? meta.carries : [];
    if (raw.length === 0) diagnostics.push(diag("E_CARRIES", { detail: "expected a non-empty array" }, file(f), "/x-lambda/carries"));
    raw.forEach((c, i) => {
      const where = `/x-lambda/carries/${i}`;
      const bad = (detail) => diagnostics.push(diag("E_CARRIES", { detail }, file(f), where));
      if (!isObject2(c) || typeof c.at !== "string" || !/^(\/[^/]*)+$/.test(c.at)) return bad("`at` must be a JSON pointer (`*` for every array item)");
      const decode = c.decode;
      if (!Array.isArray(decode) || decode.length === 0 || !decode.every((d) => d === "base64" || d === "gzip" || d === "json") || decode[decode.length - 1] !== "json")
        return bad("`decode` lists base64, gzip and json steps and ends with json");
      const ids = typeof c.id === "string" ? [c.id] : Array.isArray(c.id) && c.id.every((x) => typeof x === "string") ? c.id : [];
      const ref = typeof c.ref === "string" ? parseRef(c.ref, f.path) : null;
      if (ids.length > 0 === (ref !== null)) return bad("give exactly one of `id` (registry ids) or `ref` (a definition, like $ref)");
      carries.push({ at: c.at, decode, ids, def: ref ? `${ref.file}#${ref.name}` : null });
    });
  }
  const travelsBad = (detail, pointer) => diagnostics.push(diag("E_TRAVELS", { detail }, file(f), `/x-lambda/travels${pointer}`));
  if (!user && meta.travels !== void 0) travelsBad("is for users' schemas (lambda-events-codegen): registry payloads say what they carry with `carries`", "");
  const travels = user ? parseTravels(meta.travels, kind, (i) => `/${i}`, travelsBad) : [];
  const typeParameters = Array.isArray(meta.typeParameters) ? meta.typeParameters : [];
  if (meta.typeParameters !== void 0 && !typeParameters.every((p) => isObject2(p) && /^T[A-Za-z0-9]*$/.test(String(p.name))))
    missing("typeParameters");
  const unions = Array.isArray(meta.unions) ? meta.unions : [];
  if (meta.unions !== void 0 && (!Array.isArray(meta.unions) || !unions.every((u) => typeof u === "string" && /^[A-Z][A-Za-z0-9]*$/.test(u))))
    missing("unions");
  if (diagnostics.length > before) return null;
  return {
    id,
    kind,
    invocation,
    // "self": the invoker reads back the event it sent, with `response` filled (Cognito user pool triggers).
    result: meta.result === "self" ? id : meta.result ?? null,
    docs: typeof meta.docs === "string" ? meta.docs : "",
    detect,
    carries,
    travels,
    title: f.json.title,
    description: f.json.description,
    typeParameters,
    unions,
    sourcePath: f.path,
    schema: f.json,
    typeName: typeName(id)
  };
}
var validateXLambda = createAjv({ allErrors: true, strictRequired: false }).compile(
  JSON.parse(readFileSync(toolPath("generator/codegen/x-lambda.schema.json"), "utf8"))
);
var rules = /* @__PURE__ */ new Map();
var REGISTRY_ONLY = /* @__PURE__ */ new Set();
var registryRule = (sentence, rule) => {
  rules.set(sentence, rule);
  REGISTRY_ONLY.add(sentence);
};
rules.set(
  "Source schemas carry no $id: the file path is their identity",
  (files) => files.filter((f) => "$id" in f.json).map((f) => diag("E_HAS_ID", {}, file(f), "/$id"))
);
rules.set("Every $ref names a definition that exists in schemas/", (files, registry) => {
  const out = [];
  for (const f of files) {
    visitSchema(f.json, (node, pointer) => {
      if (typeof node.$ref !== "string") return;
      const target = parseRef(node.$ref, f.path);
      if (!target) out.push(diag("E_REF_SHAPE", { ref: node.$ref }, file(f), `${pointer}/$ref`));
      else if (registry.definitions.get(target.name)?.file !== target.file)
        out.push(diag("E_REF_UNRESOLVED", { ref: node.$ref }, file(f), `${pointer}/$ref`));
    });
  }
  return out;
});
registryRule("Validators tolerate unknown properties: no additionalProperties false", (files) => {
  const out = [];
  for (const f of files)
    visitSchema(f.json, (node, pointer) => {
      if (node.additionalProperties === false || node.unevaluatedProperties === false)
        out.push(diag("E_NO_ADDITIONAL_FALSE", {}, file(f), pointer));
    });
  return out;
});
rules.set("An object without declared properties says what its values are (additionalProperties), so its type is not {}", (files) => {
  const out = [];
  for (const f of files)
    visitSchema(f.json, (node, pointer) => {
      const types2 = Array.isArray(node.type) ? node.type : [node.type];
      if (!types2.includes("object") || "tsType" in node) return;
      if (!("properties" in node) && !("additionalProperties" in node) && !("patternProperties" in node))
        out.push(diag("E_OPEN_OBJECT", {}, file(f), pointer));
    });
  return out;
});
rules.set("Validation costs no more than a regex: no format keyword (write a pattern)", (files) => {
  const out = [];
  for (const f of files) visitSchema(f.json, (node, pointer) => void (typeof node.format === "string" && out.push(diag("E_FORMAT", { format: node.format }, file(f), `${pointer}/format`))));
  return out;
});
rules.set('An event names an existing result; "<event id>.result", when it exists, is that result', (_files, registry) => {
  const out = [];
  const results = new Set(registry.entries.filter((e) => e.kind === "result").map((e) => e.id));
  for (const e of registry.entries) {
    if (e.kind === "result") continue;
    const own = `${e.id}.result`;
    if (e.result === null) {
      if (results.has(own)) out.push(diag("E_RESULT_PAIR", { result: "(none)", expected: own }, `schemas/${e.sourcePath}`, "/x-lambda"));
    } else if (e.result === e.id) continue;
    else if (!results.has(e.result)) out.push(diag("E_RESULT_UNKNOWN", { result: e.result }, `schemas/${e.sourcePath}`, "/x-lambda/result"));
    else if (results.has(own) && e.result !== own)
      out.push(diag("E_RESULT_PAIR", { result: e.result, expected: own }, `schemas/${e.sourcePath}`, "/x-lambda/result"));
  }
  return out;
});
rules.set("A carried payload names registry ids or a definition that exist", (_files, registry) => {
  const out = [];
  const ids = new Set(registry.entries.map((e) => e.id));
  for (const e of registry.entries)
    e.carries.forEach((c, i) => {
      const where = `/x-lambda/carries/${i}`;
      for (const id of c.ids) if (!ids.has(id)) out.push(diag("E_CARRIES", { detail: `no id "${id}" in the registry` }, `schemas/${e.sourcePath}`, where));
      if (c.def) {
        const [defFile, name] = c.def.split("#");
        if (registry.definitions.get(name)?.file !== defFile) out.push(diag("E_CARRIES", { detail: `no definition ${c.def}` }, `schemas/${e.sourcePath}`, where));
      }
    });
  return out;
});
rules.set("No two detection rules are the same", (_files, registry) => {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const e of registry.entries) {
    if (!e.detect) continue;
    const key = JSON.stringify([...e.detect].map((c) => JSON.stringify(c)).sort());
    const other = seen.get(key);
    if (other) out.push(diag("E_DETECT_DUPLICATE", { other }, `schemas/${e.sourcePath}`, "/x-lambda/detect"));
    else seen.set(key, e.id);
  }
  return out;
});
rules.set("A detection pattern skips ahead lazily: .*? rather than .* (a greedy .* runs to the end of a long body and back)", (_files, registry) => {
  const out = [];
  for (const e of registry.entries)
    (e.detect ?? []).forEach((c, i) => {
      if ("pattern" in c && /(^|[^\\])\.\*(?!\?)/.test(c.pattern)) out.push(diag("E_DETECT_GREEDY", { pattern: c.pattern }, `schemas/${e.sourcePath}`, `/x-lambda/detect/${i}/pattern`));
    });
  return out;
});
rules.set("Definition names are not the type name of an id", (_files, registry) => {
  const byType = new Map(registry.entries.map((e) => [e.typeName, e.id]));
  return [...registry.definitions.values()].filter((d) => byType.has(d.name)).map((d) => diag("E_DEF_SHADOWS_TYPE", { name: d.name, id: byType.get(d.name) }, `schemas/${d.file}`, `/$defs/${d.name}`));
});
registryRule("A $ref has one spelling: #/$defs/Name in the same file, ../<folder>/<file>#/$defs/Name otherwise", (files) => {
  const out = [];
  for (const f of files)
    for (const site of refSites(f)) {
      if (!site.target) continue;
      const expected = canonicalRef(f.path, site.target.file, site.target.name);
      if (site.ref !== expected) out.push(diag("E_REF_SPELLING", { ref: site.ref, expected }, file(f), site.pointer));
    }
  return out;
});
registryRule(
  "A definition that more than one file uses lives in schemas/_shared/",
  (files) => [...unsharedDefinitions(files).entries()].map(([key, sites]) => {
    const [defFile, name] = key.split("#");
    return diag("E_DEF_NOT_SHARED", { name, users: [...new Set(sites.map((s) => `schemas/${s.from}`))] }, `schemas/${defFile}`, `/$defs/${name}`);
  })
);
registryRule(
  "Schema files are formatted one way: JSON.stringify(schema, null, 2) and a newline",
  (files) => files.filter((f) => f.text !== void 0 && f.text !== formatSchema(f.json)).map((f) => diag("E_FILE_FORMAT", {}, file(f)))
);
registryRule("Every pattern is anchored at both ends", (files) => {
  const out = [];
  for (const f of files)
    visitSchema(f.json, (node, pointer) => {
      if (typeof node.pattern === "string" && !(node.pattern.startsWith("^") && /(^|[^\\])\$$/.test(node.pattern)))
        out.push(diag("E_PATTERN_ANCHOR", { pattern: node.pattern }, file(f), `${pointer}/pattern`));
    });
  return out;
});
rules.set("A detection rule's constant is one the schema allows at that pointer", (_files, registry) => {
  const out = [];
  for (const e of registry.entries) {
    if (!e.detect) continue;
    let schema;
    try {
      schema = bundle(registry, e.id);
    } catch {
      continue;
    }
    e.detect.forEach((c, i) => {
      const values = "equals" in c ? [c.equals] : "in" in c ? c.in : null;
      if (!values) return;
      const allowed = allowedAt(schema, schema, c.pointer.split("/").slice(1));
      if (allowed === null) return;
      const bad = values.filter((v) => !allowed.some((a) => a === v));
      if (bad.length > 0) out.push(diag("E_DETECT_CONST", { pointer: c.pointer, value: bad.length === 1 ? bad[0] : bad, allowed }, `schemas/${e.sourcePath}`, `/x-lambda/detect/${i}`));
    });
  }
  return out;
});
function allowedAt(root, node, tokens2, depth = 0) {
  if (!isObject2(node) || depth > 64) return null;
  if (typeof node.$ref === "string") {
    const name = /^#\/\$defs\/(\w+)$/.exec(node.$ref)?.[1];
    return name ? allowedAt(root, root.$defs?.[name] ?? null, tokens2, depth + 1) : null;
  }
  let result = null;
  const intersect = (values) => {
    if (values === null) return;
    result = result === null ? values : result.filter((v) => values.includes(v));
  };
  if (tokens2.length === 0) {
    if ("const" in node) intersect([node.const]);
    if (Array.isArray(node.enum)) intersect(node.enum);
  } else {
    const [head, ...rest] = tokens2;
    const props = node.properties;
    if (isObject2(props) && head in props) intersect(allowedAt(root, props[head], rest, depth + 1));
    if (/^(\d+|\*)$/.test(head) && node.items !== void 0) intersect(allowedAt(root, node.items, rest, depth + 1));
  }
  if (Array.isArray(node.allOf)) for (const b of node.allOf) intersect(allowedAt(root, b, tokens2, depth + 1));
  for (const k of ["anyOf", "oneOf"]) {
    const branches = node[k];
    if (!Array.isArray(branches)) continue;
    const each = branches.map((b) => allowedAt(root, b, tokens2, depth + 1));
    if (each.every((v) => v !== null)) intersect([...new Set(each.flat())]);
  }
  return result;
}
var DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
var COMPILE_RULE = "Every schema compiles in ajv strict mode against the 2020-12 meta-schema";
rules.set(COMPILE_RULE, (_files, registry) => {
  const out = [];
  const ajv = createAjv();
  for (const e of registry.entries) {
    const schema = bundle(registry, e.id);
    if (schema.$schema !== DRAFT_2020_12) {
      out.push(diag("E_META_SCHEMA", { detail: `$schema is ${JSON.stringify(schema.$schema)}; schemas are read as draft 2020-12 only ("${DRAFT_2020_12}", or no $schema)` }, `schemas/${e.sourcePath}`, "/$schema"));
      continue;
    }
    if (!ajv.validateSchema(schema)) {
      out.push(diag("E_META_SCHEMA", { detail: ajv.errorsText(ajv.errors) }, `schemas/${e.sourcePath}`));
      continue;
    }
    try {
      ajv.compile(schema);
    } catch (error) {
      out.push(diag("E_AJV_STRICT", { detail: error.message }, `schemas/${e.sourcePath}`));
    }
  }
  return out;
});
function buildModel(files, options = REGISTRY_CHECK) {
  const diagnostics = [];
  const definitions = /* @__PURE__ */ new Map();
  const entries = [];
  for (const f of files) {
    const defs = f.json.$defs;
    if (isObject2(defs)) {
      for (const [name, schema] of Object.entries(defs)) {
        if (!DEF_NAME.test(name)) diagnostics.push(diag("E_DEF_NAME", { name }, file(f), `/$defs/${name}`));
        const other = definitions.get(name);
        if (other) diagnostics.push(diag("E_DEF_DUPLICATE", { name, other: `schemas/${other.file}` }, file(f), `/$defs/${name}`));
        else if (isObject2(schema)) definitions.set(name, { name, file: f.path, schema });
      }
    }
    if (f.path.startsWith("_shared/")) continue;
    const id = idFromSchemaPath(f.path);
    if (!id) {
      diagnostics.push(diag("E_SCHEMA_PATH", { path: f.path }, file(f)));
      continue;
    }
    const entry = parseEntry(f, id, diagnostics, options);
    if (entry) entries.push(entry);
  }
  entries.sort((a, b) => a.id < b.id ? -1 : 1);
  return { registry: { entries, definitions }, diagnostics };
}
function check(files, options = REGISTRY_CHECK) {
  const { registry, diagnostics } = buildModel(files, options);
  for (const [sentence, rule] of rules) {
    if (options.audience === "user" && REGISTRY_ONLY.has(sentence)) continue;
    if (sentence === COMPILE_RULE && diagnostics.length > 0) break;
    diagnostics.push(...rule(files, registry));
  }
  return { registry, diagnostics };
}

// generator/codegen/stages/types.ts
import { compile } from "json-schema-to-typescript";

// generator/codegen/eventbridge.ts
var ENVELOPE = /#\/\$defs\/EventBridgeEnvelope$/;
var isObject3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var literals = (node) => {
  if (!isObject3(node)) return null;
  if (typeof node.const === "string") return [node.const];
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === "string")) return node.enum;
  return null;
};
function eventBridgeShape(entry) {
  const allOf = entry.schema.allOf;
  if (entry.kind !== "event" || !Array.isArray(allOf) || allOf.length !== 2) return null;
  const [envelope, own] = allOf;
  if (!isObject3(envelope) || typeof envelope.$ref !== "string" || !ENVELOPE.test(envelope.$ref) || !isObject3(own) || !isObject3(own.properties)) return null;
  const props = own.properties;
  const detailTypes = literals(props["detail-type"]);
  const source = literals(props.source);
  const detail = isObject3(props.detail) && typeof props.detail.$ref === "string" ? /#\/\$defs\/(\w+)$/.exec(props.detail.$ref)?.[1] : void 0;
  if (!detailTypes || !detail || source !== null && source.length !== 1) return null;
  return { detailTypes, source: source?.[0] ?? null, detail };
}
function eventBridgeType(shape) {
  const union = (values) => values.map((v) => JSON.stringify(v).replace(/^"|"$/g, "'")).join(" | ");
  return `EventBridgeEvent<${union(shape.detailTypes)}, ${shape.detail}, ${shape.source === null ? "string" : union([shape.source])}>`;
}

// generator/codegen/stages/types.ts
var ROOT = "LambdaEventRegistryRoot";
function toDefinitions(schema) {
  const renamed = mapRefs(schema, (ref) => ref.replace("#/$defs/", "#/definitions/"));
  const strip = (node, inData) => {
    if (Array.isArray(node)) return node.map((n) => strip(n, inData));
    if (node === null || typeof node !== "object") return node;
    if (!inData && typeof node.$ref === "string") return { $ref: node.$ref };
    if (!inData) node = dropConstraintOnlyCombinators(node);
    const entries = Object.entries(node).filter(([k, v]) => inData || k !== "title" || typeof v !== "string");
    return Object.fromEntries(entries.map(([k, v]) => [k, strip(v, inData || k === "const" || k === "enum" || k === "x-lambda")]));
  };
  return strip(renamed, false);
}
var CONSTRAINT_ONLY = /* @__PURE__ */ new Set(["required", "description", "title", "not", "$comment"]);
function isConstraintOnly(branch) {
  if (branch === null || typeof branch !== "object" || Array.isArray(branch)) return false;
  return Object.entries(branch).every(
    ([k, v]) => CONSTRAINT_ONLY.has(k) || k === "properties" && v !== null && typeof v === "object" && Object.values(v).every((p) => p === true)
  );
}
function dropConstraintOnlyCombinators(node) {
  const out = { ...node };
  for (const k of ["anyOf", "oneOf", "allOf"]) {
    const branches = out[k];
    if (Array.isArray(branches) && branches.every(isConstraintOnly)) delete out[k];
  }
  if (out.not !== void 0 && isConstraintOnly(out.not)) delete out.not;
  return out;
}
function docOf(description, docs) {
  return docs ? `${description}

@see ${docs}` : description;
}
function prepare(schema, title, description) {
  const { $defs: _defs, $schema: _schema, "x-lambda": _meta, title: _title, ...rest } = schema;
  const out = { ...rest, title };
  if (description !== void 0) out.description = description;
  return out;
}
async function types(registry) {
  const defs = {};
  for (const def of [...registry.definitions.values()].sort((a, b) => a.name < b.name ? -1 : 1)) {
    const localized = toDefinitions(localizeRefs(def.schema, def.file, registry));
    defs[def.name] = prepare(localized, def.name, def.schema.description ?? void 0);
  }
  for (const e of registry.entries) {
    const doc = docOf(`${e.title}.

${e.description}`, e.docs);
    const shape = eventBridgeShape(e);
    if (shape) {
      defs[e.typeName] = { title: e.typeName, description: doc, tsType: eventBridgeType(shape) };
      continue;
    }
    const localized = toDefinitions(localizeRefs(e.schema, e.sourcePath, registry));
    defs[e.typeName] = prepare(localized, e.typeName, doc);
  }
  const slots = typeSlots(defs, registry);
  if (slots.diagnostics.length > 0) return { declarations: "", diagnostics: slots.diagnostics };
  const root = { title: ROOT, type: "object", additionalProperties: false, definitions: defs };
  let ts;
  try {
    ts = await compile(root, ROOT, {
      bannerComment: "",
      additionalProperties: false,
      unreachableDefinitions: true,
      declareExternallyReferenced: true,
      enableConstEnums: false,
      ignoreMinAndMaxItems: true,
      strictIndexSignatures: false,
      format: true,
      $refOptions: { resolve: { external: false } }
    });
  } catch (error) {
    return { declarations: "", diagnostics: [diag("E_TYPES", { detail: error.message })] };
  }
  return tidy(ts, registry, slots.generic);
}
function declarations(ts) {
  return ts.split(/\n(?=\/\*\*|export )/).reduce((acc, chunk) => {
    if (acc.length > 0 && acc[acc.length - 1].trimStart().startsWith("/**") && !/\*\/\s*\n?export /.test(acc[acc.length - 1]))
      acc[acc.length - 1] += "\n" + chunk;
    else acc.push(chunk);
    return acc;
  }, []).map((d) => d.trim()).filter((d) => d.length > 0);
}
function tidy(ts, registry, generic) {
  const diagnostics = [];
  const params = new Map(registry.entries.flatMap((e) => e.typeParameters.map((p) => [p.name, p])));
  const expected = /* @__PURE__ */ new Set([...registry.definitions.keys(), ...registry.entries.map((e) => e.typeName)]);
  const out = [];
  for (let decl of declarations(ts.replace(/\n \*\n \* This interface was referenced by `\w+`'s JSON-Schema\n \* via the `definition` "\w+"\./g, ""))) {
    const name = /export (?:interface|type) (\w+)/.exec(decl)?.[1];
    if (!name) {
      diagnostics.push(diag("E_TYPE_NAME", { detail: `unexpected output: ${decl.slice(0, 80)}` }));
      continue;
    }
    if (name === ROOT) continue;
    if (!expected.has(name)) diagnostics.push(diag("E_TYPE_NAME", { detail: `"${name}" is not a definition or id type name (a duplicate?)` }));
    const used = generic.get(name) ?? [...params.values()].filter((p) => new RegExp(`\\b${p.name}\\b`).test(decl));
    if (used.length > 0) {
      const list = used.map((p) => `${p.name}${p.constraint ? ` extends ${p.constraint}` : ""}${p.default ? ` = ${p.default}` : ""}`).join(", ");
      decl = decl.replace(new RegExp(`export (interface|type) ${name}\\b`), `export $1 ${name}<${list}>`);
    }
    out.push(decl);
  }
  return { declarations: out.join("\n\n") + "\n", diagnostics };
}
function slotsOf(p) {
  return p.at === void 0 ? [] : Array.isArray(p.at) ? p.at : [p.at];
}
function typeSlots(defs, registry) {
  const generic = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const takes = (name, p) => {
    const list = generic.get(name) ?? generic.set(name, []).get(name);
    if (!list.some((q) => q.name === p.name)) list.push(p);
  };
  const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const rewritten = /* @__PURE__ */ new Map();
  const walk2 = (node, rest, p) => {
    if (rest.length === 0) {
      delete node.$ref;
      node.tsType = p.name;
      return true;
    }
    const ref = rewritten.get(node) ?? (typeof node.$ref === "string" ? node.$ref : void 0);
    if (ref !== void 0) {
      const name = ref.replace("#/definitions/", "");
      const def = defs[name];
      if (!isObj(def) || !walk2(def, rest, p)) return false;
      takes(name, p);
      const { $ref: _ref, ...keep } = node;
      for (const k of Object.keys(node)) delete node[k];
      Object.assign(node, keep, { tsType: `${name}<${(generic.get(name) ?? []).map((q) => q.name).join(", ")}>` });
      rewritten.set(node, ref);
      return true;
    }
    const branches = ["allOf", "anyOf", "oneOf"].flatMap((k) => Array.isArray(node[k]) ? node[k].filter(isObj) : []);
    const own = branches.filter((b) => b.$ref === void 0 && !rewritten.has(b));
    let found = false;
    for (const b of own) if (walk2(b, rest, p)) found = true;
    if (!found) {
      for (const b of branches) if (!own.includes(b) && walk2(b, rest, p)) found = true;
    }
    if (found) return true;
    const [token, ...tail] = rest;
    const next = token === "*" ? isObj(node.items) ? node.items : node.additionalProperties : isObj(node.properties) ? node.properties[token] : void 0;
    return isObj(next) ? walk2(next, tail, p) : false;
  };
  for (const e of registry.entries) {
    for (const p of e.typeParameters) {
      for (const at of slotsOf(p)) {
        const root = defs[e.typeName];
        if (isObj(root) && walk2(root, tokens(at), p)) takes(e.typeName, p);
        else diagnostics.push(diag("E_TYPE_SLOT", { at, detail: "does not lead to a value of this schema" }, `schemas/${e.sourcePath}`, "/x-lambda/typeParameters"));
      }
    }
  }
  for (const e of registry.entries) if (generic.has(e.typeName)) generic.set(e.typeName, e.typeParameters);
  return { generic, diagnostics };
}

// generator/codegen/stages/validators.ts
import * as standaloneModule from "ajv/dist/standalone/index.js";
import { build } from "esbuild";

// generator/codegen/banner.ts
var REGENERATE = "npm run generate";
function banner(source, command = REGENERATE) {
  return `// ${jsonBanner(source, command)}
`;
}
function jsonBanner(source, command = REGENERATE) {
  return `Generated from ${source} by \`${command}\`. Do not edit: change the schema and regenerate.`;
}

// generator/codegen/stages/pattern-code.ts
var SPECIAL = /* @__PURE__ */ new Set([..."\\^$.|?*+()[]{}"]);
var LITERAL_ESCAPES = /* @__PURE__ */ new Set([...".-/\\^$|?*+()[]{}"]);
function parse(pattern) {
  if (!pattern.startsWith("^")) return null;
  let i = 1;
  const atoms = [];
  let end = false;
  const ascii = (c) => c.charCodeAt(0) < 128;
  while (i < pattern.length) {
    const ch = pattern[i];
    let ranges;
    if (ch === "$") {
      if (i !== pattern.length - 1) return null;
      end = true;
      break;
    } else if (ch === "\\") {
      const next = pattern[i + 1];
      if (next === "d") ranges = [[48, 57]];
      else if (next !== void 0 && LITERAL_ESCAPES.has(next)) ranges = [[next.charCodeAt(0), next.charCodeAt(0)]];
      else return null;
      i += 2;
    } else if (ch === "[") {
      const close = classItems(pattern, i + 1);
      if (!close) return null;
      ranges = close.ranges;
      i = close.next;
    } else if (SPECIAL.has(ch) || !ascii(ch)) return null;
    else {
      ranges = [[ch.charCodeAt(0), ch.charCodeAt(0)]];
      i++;
    }
    const q = quantifier(pattern, i);
    if (!q) return null;
    atoms.push({ ranges, min: q.min, max: q.max });
    i = q.next;
  }
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    if (a.min === a.max || k === atoms.length - 1) continue;
    const b = atoms[k + 1];
    if (b.min === 0 || overlaps(a.ranges, b.ranges)) return null;
  }
  return { atoms, end };
}
function classItems(pattern, start) {
  if (pattern[start] === "^" || pattern[start] === "]") return null;
  const ranges = [];
  let i = start;
  const char = () => {
    const c = pattern[i];
    if (c === void 0 || c.charCodeAt(0) >= 128 || c === "[") return null;
    if (c === "\\") {
      const next = pattern[i + 1];
      if (next === void 0 || !LITERAL_ESCAPES.has(next)) return null;
      i += 2;
      return next.charCodeAt(0);
    }
    i++;
    return c.charCodeAt(0);
  };
  while (pattern[i] !== "]") {
    if (pattern[i] === "\\" && pattern[i + 1] === "d") {
      ranges.push([48, 57]);
      i += 2;
      continue;
    }
    const from = char();
    if (from === null) return null;
    if (pattern[i] === "-" && pattern[i + 1] !== "]" && pattern[i + 1] !== void 0) {
      i++;
      const to = char();
      if (to === null || to < from) return null;
      ranges.push([from, to]);
    } else ranges.push([from, from]);
  }
  return { ranges, next: i + 1 };
}
function quantifier(pattern, i) {
  const c = pattern[i];
  let q;
  if (c === "*") q = { min: 0, max: Infinity, next: i + 1 };
  else if (c === "+") q = { min: 1, max: Infinity, next: i + 1 };
  else if (c === "?") q = { min: 0, max: 1, next: i + 1 };
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (!m) return null;
    const min = Number(m[1]);
    const max = m[2] === void 0 ? min : m[3] === "" ? Infinity : Number(m[3]);
    if (max < min) return null;
    q = { min, max, next: i + m[0].length };
  } else return { min: 1, max: 1, next: i };
  return pattern[q.next] === "?" ? null : q;
}
function overlaps(a, b) {
  return a.some(([lo, hi]) => b.some(([l, h]) => lo <= h && l <= hi));
}
function patternFunctionBody(pattern) {
  const parsed = parse(pattern);
  if (!parsed) return null;
  const cond = (ranges) => ranges.map(([lo, hi]) => lo === hi ? `c === ${lo}` : `(c >= ${lo} && c <= ${hi})`).join(" || ");
  const lines = ["let i = 0;", "let c;"];
  for (const a of parsed.atoms) {
    const test = cond(a.ranges);
    if (a.min === 1 && a.max === 1) lines.push(`c = s.charCodeAt(i);`, `if (!(${test})) return false;`, "i++;");
    else if (a.min === a.max) lines.push(`for (let n = 0; n < ${a.min}; n++) {`, "c = s.charCodeAt(i);", `if (!(${test})) return false;`, "i++;", "}");
    else {
      const bound = a.max === Infinity ? "" : ` && i - start < ${a.max}`;
      lines.push("{", "const start = i;", `while (i < s.length${bound}) {`, "c = s.charCodeAt(i);", `if (!(${test})) break;`, "i++;", "}");
      if (a.min > 0) lines.push(`if (i - start < ${a.min}) return false;`);
      lines.push("}");
    }
  }
  lines.push(parsed.end ? "return i === s.length;" : "return true;");
  return lines.join("\n");
}

// generator/codegen/stages/check-code.ts
var IGNORED = /* @__PURE__ */ new Set(["$schema", "$id", "$comment", "$defs", "title", "description", "examples", "default", "deprecated", "x-lambda", "tsType", "then", "else"]);
var GROUPS = {
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"],
  string: ["pattern", "minLength", "maxLength"],
  array: ["items", "minItems", "maxItems"],
  object: ["required", "properties", "additionalProperties", "minProperties", "maxProperties"]
};
var UNTYPED = ["type", "$ref", "const", "enum", "allOf", "anyOf", "oneOf", "not", "if"];
var SUPPORTED = /* @__PURE__ */ new Set([...IGNORED, ...UNTYPED, ...Object.values(GROUPS).flat()]);
var HOLE = "\0";
var IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
var prop = (v, key) => IDENT.test(key) ? `${v}.${key}` : `${v}[${JSON.stringify(key)}]`;
function typeTest(type, v) {
  switch (type) {
    case "string":
      return `typeof ${v} === "string"`;
    case "boolean":
      return `typeof ${v} === "boolean"`;
    case "null":
      return `${v} === null`;
    case "number":
      return `(typeof ${v} === "number" && isFinite(${v}))`;
    case "integer":
      return `(typeof ${v} === "number" && !(${v} % 1) && !isNaN(${v}) && isFinite(${v}))`;
    case "array":
      return `Array.isArray(${v})`;
    case "object":
      return `(${v} !== null && typeof ${v} === "object" && !Array.isArray(${v}))`;
    default:
      throw new Error(`check-code: unknown type ${JSON.stringify(type)}`);
  }
}
var ANY_TAIL = "[\\s\\S]*$";
function withoutAnyTail(pattern) {
  if (!pattern.endsWith(ANY_TAIL)) return pattern;
  const head = pattern.slice(0, -ANY_TAIL.length);
  let inClass = false;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === "\\") i++;
    else if (head[i] === "[") inClass = true;
    else if (head[i] === "]") inClass = false;
  }
  const trailingBackslashes = /\\*$/.exec(head)[0].length;
  return inClass || trailingBackslashes % 2 === 1 ? pattern : head;
}
var isObject4 = (n) => n !== null && typeof n === "object" && !Array.isArray(n);
function compileCheckScript(root) {
  const defs = isObject4(root.$defs ?? null) ? root.$defs : {};
  const functions = [];
  const defCode = /* @__PURE__ */ new Map();
  const patterns = /* @__PURE__ */ new Map();
  let vars = 0;
  let branches = 0;
  let needsLength = false;
  const fresh = () => `v${vars++}`;
  const toStmts = (checks) => checks.map((c) => "expr" in c ? `if (!(${c.expr})) return false;` : c.stmts).join("\n");
  const asExpr = (checks) => checks.every((c) => "expr" in c) ? checks.length === 0 ? "true" : checks.map((c) => c.expr).join(" && ") : null;
  const predicate = (node) => {
    const checks = compile2(node, HOLE);
    const expr = asExpr(checks);
    if (expr !== null) return (v) => `(${expr.split(HOLE).join(v)})`;
    const name = `b${branches++}`;
    functions.push(`function ${name}(x) {
${toStmts(checks).split(HOLE).join("x")}
return true;
}`);
    return (v) => `${name}(${v})`;
  };
  const defTest = (ref, v) => {
    const m = /^#\/\$defs\/([A-Za-z0-9_]+)$/.exec(ref);
    if (!m || !Object.hasOwn(defs, m[1])) throw new Error(`check-code: $ref ${ref} does not name a definition of the bundled schema`);
    const def = m[1];
    let compiled = defCode.get(def);
    if (!compiled) {
      compiled = { name: `d_${def}`, inline: null, recursive: false };
      defCode.set(def, compiled);
      const slot = functions.length;
      functions.push("");
      const checks = compile2(defs[def], HOLE);
      const expr = asExpr(checks);
      if (expr !== null && !compiled.recursive) {
        compiled.inline = expr;
      } else functions[slot] = `function ${compiled.name}(x) {
${toStmts(checks).split(HOLE).join("x")}
return true;
}`;
      compiled.done = true;
    }
    if (!compiled.done) compiled.recursive = true;
    return compiled.inline !== null ? `(${compiled.inline.split(HOLE).join(v)})` : `${compiled.name}(${v})`;
  };
  const patternTest = (pattern, v) => {
    const source = withoutAnyTail(pattern);
    if (!patterns.has(source)) patterns.set(source, { name: `p${patterns.size}`, body: patternFunctionBody(source) });
    const { name, body: body2 } = patterns.get(source);
    return body2 === null ? `${name}.test(${v})` : `${name}(${v})`;
  };
  const dispatchKeys = (alternatives2) => {
    const keys = [];
    for (const b of alternatives2) {
      if (!isObject4(b) || b.type !== "object" || !Array.isArray(b.required)) return null;
      const own = b.required.find((k) => !(k in Object.prototype));
      if (own === void 0) return null;
      keys.push(own);
    }
    return new Set(keys).size === keys.length && alternatives2.length > 2 ? keys : null;
  };
  function compile2(node, v) {
    if (node === true) return [];
    if (node === false) return [{ expr: "false" }];
    if (!isObject4(node)) throw new Error(`check-code: a schema must be an object or a boolean, got ${JSON.stringify(node)}`);
    for (const k of Object.keys(node)) if (!SUPPORTED.has(k)) throw new Error(`check-code: keyword ${k} is not supported; add it to generator/codegen/stages/check-code.ts`);
    if (node.then !== void 0 || node.else !== void 0) {
      if (node.if === void 0) throw new Error("check-code: then/else without if");
    }
    const out = [];
    const types2 = node.type === void 0 ? [] : Array.isArray(node.type) ? node.type : [node.type];
    if (types2.length > 0) out.push({ expr: types2.length === 1 ? typeTest(types2[0], v) : `(${types2.map((t) => typeTest(t, v)).join(" || ")})` });
    if (typeof node.$ref === "string") out.push({ expr: defTest(node.$ref, v) });
    if ("const" in node) out.push({ expr: `${v} === ${JSON.stringify(node.const)}` });
    if (Array.isArray(node.enum)) {
      if (node.enum.some((e) => e !== null && typeof e === "object")) throw new Error("check-code: enum of objects or arrays is not supported");
      out.push({ expr: node.enum.length === 0 ? "false" : `(${node.enum.map((e) => `${v} === ${JSON.stringify(e)}`).join(" || ")})` });
    }
    for (const [group, keywords] of Object.entries(GROUPS)) {
      if (!keywords.some((k) => k in node)) continue;
      const checks = group === "number" ? numberChecks(node, v) : group === "string" ? stringChecks(node, v) : group === "array" ? arrayChecks(node, v) : objectChecks(node, v);
      if (checks.length === 0) continue;
      const settled = types2.length === 1 && (types2[0] === group || group === "number" && types2[0] === "integer");
      if (settled) out.push(...checks);
      else {
        const gate = group === "number" ? typeTest("number", v) : typeTest(group, v);
        const expr = asExpr(checks);
        out.push(expr !== null ? { expr: `(!(${gate}) || (${expr}))` } : { stmts: `if (${gate}) {
${toStmts(checks)}
}` });
      }
    }
    if (Array.isArray(node.allOf)) for (const sub of node.allOf) out.push(...compile2(sub, v));
    if (Array.isArray(node.anyOf)) out.push(...alternatives(node.anyOf, v, "anyOf"));
    if (Array.isArray(node.oneOf)) out.push(...alternatives(node.oneOf, v, "oneOf"));
    if (node.not !== void 0) out.push({ expr: `!${predicate(node.not)(v)}` });
    if (node.if !== void 0 && (node.then !== void 0 || node.else !== void 0)) {
      const cond = predicate(node.if)(v);
      const then = node.then === void 0 ? [] : compile2(node.then, v);
      const otherwise = node.else === void 0 ? [] : compile2(node.else, v);
      const te = asExpr(then);
      const ee = asExpr(otherwise);
      if (te !== null && ee !== null) out.push({ expr: `(${cond} ? ${te} : ${ee})` });
      else out.push({ stmts: `if (${cond}) {
${toStmts(then)}
} else {
${toStmts(otherwise)}
}` });
    }
    return out;
  }
  function alternatives(list, v, keyword) {
    const keys = dispatchKeys(list);
    if (keys) {
      const tests2 = list.map((b) => predicate(b));
      const n2 = fresh();
      const k = fresh();
      const cases = keys.map((key, i) => `case ${JSON.stringify(key)}: if (${tests2[i](v)}) ${n2}++; break;`).join("\n");
      const verdict = keyword === "oneOf" ? `${n2} !== 1` : `${n2} === 0`;
      return [
        {
          stmts: `if (!(${typeTest("object", v)})) return false;
{
let ${n2} = 0;
for (const ${k} in ${v}) {
switch (${k}) {
${cases}
}
}
if (${verdict}) return false;
}`
        }
      ];
    }
    const tests = list.map((b) => predicate(b)(v));
    if (keyword === "anyOf") return [{ expr: `(${tests.join(" || ")})` }];
    const n = fresh();
    return [{ stmts: `{
let ${n} = 0;
${tests.map((t) => `if (${t} && ++${n} > 1) return false;`).join("\n")}
if (${n} !== 1) return false;
}` }];
  }
  function numberChecks(node, v) {
    const out = [];
    if (typeof node.minimum === "number") out.push({ expr: `${v} >= ${node.minimum}` });
    if (typeof node.maximum === "number") out.push({ expr: `${v} <= ${node.maximum}` });
    if (typeof node.exclusiveMinimum === "number") out.push({ expr: `${v} > ${node.exclusiveMinimum}` });
    if (typeof node.exclusiveMaximum === "number") out.push({ expr: `${v} < ${node.exclusiveMaximum}` });
    return out;
  }
  function stringChecks(node, v) {
    const out = [];
    if (typeof node.minLength === "number" || typeof node.maxLength === "number") needsLength = true;
    if (typeof node.minLength === "number") out.push({ expr: `ucs2length(${v}) >= ${node.minLength}` });
    if (typeof node.maxLength === "number") out.push({ expr: `ucs2length(${v}) <= ${node.maxLength}` });
    if (typeof node.pattern === "string") out.push({ expr: patternTest(node.pattern, v) });
    return out;
  }
  function arrayChecks(node, v) {
    const out = [];
    if (typeof node.minItems === "number") out.push({ expr: `${v}.length >= ${node.minItems}` });
    if (typeof node.maxItems === "number") out.push({ expr: `${v}.length <= ${node.maxItems}` });
    if (node.items === false) out.push({ expr: `${v}.length === 0` });
    else if (node.items !== void 0 && node.items !== true) {
      const item = fresh();
      const i = fresh();
      const body2 = compile2(node.items, item);
      if (body2.length > 0) out.push({ stmts: `for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {
const ${item} = ${v}[${i}];
${toStmts(body2)}
}` });
    }
    return out;
  }
  function objectChecks(node, v) {
    const out = [];
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    const properties = isObject4(node.properties ?? null) ? node.properties : {};
    for (const key of required) if (!(key in properties)) out.push({ expr: `${prop(v, key)} !== undefined` });
    for (const [key, sub] of Object.entries(properties)) {
      const value = fresh();
      const body2 = compile2(sub, value);
      if (body2.length === 0) {
        if (required.has(key)) out.push({ expr: `${prop(v, key)} !== undefined` });
        continue;
      }
      const head = `const ${value} = ${prop(v, key)};`;
      out.push({
        stmts: required.has(key) ? `{
${head}
if (${value} === undefined) return false;
${toStmts(body2)}
}` : `{
${head}
if (${value} !== undefined) {
${toStmts(body2)}
}
}`
      });
    }
    const extra = node.additionalProperties;
    if (extra !== void 0 && extra !== true) {
      const k = fresh();
      const known = Object.keys(properties);
      const isKnown = known.length === 0 ? "false" : known.map((p) => `${k} === ${JSON.stringify(p)}`).join(" || ");
      if (extra === false) out.push({ stmts: `for (const ${k} in ${v}) {
if (!(${isKnown})) return false;
}` });
      else {
        const value = fresh();
        const body2 = compile2(extra, value);
        if (body2.length > 0)
          out.push({ stmts: `for (const ${k} in ${v}) {
${known.length > 0 ? `if (${isKnown}) continue;
` : ""}const ${value} = ${v}[${k}];
${toStmts(body2)}
}` });
      }
    }
    if (typeof node.minProperties === "number") out.push({ expr: `Object.keys(${v}).length >= ${node.minProperties}` });
    if (typeof node.maxProperties === "number") out.push({ expr: `Object.keys(${v}).length <= ${node.maxProperties}` });
    return out;
  }
  const body = toStmts(compile2(root, "x"));
  const lines = [];
  for (const [source, { name, body: body2 }] of patterns)
    lines.push(body2 === null ? `const ${name} = new RegExp(${JSON.stringify(source)}, "u");` : `// ${JSON.stringify(source)}
function ${name}(s) {
${body2}
}`);
  lines.push(...functions.filter((f) => f !== ""));
  lines.push(`function check(x) {
${body}
return true;
}`);
  return { script: lines.join("\n") + "\n", needsLength };
}
function compileCheck(root) {
  const { script, needsLength } = compileCheckScript(root);
  return `${needsLength ? 'import ucs2length from "ajv/dist/runtime/ucs2length";\n' : ""}${script}export { check };
`;
}

// generator/codegen/stages/validators.ts
var standaloneCode = standaloneModule.default;
var ANNOTATIONS = /* @__PURE__ */ new Set(["title", "description", "x-lambda", "tsType", "$comment", "examples", "default", "deprecated"]);
var SCHEMA_MAPS = /* @__PURE__ */ new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);
var DATA2 = /* @__PURE__ */ new Set(["const", "enum", "required"]);
function stripAnnotations(node) {
  return withoutKeywords(node, ANNOTATIONS, DATA2);
}
function withoutKeywords(node, drop, keep) {
  if (Array.isArray(node)) return node.map((n) => withoutKeywords(n, drop, keep));
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (drop.has(key)) continue;
    if (keep.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && value !== null && typeof value === "object" && !Array.isArray(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutKeywords(sub, drop, keep)]));
    else out[key] = withoutKeywords(value, drop, keep);
  }
  return out;
}
var SHIMS = {
  "ajv/dist/runtime/ucs2length": toolPath("generator/runtime/ajv/ucs2length.ts"),
  "ajv/dist/runtime/equal": toolPath("generator/runtime/ajv/equal.ts")
};
var ajvRuntimeShims = {
  name: "ajv-runtime-shims",
  setup(b) {
    b.onResolve({ filter: /^ajv\// }, (args2) => {
      const shim = SHIMS[args2.path];
      if (shim) return { path: shim };
      return { errors: [{ text: `no ESM stand-in for ${args2.path}; add one to generator/runtime/ajv/` }] };
    });
  }
};
function requireToImport(source) {
  const imports = /* @__PURE__ */ new Map();
  const body = source.replace(/require\("([^"]+)"\)\.default/g, (_m, path) => {
    if (!imports.has(path)) imports.set(path, `__ajvRuntime${imports.size}`);
    return imports.get(path);
  });
  const header = [...imports].map(([path, name]) => `import ${name} from ${JSON.stringify(path)};`).join("\n");
  return header + (header ? "\n" : "") + body.replace(/^"use strict";/, "");
}
async function bundleStandalone(name, source, wrapper, checks = {}, allowed = []) {
  const modules = { standalone: source, ...checks };
  const virtual = {
    name: "virtual",
    setup(b) {
      b.onResolve({ filter: /^virtual:/ }, (args2) => {
        const kind = args2.path.slice("virtual:".length);
        return { path: `${name}.${kind}.js`, namespace: kind };
      });
      for (const kind of Object.keys(modules))
        b.onLoad({ filter: /.*/, namespace: kind }, () => ({ contents: modules[kind], loader: "js", resolveDir: TOOL_ROOT }));
    }
  };
  const result = await build({
    stdin: { contents: wrapper, resolveDir: TOOL_ROOT, loader: "ts", sourcefile: `${name}.entry.ts` },
    absWorkingDir: TOOL_ROOT,
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2020",
    legalComments: "none",
    write: false,
    logLevel: "silent",
    plugins: [virtual, ajvRuntimeShims],
    external: allowed,
    metafile: true,
    outfile: "validator.js"
  });
  const code = result.outputFiles[0].text;
  const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => !allowed.includes(i.path)));
  if (imports.length > 0) throw new Error(`validator ${name} still imports ${imports.map((i) => i.path).join(", ")} at run time`);
  if (/\brequire\(/.test(code)) throw new Error(`validator ${name} still calls require() at run time`);
  return code;
}
function alternativesOf(schema) {
  const out = [];
  const esc = (k) => k.replace(/~/g, "~0").replace(/\//g, "~1");
  const walk2 = (node, pointer) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk2(n, `${pointer}/${i}`));
    if (node === null || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node)) {
      if (DATA2.has(k)) continue;
      if ((k === "anyOf" || k === "oneOf") && Array.isArray(v)) out.push({ at: `${pointer}/${k}`, branches: v.map((_b, i) => `${pointer}/${k}/${i}`) });
      walk2(v, `${pointer}/${esc(k)}`);
    }
  };
  walk2(schema, "");
  return out;
}
var VALUE_KEYWORDS = /* @__PURE__ */ new Set([
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties"
]);
var KEEP_WHOLE = /* @__PURE__ */ new Set(["oneOf", "not", "if", "contains", "propertyNames", "dependentSchemas", ...DATA2]);
function shapeOnly(node) {
  return withoutKeywords(node, VALUE_KEYWORDS, KEEP_WHOLE);
}
function carriedDefinitions(entry) {
  return [...new Set(entry.carries.flatMap((c) => c.def ? [c.def.split("#")[1]] : []))].sort();
}
function carried(registry, entry, variant) {
  if (entry.carries.length === 0) return null;
  return { carries: entry.carries, inner: entry.carries.map((c) => c.def ? null : c.ids.map((id) => variant(stripAnnotations(bundle(registry, id))))) };
}
async function firstProblemModule(compiled, id, name, inside2 = null) {
  const schemas = [compiled, ...inside2?.inner.flatMap((i) => i ?? []) ?? []];
  const modern = schemas.some(usesOnly2020);
  const opts = { inlineRefs: false, code: { source: true, esm: true, optimize: true } };
  const ajv = modern ? createAjv(opts) : createDraft07Ajv(opts);
  const dialect = (schema) => {
    if (modern) return schema;
    const { $schema: _draft, ...draft07 } = schema;
    return draft07;
  };
  if (!inside2) {
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
      { check: compileCheck(compiled) }
    );
  }
  ajv.addSchema(dialect(compiled));
  const refs = { outer: compiled.$id };
  const checks = { check: compileCheck(compiled) };
  const inner = inside2.carries.map((c, n) => {
    const schemasOf = inside2.inner[n];
    if (!schemasOf) {
      refs[`carried${n}`] = `${compiled.$id}#/$defs/${c.def.split("#")[1]}`;
      return [`carried${n}`];
    }
    return schemasOf.map((schema, i) => {
      if (!ajv.getSchema(schema.$id)) ajv.addSchema(dialect(schema));
      refs[`carried${n}_${i}`] = schema.$id;
      checks[`check${n}_${i}`] = compileCheck(schema);
      return `checked(check${n}_${i}, carried${n}_${i})`;
    });
  });
  return bundleStandalone(
    name,
    requireToImport(standaloneCode(ajv, refs)),
    `import { ${Object.keys(refs).join(", ")} } from 'virtual:standalone';
${Object.keys(checks).map((c) => `import { check as ${c} } from 'virtual:${c}';`).join("\n")}
import { checked } from './generator/runtime/ajv/checked.ts';
import { withStandardSchema } from './generator/runtime/standard.ts';
import { withCarried } from './generator/runtime/carried.ts';
const validate = withCarried(checked(check, outer), ${JSON.stringify(carriesJson(inside2.carries))}, [${inner.map((c) => `[${c.join(", ")}]`).join(", ")}]);
withStandardSchema(validate, ${JSON.stringify(id)});
export { validate, validate as default };
`,
    checks,
    // Decoding gzip payloads (CloudWatch Logs data) needs node:zlib: the one import a carrier's validator may keep.
    ["node:zlib"]
  );
}
var REGISTRY_VALIDATORS = { modules: "registry", banner: (path) => banner(`schemas/${path}`) };
var IN_FLIGHT = 8;
async function validators(registry, options = REGISTRY_VALIDATORS) {
  const built = new Array(registry.entries.length);
  let next = 0;
  const worker = async () => {
    while (next < registry.entries.length) {
      const n = next++;
      built[n] = await entryValidators(registry, registry.entries[n], options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, registry.entries.length) }, worker));
  return { files: new Map(built.flat()) };
}
async function entryValidators(registry, entry, options) {
  const schema = stripAnnotations(bundle(registry, entry.id));
  const head = options.banner(entry.sourcePath);
  if (options.modules === "payload") return [[outputPath.validator(entry.id), head + await firstProblemModule(schema, entry.id, entry.id)]];
  const inside2 = carried(registry, entry, (x) => x);
  const strict = await firstProblemModule(schema, entry.id, `${entry.id}.strict`, inside2);
  const shape = entry.kind === "result" ? strict : await firstProblemModule(shapeOnly(schema), entry.id, entry.id, carried(registry, entry, shapeOnly));
  const all = createAjv({ allErrors: true, strictTypes: false, strictRequired: false, code: { source: true, esm: true, optimize: true } });
  all.addSchema(schema);
  const uri = schema.$id;
  const defs = carriedDefinitions(entry);
  const refs = { [inside2 ? "validateSchema" : "validateAll"]: uri };
  for (const d of defs) refs[`validate${d}`] = `${uri}#/$defs/${d}`;
  const innerChecks = (inside2?.carries ?? []).map((c, n) => {
    const schemas = inside2.inner[n];
    if (!schemas) return [`validate${c.def.split("#")[1]}`];
    return schemas.map((s, i) => {
      if (!all.getSchema(s.$id)) all.addSchema(s);
      refs[`carriedAll${n}_${i}`] = s.$id;
      return `carriedAll${n}_${i}`;
    });
  });
  const alternatives = alternativesOf(schema);
  const table = [];
  alternatives.forEach((a, n) => {
    const names = a.branches.map((branch, i) => {
      const name = `branch${n}_${i}`;
      refs[name] = `${uri}#${branch}`;
      return name;
    });
    table.push(`  ${JSON.stringify(`#${a.at}`)}: [${names.join(", ")}],`);
  });
  const branchNames = Object.keys(refs).filter((r) => r.startsWith("branch"));
  const allCode = await bundleStandalone(
    `${entry.id}.all`,
    requireToImport(standaloneCode(all, refs)),
    `${inside2 ? `import { validateSchema${defs.map((d) => `, validate${d}`).join("")}${innerChecks.flat().filter((c) => c.startsWith("carriedAll")).map((c) => `, ${c}`).join("")} } from 'virtual:standalone';
import { withCarried } from './generator/runtime/carried.ts';
export { validateSchema${defs.map((d) => `, validate${d}`).join("")} };
export const validateAll = withCarried(validateSchema, ${JSON.stringify(carriesJson(inside2.carries))}, [${innerChecks.map((c) => `[${c.join(", ")}]`).join(", ")}], true);
` : `export { validateAll${defs.map((d) => `, validate${d}`).join("")} } from 'virtual:standalone';
`}${branchNames.length > 0 ? `import { ${branchNames.join(", ")} } from 'virtual:standalone';
` : ""}/** The branches of each anyOf/oneOf by its schema path (as ajv reports it), each an all-errors validator. */
export const branches = {
${table.join("\n")}
};
`,
    {},
    // Decoding gzip payloads (CloudWatch Logs data) needs node:zlib.
    inside2 ? ["node:zlib"] : []
  );
  return [
    [outputPath.validator(entry.id), head + shape],
    [outputPath.validatorStrict(entry.id), head + strict],
    [outputPath.validatorAll(entry.id), head + allCode]
  ];
}

// generator/codegen/stages/samples.ts
import Handlebars from "handlebars";

// generator/runtime/sample-helpers.ts
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
var args = (list) => list.slice(0, -1);
var time = (iso) => {
  const ms = Date.parse(String(iso));
  if (Number.isNaN(ms)) throw new Error(`"${String(iso)}" is not a valid ISO 8601 time`);
  return ms;
};
var str = (v) => typeof v === "string" ? v : JSON.stringify(v);
var salt = "";
function withSalt(value, run) {
  const before = salt;
  salt = value;
  try {
    return run();
  } finally {
    salt = before;
  }
}
var seeded = (seed) => salt === "" ? seed : `${seed}\0#${salt}`;
var helpers = {
  /** A JSON literal: the only way templates emit values, so quotes and unicode are always escaped right. */
  json: (v) => JSON.stringify(v === void 0 ? null : v),
  /** JSON text of a value, as a string (for a body or Message that holds JSON). */
  stringify: (v) => JSON.stringify(v),
  md5: (v) => createHash("md5").update(str(v), "utf8").digest("hex"),
  sha256: (v) => createHash("sha256").update(str(v), "utf8").digest("hex"),
  base64: (v) => Buffer.from(str(v), "utf8").toString("base64"),
  /** gzip (deterministic header: no mtime, no name) then base64, as CloudWatch Logs sends awslogs.data. */
  gzipBase64: (v) => gzipSync(Buffer.from(str(v), "utf8")).toString("base64"),
  /**
   * Form-style URL encoding as S3 writes object keys in notifications: spaces as +, `/` kept,
   * letters, digits and `*-._` kept, everything else %XX of its UTF-8 bytes.
   */
  urlencode: (v) => encodeURIComponent(str(v)).replace(/%20/g, "+").replace(/%2F/g, "/").replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  /** Percent-encoding of a URL path or query value (spaces as %20). */
  uriencode: (v) => encodeURIComponent(str(v)),
  /** arn partition service region account resource (empty strings allowed, as S3 bucket ARNs have). */
  arn: (...a) => {
    const [partition, service, region, account, ...resource] = args(a).map((x) => x === void 0 || x === null ? "" : String(x));
    return `arn:${partition}:${service}:${region}:${account}:${resource.join("")}`;
  },
  /** A UUID (version 4 layout) derived from its arguments: stable across runs, distinct per seed. */
  uuid: (...a) => {
    const h = createHash("sha256").update(seeded(args(a).map(str).join("\0"))).digest("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${(parseInt(h[16], 16) & 3 | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  },
  /** Hex digits derived from a seed, `length` long. */
  hex: (seed, length) => createHash("sha256").update(seeded(str(seed))).digest("hex").repeat(4).slice(0, Number(length)),
  /** Decimal digits derived from a seed, `length` long (sequence numbers, offsets). */
  digits: (seed, length) => {
    const h = createHash("sha256").update(seeded(str(seed))).digest();
    let out = "";
    for (let i = 0; out.length < Number(length); i++) out += String(h[i % h.length] % 10);
    return out;
  },
  epochMillis: (iso) => time(iso),
  epochSeconds: (iso) => time(iso) / 1e3,
  /** Whole seconds since the epoch (fractions dropped), for fields that are integers. */
  unixSeconds: (iso) => Math.floor(time(iso) / 1e3),
  /** `01/Mar/2024:12:00:00 +0000`, the request time format of API Gateway. */
  clfTime: (iso) => {
    const d = new Date(time(iso));
    const m = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()];
    const p = (n) => String(n).padStart(2, "0");
    return `${p(d.getUTCDate())}/${m}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
  },
  /** ISO time without milliseconds, as EventBridge writes `time`. */
  isoSeconds: (iso) => new Date(time(iso)).toISOString().replace(/\.\d{3}Z$/, "Z"),
  concat: (...a) => args(a).map((x) => String(x)).join(""),
  lower: (v) => String(v).toLowerCase(),
  upper: (v) => String(v).toUpperCase(),
  eq: (a, b) => a === b,
  startsWith: (s, p) => String(s).startsWith(String(p)),
  endsWith: (s, p) => String(s).endsWith(String(p)),
  /** A decimal sequence number advanced by the record's index in a batch (`records: n`): record i gets n + i. */
  plusIndex: (decimal) => salt === "" ? String(decimal) : (BigInt(String(decimal)) + BigInt(salt)).toString(),
  not: (v) => !v,
  /** An object from hash arguments, keys in the order written: {{json (object a=1 b="x")}}. (Handlebars hands the hash over last key first.) */
  object: (...a) => Object.fromEntries(Object.entries(a[a.length - 1].hash ?? {}).reverse()),
  /** A JSON value parsed from text: {{json (parse headers)}}. */
  parse: (v) => JSON.parse(String(v))
};

// generator/runtime/sample-spec.ts
var ISO_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,3})?Z$/;
var HEADER = /^\s*\{\{!--([\s\S]*?)--\}\}\s*/;
var SampleError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "SampleError";
  }
  code;
};
function parseSample(id, path, text) {
  const m = HEADER.exec(text);
  if (!m) throw new SampleError("E_SAMPLE_HEADER", "a sample template starts with a {{!-- {json header} --}} comment");
  let header;
  try {
    header = JSON.parse(m[1]);
  } catch (error) {
    throw new SampleError("E_SAMPLE_HEADER", `the header is not JSON: ${error.message}`);
  }
  if (!header || typeof header.parameters !== "object") throw new SampleError("E_SAMPLE_HEADER", 'the header needs "parameters"');
  for (const [name, p] of Object.entries(header.parameters)) {
    if (!/^[a-z][a-zA-Z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new SampleError("E_SAMPLE_HEADER", `parameter name "${name}" must be kebab-case (as SAM's) or camelCase`);
    if (!["string", "number", "integer", "boolean", "json"].includes(p.type)) throw new SampleError("E_SAMPLE_HEADER", `parameter "${name}" has no valid type`);
    if (typeof p.description !== "string" || p.description === "") throw new SampleError("E_SAMPLE_HEADER", `parameter "${name}" needs a description`);
    if (p.format !== void 0 && (p.format !== "date-time" || p.type !== "string")) throw new SampleError("E_SAMPLE_HEADER", `parameter "${name}": format is "date-time", on strings only`);
    checkValue(name, p, p.default);
  }
  if (header.inner !== void 0 && header.parameters[header.inner]?.type !== "string" && header.parameters[header.inner]?.type !== "json")
    throw new SampleError("E_SAMPLE_HEADER", `"inner" must name a string or json parameter`);
  return { id, path, header, body: text.slice(m[0].length) };
}
function checkValue(name, p, value) {
  const fail = (why) => {
    throw new SampleError("E_SAMPLE_PARAM", `--${name} ${JSON.stringify(value)}: ${why}`);
  };
  if (p.type === "string" && typeof value !== "string") fail("must be a string");
  if (p.type === "number" && (typeof value !== "number" || !Number.isFinite(value))) fail("must be a number");
  if (p.type === "integer" && !Number.isSafeInteger(value)) fail("must be an integer");
  if (p.type === "boolean" && typeof value !== "boolean") fail("must be true or false");
  if (typeof value === "number" && p.minimum !== void 0 && value < p.minimum) fail(`must be at least ${p.minimum}`);
  if (typeof value === "number" && p.maximum !== void 0 && value > p.maximum) fail(`must be at most ${p.maximum}`);
  if (p.enum && !p.enum.some((e) => e === value)) fail(`must be one of ${p.enum.map((e) => JSON.stringify(e)).join(", ")}`);
  if (p.pattern && typeof value === "string" && !new RegExp(`^(?:${p.pattern})$`, "u").test(value)) fail(`must match ${p.pattern}`);
  if (p.format === "date-time" && (typeof value !== "string" || !ISO_TIME.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 19) !== value.slice(0, 19)))
    fail("must be an ISO 8601 UTC time such as 2024-03-01T12:00:00.000Z");
}
function resolveParams(id, header, overrides = {}) {
  for (const name of Object.keys(overrides))
    if (!Object.prototype.hasOwnProperty.call(header.parameters, name))
      throw new SampleError("E_SAMPLE_PARAM", `${id} has no parameter "${name}"; it takes ${Object.keys(header.parameters).map((n) => `--${n}`).join(", ") || "none"}`);
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, p] of Object.entries(header.parameters)) {
    const value = Object.prototype.hasOwnProperty.call(overrides, name) ? overrides[name] : p.default;
    checkValue(name, p, value);
    out[name] = value;
  }
  return out;
}

// generator/runtime/sampler.ts
function recordsKey(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  for (const key of ["Records", "records"]) if (Array.isArray(value[key])) return key;
  return null;
}
function createSampler(hb, templates) {
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
  let depth = 0;
  const sampler = {
    ids: () => [...templates.keys()].sort(),
    header(id) {
      const t = templates.get(id);
      if (!t) throw new SampleError("E_SAMPLE_UNKNOWN", `no sample for "${id}"`);
      return t.header;
    },
    sample(id, overrides = {}, options = {}) {
      const n = options.records;
      if (n !== void 0 && n !== 1) {
        if (!Number.isInteger(n) || n < 1 || n > 1e4) throw new SampleError("E_SAMPLE_PARAM", `records must be a whole number from 1 to 10000, got ${String(n)}`);
        const { records: _n, ...single } = options;
        const first = sampler.sample(id, overrides, single);
        const key = recordsKey(first);
        if (key === null) throw new SampleError("E_SAMPLE_PARAM", `${id} has no Records array to fill with ${n} records`);
        for (let i = 1; i < n; i++) first[key].push(...withSalt(String(i), () => sampler.sample(id, overrides, single))[key]);
        return first;
      }
      const t = templates.get(id);
      if (!t) throw new SampleError("E_SAMPLE_UNKNOWN", `no sample for "${id}"`);
      const given = { ...overrides };
      if (options.inner !== void 0) {
        const slot = t.header.inner;
        if (!slot) throw new SampleError("E_SAMPLE_PARAM", `${id} does not carry an inner payload (no --inner)`);
        const inner = sampler.sample(options.inner, options.innerOverrides ?? {});
        given[slot] = t.header.parameters[slot].type === "json" ? inner : JSON.stringify(inner);
      }
      const params = resolveParams(id, t.header, given);
      if (++depth > 8) throw new SampleError("E_SAMPLE_RENDER", `${id}: samples nest too deeply`);
      let text;
      try {
        text = t.render({ ...params });
      } catch (error) {
        throw error instanceof SampleError ? error : new SampleError("E_SAMPLE_RENDER", `${id}: the template failed: ${error.message}`);
      } finally {
        depth--;
      }
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new SampleError("E_SAMPLE_RENDER", `${id}: the template did not produce JSON (${error.message})`);
      }
    }
  };
  hb.registerHelper("sample", (...a) => {
    const options = a[a.length - 1];
    return sampler.sample(String(a[0]), { ...options.hash ?? {} });
  });
  return sampler;
}

// generator/codegen/stages/samples.ts
var COMPILE = { noEscape: true, strict: true };
function sampleIdFromPath(path) {
  const m = /^([^/_][^/]*)\/([^/]+)\.sample\.hbs$/.exec(path);
  return m ? `${m[1]}.${m[2]}` : null;
}
var REGISTRY_SAMPLES = { everyId: false };
function exampleOf(schema) {
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  return schema.default;
}
async function samples(registry, raw, options = REGISTRY_SAMPLES) {
  const diagnostics = [];
  const sources = [];
  const ids = new Set(registry.entries.map((e) => e.id));
  for (const r of raw) {
    const id = sampleIdFromPath(r.path);
    const file2 = `schemas/${r.path}`;
    if (!id || !ids.has(id)) {
      diagnostics.push(diag("E_SAMPLE", { detail: `names no registry id (expected <service>/<variant>.sample.hbs beside its schema)` }, file2));
      continue;
    }
    try {
      sources.push(parseSample(id, r.path, r.text));
    } catch (error) {
      diagnostics.push(diag("E_SAMPLE", { detail: error.message }, file2));
    }
  }
  const hb = Handlebars.create();
  const templates = /* @__PURE__ */ new Map();
  for (const s of sources) {
    try {
      const render = hb.compile(s.body, COMPILE);
      hb.precompile(s.body, COMPILE);
      templates.set(s.id, { header: s.header, render });
    } catch (error) {
      diagnostics.push(diag("E_SAMPLE", { detail: `template does not compile: ${error.message}` }, `schemas/${s.path}`));
    }
  }
  const sampler = createSampler(hb, templates);
  const ajv = createAjv({ allErrors: true });
  const files = /* @__PURE__ */ new Map();
  const seenSam = /* @__PURE__ */ new Map();
  for (const s of sources) {
    if (!templates.has(s.id)) continue;
    const file2 = `schemas/${s.path}`;
    const validate = ajv.compile(bundle(registry, s.id));
    const variants = [["defaults", {}], ...(s.header.sam ?? []).map((c) => [`SAM ${c.service} ${c.event}`, c.set ?? {}])];
    for (const c of s.header.sam ?? []) {
      const key = `${c.service} ${c.event}`;
      if (seenSam.has(key)) diagnostics.push(diag("E_SAMPLE", { detail: `SAM event "${key}" is also claimed by ${seenSam.get(key)}` }, file2));
      seenSam.set(key, s.id);
    }
    for (const [name, overrides] of variants) {
      try {
        const value = sampler.sample(s.id, overrides);
        if (!validate(value)) {
          const e = validate.errors[0];
          diagnostics.push(diag("E_SAMPLE_INVALID", { variant: name, detail: `${e.instancePath || "/"} ${e.message}` }, file2));
        } else if (name === "defaults") files.set(outputPath.sample(s.id), JSON.stringify(value, null, 2) + "\n");
      } catch (error) {
        diagnostics.push(diag("E_SAMPLE", { detail: `${name}: ${error instanceof SampleError ? error.message : String(error)}` }, file2));
      }
    }
  }
  if (options.everyId)
    for (const e of registry.entries) {
      if (templates.has(e.id) || sources.some((x) => x.id === e.id)) continue;
      const file2 = `schemas/${e.sourcePath}`;
      const example = exampleOf(e.schema);
      if (example === void 0) {
        diagnostics.push(diag("E_SAMPLE_MISSING", { id: e.id, template: e.sourcePath.replace(/\.schema\.json$/, ".sample.hbs") }, file2, ""));
        continue;
      }
      const validate = ajv.compile(bundle(registry, e.id));
      if (!validate(example)) {
        const bad = validate.errors[0];
        const at = Array.isArray(e.schema.examples) && e.schema.examples.length > 0 ? "/examples/0" : "/default";
        diagnostics.push(diag("E_SAMPLE_INVALID", { variant: at.slice(1), detail: `${bad.instancePath || "/"} ${bad.message}` }, file2, at));
      } else files.set(outputPath.sample(e.id), JSON.stringify(example, null, 2) + "\n");
    }
  if (diagnostics.length > 0) return { files, ids: /* @__PURE__ */ new Set(), diagnostics, dataModule: "", parameterTypes: "" };
  const withSample = options.everyId ? new Set(registry.entries.map((e) => e.id)) : new Set(sources.map((s) => s.id));
  return { files, ids: withSample, diagnostics, dataModule: dataModule(sources), parameterTypes: parameterTypes(sources) };
}
function dataModule(sources) {
  const sorted2 = [...sources].sort((a, b) => a.id < b.id ? -1 : 1);
  const specs = sorted2.map((s) => `  [${JSON.stringify(s.id)}, { header: ${JSON.stringify(s.header)}, spec: ${Handlebars.precompile(s.body, COMPILE)} }],`).join("\n");
  const sam = Object.fromEntries(sorted2.flatMap((s) => (s.header.sam ?? []).map((c) => [`${c.service} ${c.event}`, { id: s.id, set: c.set ?? {} }])));
  return `export const SPECS = [
${specs}
];
export const SAM_EVENTS = ${JSON.stringify(sam, null, 2)};
`;
}
var TS_TYPE = { string: "string", number: "number", integer: "number", boolean: "boolean", json: "unknown" };
function parameterTypes(sources) {
  const sorted2 = [...sources].sort((a, b) => a.id < b.id ? -1 : 1);
  return sorted2.map((s) => {
    const fields = Object.entries(s.header.parameters).map(([name, p]) => `    /** ${p.description} Default: ${JSON.stringify(p.default)}. */
    ${JSON.stringify(name)}?: ${p.enum ? p.enum.map((e) => JSON.stringify(e)).join(" | ") : TS_TYPE[p.type]};`).join("\n");
    return `  ${JSON.stringify(s.id)}: {
${fields}
  };`;
  }).join("\n");
}

// generator/codegen/stages/write.ts
import { mkdir, readdir as readdir2, readFile as readFile2, rm, writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join3, relative as relative2, sep as sep2 } from "node:path";
async function listFiles(dir) {
  const out = [];
  let entries;
  try {
    entries = await readdir2(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const full = join3(dir, entry.name);
    if (entry.isDirectory()) out.push(...await listFiles(full));
    else out.push(full);
  }
  return out;
}
async function diffOutput(outDir, files) {
  const changed = [];
  for (const [path, content] of files) {
    let current = null;
    try {
      current = await readFile2(join3(outDir, path), "utf8");
    } catch {
      current = null;
    }
    if (current !== content) changed.push(path);
  }
  for (const full of await listFiles(outDir)) {
    const path = relative2(outDir, full).split(sep2).join("/");
    if (!files.has(path)) changed.push(path);
  }
  return changed.sort();
}
async function write(outDir, files) {
  const changed = await diffOutput(outDir, files);
  for (const path of changed) {
    const full = join3(outDir, path);
    const content = files.get(path);
    if (content === void 0) await rm(full);
    else {
      await mkdir(dirname2(full), { recursive: true });
      await writeFile(full, content);
    }
  }
  return changed;
}

// generator/codegen/index.ts
async function timed(name, options, run) {
  const start = performance.now();
  const value = await run();
  options.onStage?.(name, performance.now() - start);
  return value;
}
function failIf(diagnostics, profile) {
  if (diagnostics.length === 0) return;
  const prefix = `${profile.sourcesLabel}/`;
  throw new GenerationFailed(diagnostics.map((d) => d.file?.startsWith("schemas/") ? { ...d, file: prefix + d.file.slice("schemas/".length) } : d));
}
var sorted = (files) => new Map([...files.entries()].sort(([a], [b]) => a < b ? -1 : 1));
async function build2(profile, options = {}) {
  const loaded = await timed("load", options, () => load(profile.sources, profile.labelRoot, profile.versionFrom));
  return buildFrom(loaded, profile, options);
}
async function buildFrom(loaded, profile, options = {}) {
  if (loaded.diagnostics.length > 0) throw new GenerationFailed(loaded.diagnostics);
  const checked = await timed("check", options, () => check(loaded.files, profile.check));
  failIf(checked.diagnostics, profile);
  const { registry } = checked;
  const typed = await timed("types", options, () => types(registry));
  failIf(typed.diagnostics, profile);
  const compiled = await timed("validators", options, () => validators(registry, profile.validators));
  const sampled = await timed("samples", options, () => samples(registry, loaded.samples, profile.samples));
  failIf(sampled.diagnostics, profile);
  const input = {
    registry,
    version: loaded.version,
    declarations: typed.declarations,
    sampleIds: sampled.ids,
    sampleData: sampled.dataModule,
    sampleParameterTypes: sampled.parameterTypes
  };
  const { packaged, alongside } = await timed("package", options, async () => ({
    packaged: await profile.package(input),
    alongside: await profile.alongside?.(input) ?? []
  }));
  const files = /* @__PURE__ */ new Map();
  for (const source of [packaged, compiled.files, sampled.files]) for (const [path, content] of source) files.set(path, content);
  const primary = { dir: profile.out, label: profile.outLabel, files: sorted(files) };
  return { registry, files: primary.files, outputs: [primary, ...alongside.map((o) => ({ ...o, files: sorted(o.files) }))] };
}
async function generate(profile, options = {}) {
  const built = await build2(profile, options);
  const stale = [];
  const changed = await timed("write", options, async () => {
    const out = [];
    for (const o of built.outputs) {
      const paths = options.check ? await diffOutput(o.dir, o.files) : await write(o.dir, o.files);
      if (paths.length > 0) stale.push(o.label);
      out.push(...paths.map((p) => o === built.outputs[0] ? p : `${o.label}${p}`));
    }
    return out;
  });
  if (options.check && changed.length > 0) throw new GenerationFailed([diag("E_STALE", { files: changed, dir: stale.join(" and "), command: profile.command })]);
  return { ...built, changed };
}

// generator/codegen/run.ts
async function runGenerate(profile, options) {
  const out = options.stdout ?? ((line) => process.stdout.write(line + "\n"));
  const err = options.stderr ?? ((line) => process.stderr.write(line + "\n"));
  try {
    const result = await generate(profile, {
      check: options.check,
      onStage: options.debug ? (stage, ms) => err(`stage ${stage}: ${ms.toFixed(0)} ms`) : void 0
    });
    const ids = result.registry.entries.length;
    if (options.check) out(`${profile.outLabel} is up to date (${result.files.size} files, ${ids} ids)`);
    else out(`${profile.outLabel}: ${result.changed.length} file(s) changed of ${result.files.size} (${ids} ids)`);
    return 0;
  } catch (error) {
    if (error instanceof GenerationFailed) {
      for (const d of error.diagnostics) err(renderDiagnostic(d));
      return 1;
    }
    err(`internal error in the generator: ${error.stack ?? String(error)}`);
    err(`This is a bug in ${options.tool ?? "lambda-event-registry"}; please report it with the command you ran.`);
    return 3;
  }
}

// generator/codegen/profiles/user.ts
import { createRequire } from "node:module";
import { readFileSync as readFileSync2 } from "node:fs";
import { relative as relative3, sep as sep3 } from "node:path";

// generator/codegen/stages/package-user.ts
var REGISTRY = "lambda-event-registry";
var json = (value) => JSON.stringify(value, null, 2) + "\n";
var literal = (s) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
function travelsJson(travels) {
  return travels.map((t) => ({ in: t.in, at: t.at, decode: t.decode, ...t.source !== void 0 ? { source: t.source, detailType: t.detailType } : {} }));
}
function travelsType(travels) {
  const item = (t) => `{ ${Object.entries(t).map(([k, v]) => `readonly ${k}: ${Array.isArray(v) ? `readonly [${v.map((x) => literal(String(x))).join(", ")}]` : literal(String(v))}`).join("; ")} }`;
  return `readonly [${travelsJson(travels).map(item).join(", ")}]`;
}
function eventBridgeType2(e) {
  const on = e.travels.filter((t) => t.in === EVENTBRIDGE);
  if (on.length === 0) return null;
  return on.map((t) => `EventBridgeEvent<${literal(t.detailType)}, ${e.typeName}, ${literal(t.source)}>`).join(" | ");
}
function carrierTypes(e) {
  const carriers = [...new Set(e.travels.map((t) => t.in).filter((c) => c !== EVENTBRIDGE && c !== INVOKE))];
  return carriers.map((carrier) => ({ name: carriedInTypeName(e.id, carrier), carrier }));
}
function aliasNames(e) {
  return [...eventBridgeType2(e) ? [carriedInTypeName(e.id, EVENTBRIDGE)] : [], ...carrierTypes(e).map((c) => c.name)];
}
function moduleTypes(e, head) {
  const eb = eventBridgeType2(e);
  const carriers = carrierTypes(e);
  const what = e.kind === "result" ? "function result" : "payload";
  const imports = [...carriers.length > 0 ? ["CarryingTypes"] : [], ...eb ? ["EventBridgeEvent"] : [], "Validator"];
  return `${head}import type { ${imports.join(", ")} } from '${REGISTRY}';
import type { ${e.typeName} } from './types.js';

export type { ${e.typeName} };

/**
 * Validates a ${what} against the \`${e.id}\` schema (shape and values): ${e.title}.
 * A false return leaves the reason in \`validate.errors\`; \`validate['~standard']\` is its Standard Schema v1 face.${e.docs ? `
 *
 * @see ${e.docs}` : ""}
 */
export declare const validate: Validator<${e.typeName}>;
export default validate;

/** Where the payload travels (\`x-lambda.travels\`): the carrier's registry id, the JSON pointer to it there, how to decode it. */
export declare const travels: ${travelsType(e.travels)};
${eb ? `
/** The EventBridge event whose \`detail\` is a \`${e.typeName}\`. */
export type ${carriedInTypeName(e.id, EVENTBRIDGE)} = ${eb};
` : ""}${carriers.map((c) => `
/** A \`${c.carrier}\` event whose payloads are decoded \`${e.typeName}\` values (lambda-event-registry/envelopes). */
export type ${c.name} = CarryingTypes<${e.typeName}>[${literal(c.carrier)}];
`).join("")}`;
}
function moduleCode(e, head) {
  return `${head}export { validate, validate as default } from './${outputPath.validator(e.id)}';
export const travels = ${JSON.stringify(travelsJson(e.travels))};
`;
}
function registryIndex(input, jsonBanner2) {
  const ids = {};
  for (const e of input.registry.entries)
    ids[e.id] = {
      kind: e.kind,
      invocation: e.invocation.length === 1 ? e.invocation[0] : e.invocation,
      summary: e.title,
      ...e.docs ? { docs: e.docs } : {},
      result: e.result,
      schema: outputPath.schema(e.id),
      type: e.typeName,
      module: `./${outputPath.module(e.id)}`,
      sample: input.sampleIds.has(e.id) ? outputPath.sample(e.id) : null,
      detect: e.detect,
      travels: travelsJson(e.travels)
    };
  return { $comment: jsonBanner2(""), ids };
}
function indexFiles(input, head) {
  const entries = input.registry.entries;
  const ids = JSON.stringify(entries.map((e) => e.id));
  const js = `${head}${entries.map((e) => `export { default as ${validatorName(e.id)} } from './${outputPath.module(e.id)}';`).join("\n")}
/** Every id of these schemas. */
export const ids = Object.freeze(${ids});
`;
  const dts = `${head}export type * from './types.js';
${entries.map((e) => {
    const aliases = aliasNames(e).map((n) => `, type ${n}`).join("");
    return `export { default as ${validatorName(e.id)}${aliases} } from './${outputPath.module(e.id)}';`;
  }).join("\n")}
/** Every id of these schemas. */
export declare const ids: readonly [${entries.map((e) => literal(e.id)).join(", ")}];
`;
  return [js, dts];
}
async function userPackageFiles(input, options) {
  const { registry } = input;
  const files = /* @__PURE__ */ new Map();
  files.set("package.json", json({ "//": options.jsonBanner(""), private: true, type: "module", sideEffects: false }));
  files.set("types.d.ts", options.banner("") + "\n" + input.declarations);
  files.set("registry.json", json(registryIndex(input, options.jsonBanner)));
  const [js, dts] = indexFiles(input, options.banner(""));
  files.set("index.js", js);
  files.set("index.d.ts", dts);
  for (const e of registry.entries) {
    const head = options.banner(e.sourcePath);
    files.set(outputPath.module(e.id), moduleCode(e, head));
    files.set(outputPath.moduleTypes(e.id), moduleTypes(e, head));
    const { $schema, $id, ...rest } = bundle(registry, e.id);
    files.set(outputPath.schema(e.id), json({ $schema, $id, $comment: options.jsonBanner(e.sourcePath), ...rest }));
  }
  return files;
}

// generator/codegen/profiles/user.ts
var BIN = "lambda-events-codegen";
var label = (cwd, dir) => (relative3(cwd, dir) || ".").split(sep3).join("/");
function userProfile(options) {
  const sourcesLabel = label(options.cwd, options.schemas);
  const outLabel = label(options.cwd, options.out);
  const command = `${BIN} --schemas ${sourcesLabel} --out ${outLabel}`;
  const head = (path) => banner(`${sourcesLabel}/${path}`, command);
  return {
    sources: options.schemas,
    sourcesLabel,
    labelRoot: options.cwd,
    versionFrom: null,
    out: options.out,
    outLabel: `${outLabel}/`,
    command,
    check: { audience: "user", reserved: options.reserved },
    validators: { modules: "payload", banner: head },
    samples: { everyId: true },
    package: (input) => userPackageFiles(input, { banner: head, jsonBanner: (path) => jsonBanner(`${sourcesLabel}/${path}`, command) })
  };
}
function registryNamespaces() {
  const path = createRequire(import.meta.url).resolve("lambda-event-registry/registry.json");
  const index = JSON.parse(readFileSync2(path, "utf8"));
  return new Set(Object.keys(index.ids).map((id) => id.slice(0, id.indexOf("."))));
}

// generator/codegen/user-cli.ts
var USAGE = `Usage: ${BIN} --schemas <dir> --out <dir> [--check] [--debug]

Generate validators, types and samples from your own JSON Schemas (x-lambda vocabulary).
  --schemas <dir>  folder of <namespace>/<name>.schema.json files (and optional .sample.hbs templates)
  --out <dir>      folder to write (made exactly the generated files: others in it are deleted)
  --check          write nothing; exit 1 when --out is not what the schemas make
  --debug          print each stage's time
Exit codes: 0 done or up to date, 1 problems in the schemas or out of date, 2 usage error, 3 internal error.`;
function inside(dir, parent) {
  const r = relative4(parent, dir);
  return r === "" || r !== ".." && !r.startsWith(`..${sep4}`) && !isAbsolute(r);
}
function outRefusal(schemas, out) {
  if (inside(schemas, out) || inside(out, schemas)) return "may not be, hold or sit inside the --schemas folder";
  const entries = statSync(out, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(out) : null;
  if (entries === null) return statSync(out, { throwIfNoEntry: false }) ? "is a file, not a folder" : null;
  if (entries.length === 0) return null;
  let index = "";
  try {
    index = readFileSync3(join4(out, "registry.json"), "utf8");
  } catch {
  }
  return index.includes(`by \`${BIN} `) ? null : `is a folder ${BIN} did not make (no registry.json of its own); it would delete what is there: choose a new or empty folder`;
}
async function main(argv, io) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        schemas: { type: "string" },
        out: { type: "string" },
        check: { type: "boolean", default: false },
        debug: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false }
      }
    }));
  } catch (error) {
    io.stderr(`${BIN}: ${error.message}

${USAGE}`);
    return 2;
  }
  if (values.help) return io.stdout(USAGE), 0;
  if (values.version) return io.stdout(io.version), 0;
  if (!values.schemas || !values.out) {
    io.stderr(`${BIN}: --schemas and --out are required

${USAGE}`);
    return 2;
  }
  const schemas = resolve(io.cwd, values.schemas);
  if (!statSync(schemas, { throwIfNoEntry: false })?.isDirectory()) {
    io.stderr(`${BIN}: --schemas ${values.schemas} is not a folder`);
    return 2;
  }
  if (!readdirSync(schemas, { recursive: true }).some((p) => String(p).endsWith(".schema.json"))) {
    io.stderr(`${BIN}: --schemas ${values.schemas} holds no *.schema.json file (one per payload: <namespace>/<name>.schema.json)`);
    return 2;
  }
  const out = resolve(io.cwd, values.out);
  const refusal = outRefusal(schemas, out);
  if (refusal) {
    io.stderr(`${BIN}: --out ${values.out} ${refusal}`);
    return 2;
  }
  let reserved;
  try {
    reserved = registryNamespaces();
  } catch (error) {
    io.stderr(renderDiagnostic(diag("E_PEER_MISSING", { detail: error.message.split("\n")[0] })));
    return 2;
  }
  const profile = userProfile({ schemas, out, cwd: io.cwd, reserved });
  return runGenerate(profile, { check: values.check, debug: values.debug, stdout: io.stdout, stderr: io.stderr, tool: "lambda-event-registry-codegen" });
}

// generator/codegen/user-main.ts
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (line) => process.stdout.write(line + "\n"),
  stderr: (line) => process.stderr.write(line + "\n"),
  version: true ? "0.1.0" : "development"
});
