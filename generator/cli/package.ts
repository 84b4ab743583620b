/**
 * The installed package as the CLI sees it. Code (detector, validators, samples) is loaded through
 * the package's own exports, by name, so the CLI always runs against the data it ships with and
 * exercises the public API; data files (registry.json, schemas, samples, types.d.ts) are read
 * from the package's folder.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_NAME = 'lambda-event-registry';

let dir: string | undefined;

/** The folder of the installed package. */
export function packageDir(): string {
  return (dir ??= dirname(fileURLToPath(import.meta.resolve(`${PACKAGE_NAME}/package.json`))));
}

/** A file of the package, as text. */
export function packageText(relative: string): string {
  return readFileSync(join(packageDir(), relative), 'utf8');
}

/** The package's version. */
export function packageVersion(): string {
  return (JSON.parse(packageText('package.json')) as { version: string }).version;
}

/** A module of the package by its export subpath (`detect`, `sqs.batch`, `sqs.batch/all`). */
export function importPackage<T>(subpath: string): Promise<T> {
  return import(`${PACKAGE_NAME}/${subpath}`) as Promise<T>;
}
