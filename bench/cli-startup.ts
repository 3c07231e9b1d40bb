// The CLI's start-up as whole processes (node started, modules loaded, the
// command run, the process gone), before and after issue 15:
//   before  — the TypeScript sources through tsx, every command module loaded
//             up front (exceljs included), as bin/kaohe.js and main.ts did;
//   after   — bin/kaohe.js loading the compiled lib/ (npm ci's prepare), with
//             commands imported when they run;
//   bundle  — the release package's single-file kaohe-cli.js.
// Each for `--help` and for `check` on the 岳阳 example, interleaved so a
// busy moment on the machine falls on all three alike.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { bundleCli } from "../scripts/package/cli-bundle";
import { buildYueyangCountyExample } from "../test/fixtures/yueyang-county-example";
import { median, round } from "./measure";

const ROOT = join(__dirname, "..");

// The old bin/kaohe.js, with the old main.ts's eager imports of every command.
const BEFORE = `
require("tsx/cjs/api").register();
for (const c of ["check", "rubric", "score", "summary", "run-scoring"]) require(${JSON.stringify(join(ROOT, "src", "cli", "commands"))} + "/" + c + ".ts");
const { main } = require(${JSON.stringify(join(ROOT, "src", "cli", "main.ts"))});
main(process.argv.slice(1)).then((code) => { process.exitCode = code; });
`;

export interface StartupSample {
  readonly variant: "before (tsx)" | "after (lib/)" | "kaohe-cli.js";
  readonly command: "--help" | "check";
  readonly runsMs: readonly number[];
  readonly medianMs: number;
}

function timedProcess(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // check exits 1 on the example (it has an error finding, 一分); anything else is a failure.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr.slice(0, 200)}`);
  if (args.includes("--help") && !run.stdout.includes("kaohe score")) throw new Error(`${args.join(" ")} did not print kaohe's usage`);
  return ms;
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
      "after (lib/)": [join(ROOT, "bin", "kaohe.js")],
      "kaohe-cli.js": [bundle],
    };
    const commands: Record<StartupSample["command"], string[]> = { "--help": ["--help"], check: ["check", example, "-q"] };
    const times = new Map<string, number[]>();
    for (let i = -1; i < runs; i++) {
      for (const [variant, prefix] of Object.entries(variants)) {
        for (const [command, args] of Object.entries(commands)) {
          const ms = timedProcess([...prefix, ...args]);
          // Run -1 warms the disk cache and tsx's compile cache; it is not counted.
          if (i >= 0) times.set(`${variant}|${command}`, [...(times.get(`${variant}|${command}`) ?? []), ms]);
        }
      }
    }
    return [...times].map(([key, ms]) => {
      const [variant, command] = key.split("|") as [StartupSample["variant"], StartupSample["command"]];
      return { variant, command, runsMs: ms.map((t) => round(t, 0)), medianMs: round(median(ms), 0) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/cli-startup.ts`: this part alone, added to bench/results.json
// (as cliStartup) without touching the other parts' figures.
if (require.main === module) {
  measureStartup(5).then((samples) => {
    for (const s of samples) console.log(`${s.variant.padEnd(14)} ${s.command.padEnd(7)} median ${s.medianMs} ms  (${s.runsMs.join(", ")})`);
    const file = join(__dirname, "results.json");
    const results = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
    const environment = { node: process.version, cpus: cpus().length, loadAverageAtStart: loadavg().map((l) => round(l, 2)) };
    writeFileSync(file, JSON.stringify({ ...results, cliStartup: { ok: true, date: new Date().toISOString(), environment, value: samples } }, null, 2) + "\n");
  });
}
