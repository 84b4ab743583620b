/**
 * A generated validator's two halves joined: the boolean check the codegen compiles for speed
 * (codegen/stages/check-code.ts) answers; ajv's standalone code runs only when the answer is no,
 * to say why, so `errors` is ajv's own ({instancePath, schemaPath, keyword, params, message}).
 */
interface AjvLike {
  (value: unknown): boolean;
  errors?: unknown[] | null;
}

export function checked(check: (value: unknown) => boolean, report: AjvLike): AjvLike {
  function validate(value: unknown): boolean {
    if (check(value)) {
      validate.errors = null;
      return true;
    }
    // ajv decides: the check and ajv agree on every case the tests know, and a value ajv accepts is valid.
    const valid = report(value);
    validate.errors = valid ? null : (report.errors ?? null);
    return valid;
  }
  validate.errors = null as unknown[] | null;
  return validate;
}
