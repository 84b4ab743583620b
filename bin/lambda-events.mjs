#!/usr/bin/env node
// The lambda-events command line. Its TypeScript sources run through tsx, like the generator.
import { register } from 'tsx/esm/api';

register();
await import('../generator/cli/main.ts');
