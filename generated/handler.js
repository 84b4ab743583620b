// Generated from generator/runtime/handler.ts and schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/handler.ts
var EventValidationError = class extends Error {
  id;
  target;
  errors;
  constructor(id, target, errors) {
    const first = errors[0];
    super(`${target === "event" ? "event" : "handler result"} is not a valid ${id}${first ? `: ${first.instancePath || "/"} ${first.message ?? first.keyword}` : ""}`);
    this.name = "EventValidationError";
    this.id = id;
    this.target = target;
    this.errors = errors;
  }
};
function defineHandler(id, handler, options = {}) {
  const validate = options.validate;
  const validateResult = options.validateResult;
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
