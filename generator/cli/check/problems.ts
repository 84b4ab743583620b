/**
 * What can be wrong with a record, as data: a stable code, where (a JSON pointer into the record),
 * the JSON Schema keyword and its params for schema violations, and a message. Renderers turn
 * problems into text; codes are documented in the README and never change meaning.
 */
export type ProblemCode =
  /** The record could not be read (longer than --max-record-bytes, invalid UTF-8, a broken gzip stream). */
  | 'E_READ'
  /** The record is not JSON; params: line, column. */
  | 'E_PARSE'
  /** No registry source matches the record. */
  | 'E_UNDETECTED'
  /** The record fails the id it was checked against (--id) and detection says it is another source; params: detected, expected. */
  | 'E_WRONG_SOURCE'
  /** The record breaks its schema; `keyword` and `params` are ajv's. */
  | 'E_SCHEMA'
  /** A carried payload (x-lambda.carries) could not be decoded; params: steps. */
  | 'E_DECODE'
  /** A carried payload decoded but is not valid; params: expected, and the inner problem. */
  | 'E_NESTED'
  /** The record is nested too deeply to validate. */
  | 'E_DEPTH';

export interface Problem {
  code: ProblemCode;
  /** JSON pointer into the record ("" for the whole record). */
  instancePath: string;
  /** The failing JSON Schema keyword (E_SCHEMA only). */
  keyword?: string;
  message: string;
  params?: Record<string, unknown>;
}

export const problem = (code: ProblemCode, instancePath: string, message: string, params?: Record<string, unknown>): Problem =>
  params === undefined ? { code, instancePath, message } : { code, instancePath, message, params };

/** A schema violation as ajv reports it. */
export interface SchemaError {
  instancePath: string;
  /** Where in the schema (ajv's schemaPath), when known. */
  schemaPath?: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

export const schemaProblem = (e: SchemaError): Problem => ({
  code: 'E_SCHEMA',
  // schemaPath stays internal: it names a place in the bundled schema, not in the record.
  instancePath: e.instancePath,
  keyword: e.keyword,
  message: e.message ?? e.keyword,
  ...(e.params ? { params: e.params } : {}),
});
