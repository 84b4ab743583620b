/** Step 1 of checking a record: JSON.parse, with a problem that says where the JSON breaks. */
import { problem, type Problem } from './problems.ts';

/** Line and column (1-based) of a character offset in text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lastBreak = i;
  }
  return { line, column: offset - lastBreak };
}

/** The E_PARSE problem for a JSON.parse error; `oneLine` for NDJSON records (a column suffices). */
export function parseProblem(text: string, error: Error, oneLine: boolean): Problem {
  const position = /position (\d+)/.exec(error.message)?.[1] ?? (/end of JSON input/.test(error.message) ? String(text.length) : undefined);
  const detail = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'unexpected end of input');
  if (position === undefined) return problem('E_PARSE', '', `invalid JSON: ${detail}`);
  const { line, column } = lineColumn(text, Number(position));
  const at = oneLine ? `column ${column}` : `line ${line} column ${column}`;
  return problem('E_PARSE', '', `invalid JSON at ${at}: ${detail}`, { line, column });
}

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function parseRecord(text: string, oneLine: boolean): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: parseProblem(text, error as Error, oneLine) };
  }
}
