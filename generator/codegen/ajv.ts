/** The one ajv configuration used to check schemas and to compile validators, so both agree. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv';
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

/**
 * Keywords draft 2020-12 has and draft-07 lacks (or reads otherwise: `items` as an array). A schema
 * without them validates the same under ajv's draft-07 class, whose code skips the 2020 bookkeeping
 * (evaluated properties for unevaluated*, dynamic anchors): smaller, and faster to run.
 */
const ONLY_2020 = new Set(['prefixItems', 'unevaluatedProperties', 'unevaluatedItems', 'dependentSchemas', 'dependentRequired', 'minContains', 'maxContains', '$anchor', '$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor', '$vocabulary']);

/** Whether a schema has a keyword only 2020-12 has (a property so named counts too: the safe side). */
export function usesOnly2020(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(usesOnly2020);
  if (node === null || typeof node !== 'object') return false;
  return Object.entries(node).some(([k, v]) => ONLY_2020.has(k) || (k === 'items' && Array.isArray(v)) || (k !== 'const' && k !== 'enum' && usesOnly2020(v)));
}

/** The generator's configuration on ajv's draft-07 class, for a schema `usesOnly2020` says no to (compile it without its `$schema`). */
export function createDraft07Ajv(options: Options = {}): Ajv {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, unicodeRegExp: true, allErrors: false, ...options });
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['object', 'string'] });
  return ajv;
}
