// The core's figures before the speed work of issue 17, so the bench can
// print before/after beside each other. Measured with this bench's own core
// worker (core-throughput.ts) on main at 99e3304, on the shared 2-core
// machine while other sessions ran (load average 7.4–8.5): compare with an
// after run on a similarly loaded machine, or use the idle figures.

export interface CoreBefore {
  readonly units: number;
  readonly medianMs: number;
  readonly msPerUnit: number;
  readonly maxRssMb: number;
  readonly loadAverage: number;
}

export const CORE_BEFORE_COMMIT = "99e3304";

export const CORE_BEFORE: readonly CoreBefore[] = [
  { units: 48, medianMs: 210.1, msPerUnit: 4.376, maxRssMb: 203.9, loadAverage: 8.46 },
  { units: 1000, medianMs: 7127.3, msPerUnit: 7.127, maxRssMb: 380.9, loadAverage: 8.36 },
  { units: 10000, medianMs: 47201.3, msPerUnit: 4.72, maxRssMb: 1024.7, loadAverage: 7.41 },
];

/** Issue 17's own figures on an idle machine, before the work: 48 units median 74.8 ms; 10,000 units 18 s. */
export const CORE_BEFORE_IDLE = { core48Ms: 74.8, core10000Ms: 18000 } as const;
