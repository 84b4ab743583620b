import { readFileSync } from 'node:fs';
import { main } from './handler.js';
// A captured event (a corpus file when the shared corpus is present), validated by the installed package.
const captured = JSON.parse(readFileSync(new URL('./captured.json', import.meta.url), 'utf8'));
console.log((await main(captured)).join(' '));
