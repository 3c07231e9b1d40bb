// The core's figures before the speed work of issue 17, so the bench can
// print before/after beside each other. Measured with this bench's own core
// worker (core-throughput.ts) on main at 99e3304, on the shared 2-core
// machine while other sessions ran (load average 5.4–6.4): compare with an
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
  { units: 48, medianMs: 219.5, msPerUnit: 4.573, maxRssMb: 202.3, loadAverage: 5.4 },
  { units: 1000, medianMs: 7066.3, msPerUnit: 7.066, maxRssMb: 376.9, loadAverage: 6.05 },
  { units: 10000, medianMs: 60399.3, msPerUnit: 6.04, maxRssMb: 1020.4, loadAverage: 6.36 },
];

/** Issue 17's own figures on an idle machine, before the work: 48 units median 74.8 ms; 10,000 units 18 s. */
export const CORE_BEFORE_IDLE = { core48Ms: 74.8, core10000Ms: 18000 } as const;
