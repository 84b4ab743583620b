import type { Readable } from 'node:stream';
/** Where commands write: injectable so golden tests capture exactly what a user sees. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colour on stdout: only on a TTY and never with NO_COLOR. */
  color: boolean;
  /** Progress lines on stderr: only when stderr is a TTY. */
  progress: boolean;
  /** Standard input, for `-` (default: process.stdin). */
  stdin?: Readable;
}

/**
 * A reader that stops reading (`lambda-events list | head -1`) closes the pipe: end quietly, as
 * Unix tools do, instead of an unhandled EPIPE with a stack trace. Any other failure to write
 * stdout is reported in one line.
 */
function endQuietlyOnClosedPipe(): void {
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    process.stderr.write(`lambda-events: cannot write the output: ${error.message}\n`);
    process.exit(EXIT.INTERNAL);
  };
  process.stdout.on('error', onError);
  process.stderr.on('error', () => process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0));
}

export function processIo(): Io {
  endQuietlyOnClosedPipe();
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !noColor,
    progress: Boolean(process.stderr.isTTY),
  };
}

export const paint = (on: boolean) => ({
  red: (s: string) => (on ? `\x1b[31m${s}\x1b[39m` : s),
  green: (s: string) => (on ? `\x1b[32m${s}\x1b[39m` : s),
  yellow: (s: string) => (on ? `\x1b[33m${s}\x1b[39m` : s),
  dim: (s: string) => (on ? `\x1b[2m${s}\x1b[22m` : s),
  bold: (s: string) => (on ? `\x1b[1m${s}\x1b[22m` : s),
});

/** Exit codes, documented in the README. */
export const EXIT = {
  OK: 0,
  /** Some record is invalid, unparseable, undetected (or has drift under --strict). */
  FAILED: 1,
  /** Bad usage, or a path that cannot be read. */
  USAGE: 2,
  /** A bug in the tool. */
  INTERNAL: 3,
  /** Interrupted (Ctrl-C): 128 + SIGINT. */
  INTERRUPTED: 130,
} as const;
