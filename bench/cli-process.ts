// Issue 17's CLI target as whole processes, side by side: `kaohe score` on
// the 48-unit 三河 workbook (bin/kaohe.js → the compiled lib/) against a
// plain node process that only reads and writes the same file with exceljs.
// Each process is started, loads its modules, does its work and exits; the
// wall clock and the CPU time (user + system, from /proc) of each are kept,
// interleaved so a busy moment on the shared machine falls on both alike.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_PROCESS_BEFORE, verdictRatio } from "./cli-process-verdict";
import { median, round } from "./measure";
import { timeNodeProcess } from "./time-process";
import { gridToWorkbook } from "./grid-to-xlsx";
import { SANHE_TABLE, sanheTemplate, sanheWorkbook } from "./sanhe-grid";

const ROOT = join(__dirname, "..");

/** The baseline: what any tool that opens and saves the workbook with exceljs pays. */
const EXCELJS_ONLY = `
const ExcelJS = require("exceljs");
const [input, output] = process.argv.slice(1);
const workbook = new ExcelJS.Workbook();
workbook.xlsx.readFile(input).then(() => workbook.xlsx.writeFile(output)).then(() => { process.exitCode = 0; });
`;

export interface ProcessSample {
  readonly units: number;
  readonly fileKb: number;
  readonly runs: number;
  readonly kaoheWallMs: readonly number[];
  readonly exceljsWallMs: readonly number[];
  readonly kaoheCpuMs: readonly number[] | undefined;
  readonly exceljsCpuMs: readonly number[] | undefined;
  readonly kaoheMedianMs: number;
  readonly exceljsMedianMs: number;
  /** kaohe ÷ exceljs, wall-clock medians: the figure. */
  readonly ratio: number;
  /** The same from CPU time: less swayed by the other processes on the machine. */
  readonly cpuRatio: number | undefined;
  readonly loadAverage: readonly number[];
}

function timedProcess(args: readonly string[]): { wall: number; cpu: number | undefined } {
  const { wall, cpu, run } = timeNodeProcess(args, ROOT);
  if (run.status !== 0) throw new Error(`${args.slice(0, 3).join(" ")} exited ${run.status}: ${run.stderr.slice(0, 300)}`);
  return { wall, cpu };
}

export async function measureCliProcesses(units: number, runs: number): Promise<ProcessSample> {
  const bin = join(ROOT, "bin", "kaohe.js");
  if (!existsSync(join(ROOT, "lib", "cli", "main.js"))) throw new Error("lib/ is missing: npm run build:cli");
  const dir = mkdtempSync(join(tmpdir(), "kaohe-bench-process-"));
  const loadAverage = loadavg().map((l) => round(l, 2));
  try {
    const input = join(dir, `sanhe-${units}.xlsx`);
    await gridToWorkbook(sanheWorkbook(sanheTemplate({ mergeIndicators: true }), units)).xlsx.writeFile(input);
    const kaohe = (i: number): string[] => [bin, "score", input, "--rubric", SANHE_TABLE, "--out", join(dir, `scored-${i}.xlsx`), "--json", join(dir, `report-${i}.json`), "-q"];
    const exceljs = (i: number): string[] => ["-e", EXCELJS_ONLY, input, join(dir, `io-${i}.xlsx`)];
    const k: { wall: number; cpu: number | undefined }[] = [];
    const e: { wall: number; cpu: number | undefined }[] = [];
    // Run -1 warms the disk cache; it is not counted. Alternating which goes first.
    for (let i = -1; i < runs; i++) {
      const pair = i % 2 === 0 ? [() => timedProcess(kaohe(i)), () => timedProcess(exceljs(i))] : [() => timedProcess(exceljs(i)), () => timedProcess(kaohe(i))];
      const [first, second] = [pair[0]?.(), pair[1]?.()];
      const [kt, et] = i % 2 === 0 ? [first, second] : [second, first];
      if (i >= 0 && kt && et) {
        k.push(kt);
        e.push(et);
      }
    }
    const cpuOf = (xs: typeof k): number[] | undefined => (xs.every((x) => x.cpu !== undefined) ? xs.map((x) => x.cpu ?? 0) : undefined);
    const kaoheCpuMs = cpuOf(k);
    const exceljsCpuMs = cpuOf(e);
    const kaoheMedianMs = median(k.map((x) => x.wall));
    const exceljsMedianMs = median(e.map((x) => x.wall));
    return {
      units,
      fileKb: Math.round(statSync(input).size / 1024),
      runs,
      kaoheWallMs: k.map((x) => round(x.wall, 0)),
      exceljsWallMs: e.map((x) => round(x.wall, 0)),
      kaoheCpuMs,
      exceljsCpuMs,
      kaoheMedianMs: round(kaoheMedianMs, 0),
      exceljsMedianMs: round(exceljsMedianMs, 0),
      ratio: round(kaoheMedianMs / exceljsMedianMs, 2),
      cpuRatio: kaoheCpuMs && exceljsCpuMs ? round(median(kaoheCpuMs) / median(exceljsCpuMs), 2) : undefined,
      loadAverage,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/cli-process.ts [runs]`: this part alone, added to bench/results.json as cliProcess.
if (require.main === module) {
  const runs = Number(process.argv[2] ?? 7);
  measureCliProcesses(48, runs).then((s) => {
    console.log(`kaohe score ${s.units} units (${s.fileKb} KB): wall median ${s.kaoheMedianMs} ms (${s.kaoheWallMs.join(", ")}); CPU ${s.kaoheCpuMs?.join(", ") ?? "n/a"}`);
    console.log(`node + exceljs read+write: wall median ${s.exceljsMedianMs} ms (${s.exceljsWallMs.join(", ")}); CPU ${s.exceljsCpuMs?.join(", ") ?? "n/a"}`);
    const verdict = verdictRatio(s, cpus().length);
    console.log(`ratio ${s.ratio}× wall, ${s.cpuRatio ?? "n/a"}× CPU; verdict by ${verdict.by}: ${verdict.ratio}× (target ≤ 1.3×) ${verdict.ratio <= 1.3 ? "met" : "NOT met"}; load average ${s.loadAverage.join(" ")} on ${cpus().length} CPUs`);
    console.log(`before (${CLI_PROCESS_BEFORE.commit}): ${CLI_PROCESS_BEFORE.cpuRatio}× CPU, ${CLI_PROCESS_BEFORE.wallRatio}× wall at load ${CLI_PROCESS_BEFORE.loadAverage}`);
    const file = join(__dirname, "results.json");
    const results = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
    writeFileSync(file, JSON.stringify({ ...results, cliProcess: { ok: true, date: new Date().toISOString(), value: s, verdict: { ...verdict, target: 1.3, met: verdict.ratio <= 1.3 }, before: CLI_PROCESS_BEFORE } }, null, 2) + "\n");
  });
}
