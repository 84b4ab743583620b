/**
 * The registry's profile: schemas/ -> generated/ (the package `lambda-event-registry`), with every
 * house rule, and alongside it generated-codegen/ (the package `lambda-event-registry-codegen`,
 * this same code generator for users' schemas).
 */
import { join } from 'node:path';
import type { Profile } from '../index.ts';
import { REGENERATE } from '../banner.ts';
import { REGISTRY_CHECK } from '../stages/check.ts';
import { REGISTRY_VALIDATORS } from '../stages/validators.ts';
import { REGISTRY_SAMPLES } from '../stages/samples.ts';
import { packageFiles } from '../stages/package.ts';
import { codegenPackage } from '../stages/codegen-package.ts';

export function registryProfile(root: string): Profile {
  return {
    sources: join(root, 'schemas'),
    sourcesLabel: 'schemas',
    labelRoot: root,
    versionFrom: join(root, 'package.json'),
    out: join(root, 'generated'),
    outLabel: 'generated/',
    command: REGENERATE,
    check: REGISTRY_CHECK,
    validators: REGISTRY_VALIDATORS,
    samples: REGISTRY_SAMPLES,
    package: packageFiles,
    alongside: async (input) => [{ dir: join(root, 'generated-codegen'), label: 'generated-codegen/', files: await codegenPackage(input.version) }],
  };
}
