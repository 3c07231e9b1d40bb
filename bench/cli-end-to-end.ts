// The CLI end to end on a 48-unit .xlsx, against exceljs merely reading and
// writing the same file: what Kaohe adds on top of the file I/O it cannot avoid.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { median, round, timedAsync } from "./measure";
import { gridToWorkbook } from "./grid-to-xlsx";
import { SANHE_TABLE, sanheTemplate, sanheWorkbook } from "./sanhe-grid";

export interface CliSample {
  readonly units: number;
  readonly fileKb: number;
  readonly ioRunsMs: readonly number[];
  readonly cliRunsMs: readonly number[];
  readonly ioMedianMs: number;
  readonly cliMedianMs: number;
  /** cli / io: 1.5 means Kaohe adds 50% on top of reading and writing the file. */
  readonly ratio: number;
}

async function readAndWrite(input: string, output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

/** `main` prints nothing with -q; a non-zero exit here means the bench is measuring a failure. */
async function score(input: string, dir: string, run: number): Promise<void> {
  const code = await main(["score", input, "--rubric", SANHE_TABLE, "--out", join(dir, `scored-${run}.xlsx`), "--json", join(dir, `report-${run}.json`), "-q"]);
  if (code !== 0) throw new Error(`kaohe score exited ${code}`);
}

export async function measureCli(units: number, runs: number): Promise<CliSample> {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-bench-cli-"));
  try {
    const input = join(dir, `sanhe-${units}.xlsx`);
    await gridToWorkbook(sanheWorkbook(sanheTemplate({ mergeIndicators: true }), units)).xlsx.writeFile(input);
    // One untimed round of each first: module loading and JIT are not what is compared.
    await readAndWrite(input, join(dir, "io-warm.xlsx"));
    await score(input, dir, -1);
    const io: number[] = [];
    const cli: number[] = [];
    // Interleaved, so a busy moment on the machine falls on both sides alike.
    for (let i = 0; i < runs; i++) {
      io.push((await timedAsync(() => readAndWrite(input, join(dir, `io-${i}.xlsx`)))).ms);
      cli.push((await timedAsync(() => score(input, dir, i))).ms);
    }
    const ioMedianMs = median(io);
    const cliMedianMs = median(cli);
    return {
      units,
      fileKb: Math.round(statSync(input).size / 1024),
      ioRunsMs: io.map((t) => round(t, 0)),
      cliRunsMs: cli.map((t) => round(t, 0)),
      ioMedianMs: round(ioMedianMs, 0),
      cliMedianMs: round(cliMedianMs, 0),
      ratio: round(cliMedianMs / ioMedianMs, 2),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
