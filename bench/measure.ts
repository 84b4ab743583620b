/** Timing helpers: warm up, then several fixed-duration rounds; report the median. */

export interface Rate {
  /** Operations per second, median of the rounds. */
  opsPerSec: number;
  rounds: number[];
}

/** Calls of `fn` per second over about `ms` milliseconds. */
function round(fn: () => unknown, ms: number): number {
  const start = performance.now();
  const end = start + ms;
  let n = 0;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  return n / ((performance.now() - start) / 1000);
}

export function rate(fn: () => unknown, { warmupMs = 300, roundMs = 300, rounds = 7 } = {}): Rate {
  round(fn, warmupMs);
  const results: number[] = [];
  for (let r = 0; r < rounds; r++) results.push(round(fn, roundMs));
  return { opsPerSec: median(results), rounds: results };
}

/**
 * Several contenders side by side: every round runs each in turn, so all share the machine's
 * state of the moment (other load, clock, GC) and their ratios hold on a busy machine too.
 */
export function rates<K extends string>(fns: Record<K, () => unknown>, { warmupMs = 300, roundMs = 300, rounds = 7 } = {}): Record<K, Rate> {
  const names = Object.keys(fns) as K[];
  for (const name of names) round(fns[name], warmupMs);
  const results = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < rounds; r++) for (const name of names) results[name].push(round(fns[name], roundMs));
  return Object.fromEntries(names.map((n) => [n, { opsPerSec: median(results[n]), rounds: results[n] }])) as Record<K, Rate>;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
