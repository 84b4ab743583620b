/** The banner every generated file carries: where it comes from and how to remake it. */
export const REGENERATE = 'npm run generate';

export function banner(source: string, command: string = REGENERATE): string {
  return `// ${jsonBanner(source, command)}\n`;
}

/** For JSON files, which cannot hold comments: a `$comment` value. */
export function jsonBanner(source: string, command: string = REGENERATE): string {
  return `Generated from ${source} by \`${command}\`. Do not edit: change the schema and regenerate.`;
}
