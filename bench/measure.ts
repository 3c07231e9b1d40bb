// Small timing and memory helpers shared by the bench's parts.

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Milliseconds one call takes, with the call's result so nothing is optimised away. */
export function timed<T>(run: () => T): { readonly ms: number; readonly result: T } {
  const start = process.hrtime.bigint();
  const result = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

export async function timedAsync<T>(run: () => Promise<T>): Promise<{ readonly ms: number; readonly result: T }> {
  const start = process.hrtime.bigint();
  const result = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

export interface MemorySnapshot {
  readonly rss: number;
  readonly heapUsed: number;
}

/** Memory after a full collection when the process runs with --expose-gc (the bench's workers do). */
export function memoryNow(): MemorySnapshot {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

export const MB = 1024 * 1024;

export function round(value: number, places = 2): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}
