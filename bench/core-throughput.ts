// Core scoring throughput: one worker process per size (core-worker.ts).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { CoreSample } from "./core-worker";

export type { CoreSample } from "./core-worker";

/** Sizes and repeats: enough runs for a median where a run is short, one where it takes most of a minute. */
export const CORE_PLAN: readonly { readonly units: number; readonly runs: number }[] = [
  { units: 48, runs: 21 },
  { units: 1000, runs: 3 },
  { units: 10000, runs: 1 },
];

/**
 * One size measured in a worker of its own. `root` is the checkout whose
 * core is measured: this one, or a before-checkout (KAOHE_BENCH_BEFORE) run
 * with its own worker, side by side, so before and after share the load.
 */
export function measureCore(units: number, runs: number, root = join(__dirname, "..")): CoreSample {
  const worker = join(root, "bench", "core-worker.ts");
  const run = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", worker, String(units), String(runs)], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`core worker (${units} units) failed: ${run.stderr.slice(-2000)}`);
  const line = run.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as CoreSample;
}
