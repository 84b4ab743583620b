/**
 * Standard Schema v1 (https://standardschema.dev) on a precompiled validator, so it plugs into
 * libraries that accept any Standard Schema (the Powertools parser among them). Inlined into each
 * validator module: a few lines, no import.
 */
interface AjvLikeError {
  instancePath: string;
  message?: string;
}
type AjvLike = ((value: unknown) => boolean) & { errors?: AjvLikeError[] | null };

import { tokens } from './pointer.ts';

/** Make a precompiled validator a Standard Schema and name the registry id it checks (`validate.id`). */
export function withStandardSchema<F extends AjvLike>(validate: F, id: string): F {
  Object.defineProperty(validate, 'id', { enumerable: false, value: id });
  Object.defineProperty(validate, '~standard', {
    enumerable: false,
    value: {
      version: 1,
      vendor: 'lambda-event-registry',
      validate(value: unknown) {
        if (validate(value)) return { value };
        return {
          issues: (validate.errors ?? []).map((e) => ({
            message: `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
            path: tokens(e.instancePath),
          })),
        };
      },
    },
  });
  return validate;
}
