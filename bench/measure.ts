/** Timing helpers: warm up, then several fixed-duration rounds; report the median. */

export interface Rate {
  /** Operations per second, median of the rounds. */
  opsPerSec: number;
  rounds: number[];
}

export function rate(fn: () => unknown, { warmupMs = 300, roundMs = 300, rounds = 7 } = {}): Rate {
  const until = (ms: number) => {
    const end = performance.now() + ms;
    let n = 0;
    while (performance.now() < end) {
      for (let i = 0; i < 100; i++) fn();
      n += 100;
    }
    return n;
  };
  until(warmupMs);
  const results: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const n = until(roundMs);
    results.push(n / ((performance.now() - start) / 1000));
  }
  return { opsPerSec: median(results), rounds: results };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
