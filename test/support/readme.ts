import { readFileSync } from 'node:fs';

/** The TypeScript code blocks (```ts) of a Markdown file, in order: the examples the README tests compile. */
export const tsBlocks = (path: string): string[] => [...readFileSync(path, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
