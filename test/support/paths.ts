import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const GENERATED = join(ROOT, 'generated');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** The shared corpus lives beside the repository; CI lays a copy of shared/ next to the clone. */
export const CORPUS = process.env.LAMBDA_EVENTS_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
export const TARGETS = join(CORPUS, '..', 'registry-targets.json');
