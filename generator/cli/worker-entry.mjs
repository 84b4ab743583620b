// Worker thread entry: load TypeScript through tsx (as bin/lambda-events.mjs does), then run the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
