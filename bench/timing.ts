/** Timing helpers for the benchmarks (wall clock via performance.now, milliseconds). */
import { readFileSync } from 'node:fs';

/**
 * Wall time and this process's CPU time (user + system) of `work`. On a busy machine the wall
 * time includes waiting for a core; the CPU time does not, so single-threaded rates are
 * reported both ways.
 */
export function timeIt<T>(work: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const s = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * CPU seconds (user + system) of this process and of its finished child processes (the batch's
 * worker processes, once exited and reaped), from /proc/self/stat on Linux; null elsewhere.
 */
export function cpuSecondsWithChildren(): number | null {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return null;
  }
  // Fields after the command name (which may hold spaces) start at state, field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime, stime, cutime, cstime are fields 14-17 (1-based), in clock ticks (100 per second on Linux).
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  return Number.isFinite(ticks) ? ticks / 100 : null;
}
