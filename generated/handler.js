// Generated from generator/runtime/handler.ts by `npm run generate`. Do not edit: change the schema and regenerate.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// generator/runtime/handler.ts
var EventValidationError = class extends Error {
  constructor(id, target, errors) {
    const first = errors[0];
    super(`${target === "event" ? "event" : "handler result"} is not a valid ${id}${first ? `: ${first.instancePath || "/"} ${first.message ?? first.keyword}` : ""}`);
    __publicField(this, "id");
    __publicField(this, "errors");
    __publicField(this, "target");
    this.name = "EventValidationError";
    this.id = id;
    this.target = target;
    this.errors = errors;
  }
};
function defineHandler(id, handler, options = {}) {
  const { validate, validateResult } = options;
  if (!validate && !validateResult) return handler;
  const wrapped = async (event, context, ...rest) => {
    if (validate && !validate(event)) throw new EventValidationError(id, "event", validate.errors ?? []);
    const result = await handler(event, context, ...rest);
    if (validateResult && result !== void 0 && !validateResult(result)) throw new EventValidationError(id, "result", validateResult.errors ?? []);
    return result;
  };
  return wrapped;
}
export {
  EventValidationError,
  defineHandler
};
