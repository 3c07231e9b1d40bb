// The CLI's start-up as whole processes (node started, modules loaded, the
// command run, the process gone), before and after issue 15:
//   before  — the TypeScript sources through tsx, every command module loaded
//             up front (exceljs included), as bin/kaohe.js and main.ts did;
//   after   — bin/kaohe.js loading the compiled lib/ (npm ci's prepare), with
//             commands imported when they run;
//   bundle  — the release package's single-file kaohe-cli.js.
// Each for `--help` and for `check` on the 岳阳 example, interleaved so a
// busy moment on the machine falls on all three alike.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { bundleCli } from "../scripts/package/cli-bundle";
import { buildYueyangCountyExample } from "../test/fixtures/yueyang-county-example";
import { median, round } from "./measure";
import { timeNodeProcess } from "./time-process";

const ROOT = join(__dirname, "..");

// The old bin/kaohe.js, with the old main.ts's eager imports of every command.
const BEFORE = `
require("tsx/cjs/api").register();
for (const c of ["check", "rubric", "score", "summary", "run-scoring"]) require(${JSON.stringify(join(ROOT, "src", "cli", "commands"))} + "/" + c + ".ts");
const { main } = require(${JSON.stringify(join(ROOT, "src", "cli", "main.ts"))});
main(process.argv.slice(1)).then((code) => { process.exitCode = code; });
`;

export interface StartupSample {
  readonly variant: "before (tsx)" | "before (tsx, cold cache)" | "after (lib/)" | "kaohe-cli.js";
  readonly command: "--help" | "check";
  /** Wall-clock time of each whole process. */
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  /** CPU time (user + system) of each process: far less swayed by a busy machine than the wall clock. */
  readonly cpuRunsMs: readonly number[] | undefined;
  readonly cpuMedianMs: number | undefined;
}

function timedProcess(args: readonly string[], env: NodeJS.ProcessEnv = process.env): { wall: number; cpu: number | undefined } {
  const { wall, cpu, run } = timeNodeProcess(args, ROOT, env);
  // check exits 1 on the example (it has an error finding, 一分); anything else is a failure.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr.slice(0, 200)}`);
  if (args.includes("--help") && !run.stdout.includes("kaohe score")) throw new Error(`${args.join(" ")} did not print kaohe's usage`);
  return { wall, cpu };
}

export async function measureStartup(runs: number): Promise<StartupSample[]> {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-bench-startup-"));
  try {
    const example = join(dir, "岳阳-县市区-示例.xlsx");
    await buildYueyangCountyExample().xlsx.writeFile(example);
    const bundle = join(dir, "kaohe-cli.js");
    await bundleCli(bundle, "bench");
    const variants: Record<StartupSample["variant"], string[]> = {
      // "--" keeps node from reading --help as its own option.
      "before (tsx)": ["-e", BEFORE, "--"],
      // tsx keeps its compiled files under the temp folder: a new one each run is the first run after an install.
      "before (tsx, cold cache)": ["-e", BEFORE, "--"],
      "after (lib/)": [join(ROOT, "bin", "kaohe.js")],
      "kaohe-cli.js": [bundle],
    };
    const commands: Record<StartupSample["command"], string[]> = { "--help": ["--help"], check: ["check", example, "-q"] };
    const times = new Map<string, { wall: number; cpu: number | undefined }[]>();
    for (let i = -1; i < runs; i++) {
      for (const [variant, prefix] of Object.entries(variants)) {
        for (const [command, args] of Object.entries(commands)) {
          const cold = variant === "before (tsx, cold cache)" ? mkdtempSync(join(dir, "tsx-cache-")) : undefined;
          const t = timedProcess([...prefix, ...args], cold === undefined ? process.env : { ...process.env, TMPDIR: cold });
          // Run -1 warms the disk cache and tsx's compile cache; it is not counted.
          if (i >= 0) times.set(`${variant}|${command}`, [...(times.get(`${variant}|${command}`) ?? []), t]);
        }
      }
    }
    return [...times].map(([key, runs]) => {
      const [variant, command] = key.split("|") as [StartupSample["variant"], StartupSample["command"]];
      const wall = runs.map((r) => r.wall);
      const cpu = runs.every((r) => r.cpu !== undefined) ? runs.map((r) => r.cpu ?? 0) : undefined;
      return { variant, command, runsMs: wall.map((t) => round(t, 0)), medianMs: round(median(wall), 0), cpuRunsMs: cpu, cpuMedianMs: cpu === undefined ? undefined : round(median(cpu), 0) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/cli-startup.ts`: this part alone, added to bench/results.json
// (as cliStartup) without touching the other parts' figures.
if (require.main === module) {
  measureStartup(5).then((samples) => {
    for (const s of samples) console.log(`${s.variant.padEnd(25)} ${s.command.padEnd(7)} wall median ${s.medianMs} ms (${s.runsMs.join(", ")}); CPU median ${s.cpuMedianMs ?? "n/a"} ms`);
    const file = join(__dirname, "results.json");
    const results = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
    const environment = { node: process.version, cpus: cpus().length, loadAverageAtStart: loadavg().map((l) => round(l, 2)) };
    writeFileSync(file, JSON.stringify({ ...results, cliStartup: { ok: true, date: new Date().toISOString(), environment, value: samples } }, null, 2) + "\n");
  });
}
