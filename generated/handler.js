// Generated from generator/runtime/handler.ts and schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/handler.ts
var EventValidationError = class extends Error {
  /** The id the value was checked against: the event's, or for a result the result's (e.g. sqs.batch.result). */
  id;
  /** `body`: a payload the event carries (with the envelope option), for invokers that take no partial batch response. */
  target;
  errors;
  /** For an event: the source detection says it really came from, when that is another id (with the detect option). */
  detected;
  constructor(id, target, errors, detected = null) {
    const first = errors[0];
    const what = target === "result" ? "handler result" : target;
    const article = (s) => /^[aeiou]/.test(s) ? "an" : "a";
    super(
      detected !== null && detected !== id ? `${what} is ${article(detected)} ${detected} event, not ${id}${first ? ` (${first.instancePath || "/"} ${first.message ?? first.keyword})` : ""}` : `${what} is not a valid ${id}${first ? `: ${first.instancePath || "/"} ${first.message ?? first.keyword}` : ""}`
    );
    this.name = "EventValidationError";
    this.id = id;
    this.target = target;
    this.errors = errors;
    this.detected = detected;
  }
};
function defineHandler(id, handler, options = {}) {
  const validate = options.validate;
  const validateResult = options.validateResult;
  const { envelope, body } = options;
  if (!validate && !validateResult && !envelope) return handler;
  const wrapped = async (event, context, ...rest) => {
    if (validate && !validate(event)) throw new EventValidationError(id, "event", validate.errors ?? [], options.detect?.(event) ?? null);
    const call = (e) => handler(e, context, ...rest);
    const result = envelope ? await envelope.handle(event, body, call, (errors) => {
      throw new EventValidationError(id, "body", errors);
    }) : await call(event);
    if (validateResult && result !== void 0 && !validateResult(result))
      throw new EventValidationError(validateResult.id ?? id, "result", validateResult.errors ?? []);
    return result;
  };
  return wrapped;
}
export {
  EventValidationError,
  defineHandler
};
