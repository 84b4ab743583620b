/** The one ajv configuration used to check schemas and to compile validators, so both agree. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Options } from 'ajv';

export type AjvInstance = Ajv2020;

/** Annotation keywords of the registry: carried in schemas, ignored by validation. */
export const ANNOTATION_KEYWORDS = ['x-lambda', 'tsType'] as const;

export function createAjv(options: Options = {}): AjvInstance {
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    unicodeRegExp: true,
    allErrors: false,
    ...options,
  });
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['object', 'string'] });
  return ajv;
}
