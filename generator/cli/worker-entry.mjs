// Worker thread entry when the CLI runs from source (repo tooling, tests): load TypeScript through
// tsx, then run the CLI's entry, which dispatches to the worker. The bundled cli.js needs no such entry.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
