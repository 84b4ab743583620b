/**
 * A sample template: a handlebars file whose first block is a `{{!-- … --}}` comment holding its
 * JSON header (parameters, SAM counterparts, the parameter an inner payload fills).
 */

export type ParamType = 'string' | 'number' | 'integer' | 'boolean' | 'json';

export interface ParamSpec {
  type: ParamType;
  default: unknown;
  description: string;
  /** Values of a string parameter must match (anchored). */
  pattern?: string;
  /** `date-time`: an ISO 8601 UTC time such as 2024-03-01T12:00:00.000Z (checked as a real date). */
  format?: 'date-time';
  enum?: unknown[];
  /** Bounds of a number or integer parameter. */
  minimum?: number;
  maximum?: number;
}

export interface SamCounterpart {
  service: string;
  event: string;
  /** Parameter values this SAM event fixes (e.g. `s3 delete` sets the event name). */
  set?: Record<string, unknown>;
}

export interface SampleHeader {
  parameters: Record<string, ParamSpec>;
  sam?: SamCounterpart[];
  /** The parameter that takes the JSON text of an inner sample (`--inner <id>`). */
  inner?: string;
}

export interface SampleSource {
  id: string;
  /** Path relative to schemas/. */
  path: string;
  header: SampleHeader;
  /** The template without its header. */
  body: string;
}

const ISO_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,3})?Z$/;

const HEADER = /^\s*\{\{!--([\s\S]*?)--\}\}\s*/;

export class SampleError extends Error {
  constructor(
    readonly code: 'E_SAMPLE_HEADER' | 'E_SAMPLE_PARAM' | 'E_SAMPLE_RENDER' | 'E_SAMPLE_UNKNOWN',
    message: string,
  ) {
    super(message);
    this.name = 'SampleError';
  }
}

export function parseSample(id: string, path: string, text: string): SampleSource {
  const m = HEADER.exec(text);
  if (!m) throw new SampleError('E_SAMPLE_HEADER', 'a sample template starts with a {{!-- {json header} --}} comment');
  let header: SampleHeader;
  try {
    header = JSON.parse(m[1]!) as SampleHeader;
  } catch (error) {
    throw new SampleError('E_SAMPLE_HEADER', `the header is not JSON: ${(error as Error).message}`);
  }
  if (!header || typeof header.parameters !== 'object') throw new SampleError('E_SAMPLE_HEADER', 'the header needs "parameters"');
  for (const [name, p] of Object.entries(header.parameters)) {
    if (!/^[a-z][a-zA-Z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new SampleError('E_SAMPLE_HEADER', `parameter name "${name}" must be kebab-case (as SAM's) or camelCase`);
    if (!['string', 'number', 'integer', 'boolean', 'json'].includes(p.type)) throw new SampleError('E_SAMPLE_HEADER', `parameter "${name}" has no valid type`);
    if (typeof p.description !== 'string' || p.description === '') throw new SampleError('E_SAMPLE_HEADER', `parameter "${name}" needs a description`);
    if (p.format !== undefined && (p.format !== 'date-time' || p.type !== 'string')) throw new SampleError('E_SAMPLE_HEADER', `parameter "${name}": format is "date-time", on strings only`);
    checkValue(name, p, p.default);
  }
  if (header.inner !== undefined && header.parameters[header.inner]?.type !== 'string' && header.parameters[header.inner]?.type !== 'json')
    throw new SampleError('E_SAMPLE_HEADER', `"inner" must name a string or json parameter`);
  return { id, path, header, body: text.slice(m[0].length) };
}

/** Throws E_SAMPLE_PARAM when a value does not fit its parameter. */
export function checkValue(name: string, p: ParamSpec, value: unknown): void {
  const fail = (why: string) => {
    throw new SampleError('E_SAMPLE_PARAM', `--${name} ${JSON.stringify(value)}: ${why}`);
  };
  if (p.type === 'string' && typeof value !== 'string') fail('must be a string');
  if (p.type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) fail('must be a number');
  if (p.type === 'integer' && !Number.isSafeInteger(value)) fail('must be an integer');
  if (p.type === 'boolean' && typeof value !== 'boolean') fail('must be true or false');
  if (typeof value === 'number' && p.minimum !== undefined && value < p.minimum) fail(`must be at least ${p.minimum}`);
  if (typeof value === 'number' && p.maximum !== undefined && value > p.maximum) fail(`must be at most ${p.maximum}`);
  if (p.enum && !p.enum.some((e) => e === value)) fail(`must be one of ${p.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  if (p.pattern && typeof value === 'string' && !new RegExp(`^(?:${p.pattern})$`, 'u').test(value)) fail(`must match ${p.pattern}`);
  if (p.format === 'date-time' && (typeof value !== 'string' || !ISO_TIME.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 19) !== value.slice(0, 19)))
    fail('must be an ISO 8601 UTC time such as 2024-03-01T12:00:00.000Z');
}

/** A parameter value given as command-line text, converted to the parameter's type. */
export function fromText(name: string, p: ParamSpec, text: string): unknown {
  switch (p.type) {
    case 'string':
      return text;
    case 'number':
    case 'integer': {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) throw new SampleError('E_SAMPLE_PARAM', `--${name} ${JSON.stringify(text)}: must be a number`);
      return n;
    }
    case 'boolean':
      if (text === 'true' || text === 'false') return text === 'true';
      throw new SampleError('E_SAMPLE_PARAM', `--${name} ${JSON.stringify(text)}: must be true or false`);
    case 'json':
      try {
        return JSON.parse(text);
      } catch {
        throw new SampleError('E_SAMPLE_PARAM', `--${name}: must be JSON, e.g. '{"a":"b"}'`);
      }
  }
}

/** Defaults merged with overrides, each checked; unknown names are an error. */
export function resolveParams(id: string, header: SampleHeader, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  for (const name of Object.keys(overrides))
    if (!Object.prototype.hasOwnProperty.call(header.parameters, name))
      throw new SampleError('E_SAMPLE_PARAM', `${id} has no parameter "${name}"; it takes ${Object.keys(header.parameters).map((n) => `--${n}`).join(', ') || 'none'}`);
  const out: Record<string, unknown> = Object.create(null);
  for (const [name, p] of Object.entries(header.parameters)) {
    const value = Object.prototype.hasOwnProperty.call(overrides, name) ? overrides[name] : p.default;
    checkValue(name, p, value);
    out[name] = value;
  }
  return out;
}
