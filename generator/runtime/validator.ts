/**
 * The types of a precompiled validator, as the package declares them (`validator.d.ts`). Types
 * only: the validators themselves are generated per id by the codegen's validators stage.
 */

/** The Standard Schema v1 interface (https://standardschema.dev), declared here so the package has no dependency. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}
// eslint-disable-next-line @typescript-eslint/no-namespace
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
 * A precompiled validator: a type guard that records why it returned false in `errors`
 * (the first problem found; validators stop at the first error). It is also a Standard Schema,
 * for libraries that accept one (e.g. the Powertools parser).
 */
export interface Validator<T> extends StandardSchemaV1<unknown, T> {
  (data: unknown): data is T;
  errors: ValidationError[] | null | undefined;
  /** The registry id this validator checks, e.g. "sqs.batch.result". */
  readonly id: string;
}

/** An all-errors validator (`lambda-event-registry/<id>/all`): `errors` lists every problem, not only the first. */
export interface AllErrorsValidator<T> {
  (data: unknown): data is T;
  errors: ValidationError[] | null | undefined;
}
