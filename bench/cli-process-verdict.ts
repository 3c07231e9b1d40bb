// The CLI whole-process figure's verdict and its "before", apart from the
// measurement so run-bench.ts can quote them without loading exceljs.

/**
 * The same measurement at main 4c89ec9, before this work (lib/ one file per
 * source, every bundled rubric validated on each run), 5 runs, load average
 * 12.8 on 2 CPUs: the wall clock said 1.00× (both ~2.47 s, the machine's
 * queue), the CPU time 1.29× (1,390 ms against 1,080 ms).
 */
export const CLI_PROCESS_BEFORE = { commit: "4c89ec9", kaoheCpuMs: 1390, exceljsCpuMs: 1080, cpuRatio: 1.29, wallRatio: 1.0, loadAverage: 12.82 } as const;

/**
 * The figure the verdict is taken from: the wall clock when the machine had a
 * core free for the run, the CPU time when it did not (a load average above
 * the core count makes the wall clock the scheduler's queue, not the work).
 */
export function verdictRatio(sample: { readonly ratio: number; readonly cpuRatio: number | undefined; readonly loadAverage: readonly number[] }, cores: number): { ratio: number; by: "wall" | "CPU" } {
  const busy = (sample.loadAverage[0] ?? 0) >= cores;
  return busy && sample.cpuRatio !== undefined ? { ratio: sample.cpuRatio, by: "CPU" } : { ratio: sample.ratio, by: "wall" };
}

