import { main } from './handler.js';
console.log((await main()).join(' '));
