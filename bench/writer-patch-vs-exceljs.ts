// The scored copy's writer: Kaohe's package patcher (src/cli/xlsx/patch-workbook.ts)
// against exceljs writing the same workbook with the same cells, on the
// 48-unit 三河 workbook. Reading and scoring are done once, outside the timing:
// this is the write alone, from planned writes to the file on disk (the
// patcher's path includes its fsync and rename; exceljs's plain writeFile
// has neither), and the same in memory only.
import type ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "../src/cli/io/atomic-write";
import { runScoring } from "../src/cli/commands/run-scoring";
import { rubricScoreOptions } from "../src/cli/load-rubric";
import type { CellWrite, LedgerEntry } from "../src/core";
import { LEDGER_SHEET, ledgerRows } from "../src/core";
import { patchWorkbook } from "../src/cli/xlsx/patch-workbook";
import { gridToWorkbook } from "./grid-to-xlsx";
import { median, round, timedAsync } from "./measure";
import { SANHE_TABLE, sanheTemplate, sanheWorkbook } from "./sanhe-grid";

/**
 * The baseline only — the writer Kaohe used before the patcher: the planned
 * values put into exceljs's model (and the ledger as a very hidden sheet),
 * then exceljs writes the whole package again. Kaohe itself never writes
 * this way any more (src/cli/xlsx/patch-workbook.ts); it lives here so the
 * bench measures the same work the old path did.
 */
function exceljsBaseline(workbook: ExcelJS.Workbook, writes: readonly CellWrite[], ledger: readonly LedgerEntry[]): void {
  for (const write of writes) {
    const sheet = workbook.getWorksheet(write.sheet);
    if (sheet) sheet.getCell(write.cell).value = write.value;
  }
  const existing = workbook.getWorksheet(LEDGER_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(LEDGER_SHEET, { state: "veryHidden" });
  for (const row of ledgerRows(ledger)) sheet.addRow(row);
}

export interface WriterSample {
  readonly units: number;
  readonly cellsWritten: number;
  readonly patchRunsMs: readonly number[];
  readonly exceljsRunsMs: readonly number[];
  readonly patchMedianMs: number;
  readonly exceljsMedianMs: number;
  /** exceljs ÷ patch: 3 means the patcher writes three times as fast. */
  readonly speedup: number;
  /** The same without the file: building the bytes in memory only. */
  readonly patchInMemoryMedianMs: number;
  readonly exceljsInMemoryMedianMs: number;
  readonly patchKb: number;
  readonly exceljsKb: number;
}

export async function measureWriter(units: number, runs: number): Promise<WriterSample> {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-bench-writer-"));
  try {
    const input = join(dir, `sanhe-${units}.xlsx`);
    await gridToWorkbook(sanheWorkbook(sanheTemplate({ mergeIndicators: true }), units)).xlsx.writeFile(input);
    const { workbook, pkg, score } = await runScoring(input, rubricScoreOptions(SANHE_TABLE));
    if (score.writes.length === 0) throw new Error("nothing to write: the bench would measure nothing");
    const patchOut = join(dir, "patched.xlsx");
    const exceljsOut = join(dir, "exceljs.xlsx");
    const patch = async (): Promise<void> => writeFileAtomic(patchOut, patchWorkbook(pkg, score.writes, score.ledger));
    const exceljs = async (): Promise<void> => {
      exceljsBaseline(workbook, score.writes, score.ledger);
      writeFileSync(exceljsOut, new Uint8Array(await workbook.xlsx.writeBuffer()));
    };
    await patch();
    await exceljs();
    const patchRuns: number[] = [];
    const exceljsRuns: number[] = [];
    const patchMemory: number[] = [];
    const exceljsMemory: number[] = [];
    // Interleaved, so a busy moment on the shared machine falls on both sides alike.
    for (let i = 0; i < runs; i++) {
      patchRuns.push((await timedAsync(patch)).ms);
      exceljsRuns.push((await timedAsync(exceljs)).ms);
      patchMemory.push((await timedAsync(async () => patchWorkbook(pkg, score.writes, score.ledger))).ms);
      exceljsMemory.push((await timedAsync(async () => workbook.xlsx.writeBuffer())).ms);
    }
    const patchMedianMs = median(patchRuns);
    const exceljsMedianMs = median(exceljsRuns);
    return {
      units,
      cellsWritten: score.writes.length,
      patchRunsMs: patchRuns.map((t) => round(t, 0)),
      exceljsRunsMs: exceljsRuns.map((t) => round(t, 0)),
      patchMedianMs: round(patchMedianMs, 0),
      exceljsMedianMs: round(exceljsMedianMs, 0),
      speedup: round(exceljsMedianMs / patchMedianMs, 2),
      patchInMemoryMedianMs: round(median(patchMemory), 0),
      exceljsInMemoryMedianMs: round(median(exceljsMemory), 0),
      patchKb: Math.round(readFileSync(patchOut).length / 1024),
      exceljsKb: Math.round(readFileSync(exceljsOut).length / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  measureWriter(48, 7).then(
    (sample) => console.log(JSON.stringify(sample, null, 1)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
