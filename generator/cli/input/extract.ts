/**
 * The events inside one record as people capture them: a JSON array of events, a CloudWatch Logs
 * export (`aws logs filter-log-events` / `get-log-events`: `events[].message`), Logs Insights rows
 * (`@message`), a Lambda log line in the runtime's text format
 * (`2024-05-01T10:00:00.000Z\t<request id>\tINFO\t{...}`) or JSON format (`{"level","message",...}`),
 * and documents concatenated with or without whitespace between them (Firehose S3 objects).
 * Lines that hold no event (START/END/REPORT, plain text) are non-events: counted, never lost.
 */
export type Piece =
  | { kind: 'event'; value: unknown; at?: string }
  | { kind: 'skip'; at?: string }
  | { kind: 'unparseable'; error: Error; text: string; at?: string };

const LEVELS = new Set(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL']);
/** Lines the Lambda runtime and platform write around invocations. */
const PLATFORM = /^(START|END|REPORT|INIT_START|INIT_REPORT|INIT_RUNTIME_DONE|RESTORE_START|RESTORE_REPORT|EXTENSION|TELEMETRY|PLATFORM)\b/;
/** The Node.js (and Python) runtimes' text format: time, request id, level, message, tab-separated. */
const TEXT_LINE = /^\d{4}-\d{2}-\d{2}T[^\t]*\t[^\t]*\t([A-Z]+)\t/;

const own = Object.prototype.hasOwnProperty;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Whether a parsed value is a container of events rather than an event (cheap: checked for every
 * record). A whole document may be an array of events or a CloudWatch Logs export; one NDJSON line
 * is one record, unwrapped only when it is a log record of the runtime's JSON format.
 */
export function isContainer(value: unknown, wholeDocument = true): boolean {
  // An empty array holds no event; it stays one record (undetected), so nothing read is lost.
  if (Array.isArray(value)) return wholeDocument && value.length > 0;
  if (!isObject(value)) return false;
  if (wholeDocument && own.call(value, 'events') && Array.isArray(value.events) && value.events.length > 0 && value.events.every((e) => isObject(e) && typeof e.message === 'string')) return true;
  if (isPlatformRecord(value)) return true;
  return typeof value.level === 'string' && LEVELS.has(value.level) && own.call(value, 'message') && own.call(value, 'timestamp');
}

/** A platform event of the JSON log format (`{"time","type":"platform.report","record":{...}}`): not an event. */
const isPlatformRecord = (value: Record<string, unknown>): boolean =>
  typeof value.type === 'string' && value.type.startsWith('platform.') && own.call(value, 'time') && own.call(value, 'record');

const join = (a: string | undefined, b: string) => (a ? `${a} ${b}` : b);

/** The events a parsed value holds (containers are unwrapped two levels deep at most: an array of log records, say). */
export function unwrap(value: unknown, at?: string, depth = 0): Piece[] {
  if (depth > 2) return [{ kind: 'event', value, ...(at ? { at } : {}) }];
  if (Array.isArray(value))
    return value.flatMap((el, i) => {
      const here = join(at, `[${i}]`);
      // Logs Insights JSON export: rows with @message (and @timestamp, @logStream...).
      if (isObject(el) && typeof el['@message'] === 'string') return logLine(el['@message'], here);
      return isContainer(el, false) ? unwrap(el, here, depth + 1) : [{ kind: 'event' as const, value: el, at: here }];
    });
  if (isObject(value) && Array.isArray(value.events) && isContainer(value) && !own.call(value, 'level')) {
    // filter-log-events / get-log-events output.
    return (value.events as Record<string, unknown>[]).flatMap((e, i) => logLine(e.message as string, join(at, typeof e.eventId === 'string' ? `event ${e.eventId}` : `events[${i}]`)));
  }
  if (isObject(value) && isPlatformRecord(value)) return [{ kind: 'skip', ...(at ? { at } : {}) }];
  if (isObject(value) && isContainer(value)) {
    // The runtime's JSON log format: the logged value is `message` (an object, or text that may hold JSON).
    const message = value.message;
    if (isObject(message) || Array.isArray(message)) return [{ kind: 'event', value: message, ...(at ? { at } : {}) }];
    return typeof message === 'string' ? jsonIn(message, at) : [{ kind: 'skip', ...(at ? { at } : {}) }];
  }
  return [{ kind: 'event', value, ...(at ? { at } : {}) }];
}

/** A JSON value logged inside a message: the whole message, or from its first `{` or `[`. */
function jsonIn(text: string, at?: string): Piece[] {
  const trimmed = text.trim();
  const starts = [0, trimmed.indexOf('{'), trimmed.indexOf('[')].filter((i, k) => i >= 0 && (k === 0 || i > 0));
  for (const start of starts) {
    try {
      const value = JSON.parse(trimmed.slice(start)) as unknown;
      // A logged value is one event (a logged array is, e.g., an AppSync batch invoke), unless it is a JSON-format log record.
      return isContainer(value, false) ? unwrap(value, at, 2) : [{ kind: 'event', value, ...(at ? { at } : {}) }];
    } catch {
      // not JSON from here
    }
  }
  return [{ kind: 'skip', ...(at ? { at } : {}) }];
}

/** One line of a Lambda log: an event it logged, or a non-event. */
export function logLine(text: string, at?: string): Piece[] {
  const line = text.replace(/\r?\n$/, '');
  if (line.trim() === '' || PLATFORM.test(line)) return [{ kind: 'skip', ...(at ? { at } : {}) }];
  const m = TEXT_LINE.exec(line);
  if (m) return jsonIn(line.slice(m[0].length), at);
  return jsonIn(line, at);
}

/**
 * Split concatenated JSON documents (`{...}{...}` or separated by whitespace), as Firehose writes
 * records to S3. Returns null when the text is not such a sequence (one document, or broken JSON).
 */
export function splitDocuments(text: string): string[] | null {
  const docs: string[] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      if (start === -1) return null; // a top-level string is not an event
    } else if (c === 0x7b || c === 0x5b) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth < 0) return null;
      if (depth === 0) {
        docs.push(text.slice(start, i + 1));
        start = -1;
      }
    } else if (depth === 0 && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return null;
  }
  return depth === 0 && !inString && docs.length > 1 ? docs : null;
}
