// Generated from generator/runtime/invoke.ts and schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/invoke.ts
import { InvokeCommand } from "@aws-sdk/client-lambda";
var InvokeError = class extends Error {
  code;
  /** The registry or contract id the invocation was typed with. */
  id;
  functionName;
  /** For E_PAYLOAD_INVALID and E_RESULT_INVALID: what the validator reported. */
  errors;
  /** The HTTP status of the Invoke response (undefined when nothing was sent). */
  statusCode;
  constructor(code, message, id, functionName, errors = [], statusCode) {
    super(message);
    this.name = "InvokeError";
    this.code = code;
    this.id = id;
    this.functionName = functionName;
    this.errors = errors;
    this.statusCode = statusCode;
  }
};
var FunctionError = class extends InvokeError {
  /** `Unhandled` (runtime or Lambda detected: exceptions, timeouts, out of memory) or `Handled`. */
  functionError;
  /** The decoded error object (empty when the function's payload was not a JSON object). */
  payload;
  /** The response payload as text, as Lambda sent it. */
  body;
  /** The last 4 KB of the function's log, decoded (only when `logType: 'Tail'` was requested). */
  logTail;
  executedVersion;
  constructor(id, functionName, output) {
    const body = text(output.Payload);
    const payload = errorPayload(body);
    const what = [payload.errorType, payload.errorMessage].filter((s) => s !== void 0).join(": ") || body;
    super("E_FUNCTION_ERROR", `${functionName} failed (${output.FunctionError}): ${what}`, id, functionName, [], output.StatusCode);
    this.name = "FunctionError";
    this.functionError = output.FunctionError ?? "";
    this.payload = payload;
    this.body = body;
    this.logTail = output.LogResult === void 0 ? void 0 : fromBase64(output.LogResult);
    this.executedVersion = output.ExecutedVersion;
  }
};
var CLIENT_CONTEXT_MAX_BYTES = 3583;
var EXPECTED_STATUS = { RequestResponse: 200, Event: 202, DryRun: 204 };
async function invoke(client, id, request) {
  const type = request.invocationType ?? "RequestResponse";
  const name = request.functionName;
  const validate = request.validate;
  if (validate && !(type === "DryRun" && request.payload === void 0) && !validate(request.payload))
    throw new InvokeError("E_PAYLOAD_INVALID", `payload is not a valid ${id}${firstProblem(validate.errors)}; nothing was sent to ${name}`, id, name, validate.errors ?? []);
  const input = { FunctionName: name, InvocationType: type };
  if (request.payload !== void 0) input.Payload = new TextEncoder().encode(JSON.stringify(request.payload));
  if (request.qualifier !== void 0) input.Qualifier = request.qualifier;
  if (request.tenantId !== void 0) input.TenantId = request.tenantId;
  if (type === "RequestResponse") {
    const sync = request;
    if (sync.logType !== void 0) input.LogType = sync.logType;
    if (sync.clientContext !== void 0) {
      const encoded = toBase64(JSON.stringify(sync.clientContext));
      if (encoded.length > CLIENT_CONTEXT_MAX_BYTES)
        throw new InvokeError("E_CLIENT_CONTEXT_TOO_LARGE", `clientContext is ${encoded.length} bytes in base64, over the ${CLIENT_CONTEXT_MAX_BYTES} the Invoke API accepts; nothing was sent to ${name}`, id, name);
      input.ClientContext = encoded;
    }
  }
  const output = await client.send(new InvokeCommand(input));
  if (output.FunctionError !== void 0) throw new FunctionError(id, name, output);
  if (output.StatusCode !== EXPECTED_STATUS[type])
    throw new InvokeError("E_UNEXPECTED_STATUS", `${type} invocation of ${name} answered ${output.StatusCode}, not ${EXPECTED_STATUS[type]}`, id, name, [], output.StatusCode);
  if (type !== "RequestResponse") return void 0;
  const body = text(output.Payload);
  let result;
  try {
    result = body === "" ? void 0 : JSON.parse(body) ?? void 0;
  } catch {
    throw new InvokeError("E_RESULT_NOT_JSON", `${name} returned a payload that is not JSON: ${body.slice(0, 80)}`, id, name, [], output.StatusCode);
  }
  const validateResult = request.validateResult;
  if (validateResult && result !== void 0 && !validateResult(result))
    throw new InvokeError("E_RESULT_INVALID", `result of ${name} is not a valid ${validateResult.id ?? id}${firstProblem(validateResult.errors)}`, id, name, validateResult.errors ?? [], output.StatusCode);
  return result;
}
function firstProblem(errors) {
  const first = errors?.[0];
  return first ? `: ${first.instancePath || "/"} ${first.message ?? first.keyword}` : "";
}
function text(payload) {
  return payload === void 0 ? "" : new TextDecoder().decode(payload);
}
function errorPayload(body) {
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {};
  }
  if (typeof parsed !== "object" || parsed === null) return {};
  const p = parsed;
  const out = {};
  if (typeof p.errorType === "string") out.errorType = p.errorType;
  if (typeof p.errorMessage === "string") out.errorMessage = p.errorMessage;
  if (Array.isArray(p.stackTrace)) out.stackTrace = p.stackTrace.map(String);
  return out;
}
function toBase64(s) {
  let binary = "";
  for (const byte of new TextEncoder().encode(s)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
function fromBase64(b64) {
  return new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
}
export {
  CLIENT_CONTEXT_MAX_BYTES,
  FunctionError,
  InvokeError,
  invoke
};
