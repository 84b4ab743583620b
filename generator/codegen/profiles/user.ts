/**
 * A user's profile: their folder of schemas -> their output folder, through the same stages as
 * the registry (`lambda-events-codegen`). Their ids live outside the registry's namespaces, say
 * where each payload travels, and each gets one validator (shape and values), a type, a sample.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Profile } from '../index.ts';
import { banner, jsonBanner } from '../banner.ts';
import { userPackageFiles } from '../stages/package-user.ts';

export const BIN = 'lambda-events-codegen';

export interface UserProfileOptions {
  /** The schemas folder and the output folder, absolute. */
  schemas: string;
  out: string;
  /** The working directory: messages name both folders relative to it. */
  cwd: string;
  /** The registry's namespaces (registryNamespaces()), which a user's id may not take. */
  reserved: ReadonlySet<string>;
}

const label = (cwd: string, dir: string) => (relative(cwd, dir) || '.').split(sep).join('/');

export function userProfile(options: UserProfileOptions): Profile {
  const sourcesLabel = label(options.cwd, options.schemas);
  const outLabel = label(options.cwd, options.out);
  const command = `${BIN} --schemas ${sourcesLabel} --out ${outLabel}`;
  const head = (path: string) => banner(`${sourcesLabel}/${path}`, command);
  return {
    sources: options.schemas,
    sourcesLabel,
    labelRoot: options.cwd,
    versionFrom: null,
    out: options.out,
    outLabel: `${outLabel}/`,
    command,
    check: { audience: 'user', reserved: options.reserved },
    validators: { modules: 'payload', banner: head },
    samples: { everyId: true },
    package: (input) => userPackageFiles(input, { banner: head, jsonBanner: (path) => jsonBanner(`${sourcesLabel}/${path}`, command) }),
  };
}

/** The namespaces of the installed registry (the peer dependency): the first part of each of its ids. */
export function registryNamespaces(): ReadonlySet<string> {
  const path = createRequire(import.meta.url).resolve('lambda-event-registry/registry.json');
  const index = JSON.parse(readFileSync(path, 'utf8')) as { ids: Record<string, unknown> };
  return new Set(Object.keys(index.ids).map((id) => id.slice(0, id.indexOf('.'))));
}
