// One core-throughput measurement in a process of its own, so each size's
// peak memory (maxRSS) and garbage are its own: `core-worker.ts UNITS RUNS`.
// Prints one JSON line (CoreSample) on stdout.
import { loadavg } from "node:os";
import { scoreWorkbook } from "../src/core";
import { MB, median, memoryNow, round, timed } from "./measure";
import { loadRubric, SANHE_TABLE, sanheTemplate, sanheWorkbook } from "./sanhe-grid";

export interface CoreSample {
  readonly units: number;
  readonly items: number;
  readonly runs: readonly number[];
  readonly medianMs: number;
  /** CPU time of each run (all of the process's threads, GC helpers included), median: steadier than the wall clock on a loaded machine. */
  readonly cpuMedianMs?: number;
  readonly itemsPerSecond: number;
  readonly msPerUnit: number;
  /** After the scoring, with its result alive, less before it (after a full GC both times). */
  readonly rssDeltaMb: number;
  readonly heapUsedDeltaMb: number;
  /** The whole worker's peak resident set: grids, result and garbage together. */
  readonly maxRssMb: number;
  /** heapUsedDeltaMb per unit scored, in KB: what the result of one unit keeps alive. */
  readonly kbPerUnit?: number;
  /** One-minute load average when the worker started and when it ended (the machine is shared). */
  readonly loadAverage?: readonly [number, number];
}

/** Runs 48-unit scorings first so later timings are of optimised code, not of the JIT warming up. */
const WARMUP_RUNS = 5;
const WARMUP_UNITS = 48;

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

function main(): void {
  const loadAtStart = loadavg()[0] ?? 0;
  const units = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 1);
  if (!Number.isInteger(units) || units < 1 || !Number.isInteger(runs) || runs < 1) throw new Error("usage: core-worker.ts UNITS RUNS");
  const rubric = loadRubric(SANHE_TABLE);
  const template = sanheTemplate({ mergeIndicators: true }, rubric);
  const warm = sanheWorkbook(template, WARMUP_UNITS, 1);
  for (let i = 0; i < WARMUP_RUNS; i++) scoreWorkbook(warm, { rubric });
  const workbook = sanheWorkbook(template, units);
  const before = memoryNow();
  let cpu = process.cpuUsage();
  const first = timed(() => scoreWorkbook(workbook, { rubric }));
  const cpuTimes = [cpuMs(process.cpuUsage(cpu))];
  const after = memoryNow();
  if (first.result.units.length !== units) throw new Error(`scored ${first.result.units.length} of ${units} units`);
  const items = first.result.units.reduce((n, u) => n + u.items.length, 0);
  const times = [first.ms];
  for (let i = 1; i < runs; i++) {
    cpu = process.cpuUsage();
    times.push(timed(() => scoreWorkbook(workbook, { rubric })).ms);
    cpuTimes.push(cpuMs(process.cpuUsage(cpu)));
  }
  const ms = median(times);
  const sample: CoreSample = {
    units,
    items,
    runs: times.map((t) => round(t, 1)),
    medianMs: round(ms, 1),
    cpuMedianMs: round(median(cpuTimes), 1),
    itemsPerSecond: Math.round(items / (ms / 1000)),
    msPerUnit: round(ms / units, 3),
    rssDeltaMb: round((after.rss - before.rss) / MB, 1),
    heapUsedDeltaMb: round((after.heapUsed - before.heapUsed) / MB, 1),
    maxRssMb: round((process.resourceUsage().maxRSS * 1024) / MB, 1),
    kbPerUnit: round(((after.heapUsed - before.heapUsed) / 1024) / units, 1),
    loadAverage: [round(loadAtStart, 2), round(loadavg()[0] ?? 0, 2)],
  };
  process.stdout.write(JSON.stringify(sample) + "\n");
}

main();
