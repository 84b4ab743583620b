/** The banner every generated file carries: where it comes from and how to remake it. */
export const REGENERATE = 'npm run generate';

export function banner(source: string): string {
  return `// Generated from ${source} by \`${REGENERATE}\`. Do not edit: change the schema and regenerate.\n`;
}

/** For JSON files, which cannot hold comments: a `$comment` value. */
export function jsonBanner(source: string): string {
  return `Generated from ${source} by \`${REGENERATE}\`. Do not edit: change the schema and regenerate.`;
}
