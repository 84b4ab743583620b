// Generated from generator/stages/package.ts by `npm run generate`. Do not edit: change the schema and regenerate.

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
 * A precompiled validator: a type guard that records why it returned false in `errors`
 * (the first problem found; validators stop at the first error).
 */
export interface Validator<T> {
  (data: unknown): data is T;
  errors: ValidationError[] | null | undefined;
}
