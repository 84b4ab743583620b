/** `lambda-events list` and `lambda-events show <id>`: the registry. */
import type { Io } from './io.ts';
import { paint } from './io.ts';
import type { Registry } from './registry.ts';
import { packageText } from './package.ts';

const invocation = (i: string | string[]) => (Array.isArray(i) ? i.join('|') : i);

export function runList(registry: Registry, options: { format: 'human' | 'json'; kind?: string }, io: Io): number {
  const ids = Object.keys(registry.ids).filter((id) => !options.kind || registry.ids[id]!.kind === options.kind);
  if (options.format === 'json') {
    for (const id of ids) {
      const e = registry.ids[id]!;
      io.out(JSON.stringify({ id, kind: e.kind, invocation: e.invocation, summary: e.summary, docs: e.docs, result: e.result }) + '\n');
    }
    return 0;
  }
  const c = paint(io.color);
  const w = Math.max(...ids.map((i) => i.length), 2);
  io.out(c.bold(`${'id'.padEnd(w)}  ${'kind'.padEnd(6)}  ${'invocation'.padEnd(11)}  summary`) + '\n');
  for (const id of ids) {
    const e = registry.ids[id]!;
    io.out(`${id.padEnd(w)}  ${e.kind.padEnd(6)}  ${invocation(e.invocation).padEnd(11)}  ${e.summary}\n`);
  }
  io.out(c.dim(`${ids.length} ids. Invocation: sync = RequestResponse, async = Event, poll = event source mapping, sync-stream = response streaming, nested = inside another payload.`) + '\n');
  return 0;
}

/** The declaration of one type in generated/types.d.ts, with its doc comment. */
export function typeDeclaration(typesDts: string, name: string): string | null {
  const chunks = typesDts.split(/\n\n(?=\/\*\*|export )/);
  return chunks.find((chunk) => new RegExp(`export (interface|type) ${name}\\b`).test(chunk))?.trim() ?? null;
}

export function runShow(registry: Registry, id: string, io: Io): number {
  const e = registry.ids[id]!;
  const c = paint(io.color);
  io.out(`${c.bold(id)}: ${e.summary}\n`);
  io.out(`  kind: ${e.kind}\n  invocation: ${invocation(e.invocation)}\n  docs: ${e.docs}\n`);
  if (e.result) io.out(`  result: ${e.result}\n`);
  io.out(`  import: import { validate, type ${e.type} } from '${e.module}';\n`);
  io.out(`\n${c.bold('Type')}\n`);
  io.out((typeDeclaration(packageText('types.d.ts'), e.type) ?? '(not found)') + '\n');
  io.out(`\n${c.bold('Schema')} (${e.schema})\n`);
  io.out(JSON.stringify(registry.schema(id), null, 2) + '\n');
  if (e.sample) {
    io.out(`\n${c.bold('Sample')} (lambda-events sample ${id})\n`);
    io.out(packageText(e.sample));
  }
  return 0;
}
