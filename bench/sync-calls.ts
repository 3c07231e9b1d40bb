// context.sync() calls per 重新计算 through the strict fake Excel of the
// adapter tests: the round trips must not grow with the workbook.
import { workbookToGrid } from "../src/cli/xlsx/read-workbook";
import { calculate } from "../src/excel/recalculate";
import type { ExcelSupport } from "../src/excel/requirements";
import { documentFromGrid, FakeDocument, installExcel, newContext } from "../test/excel/fake-excel";
import { unitWorkbook } from "../test/excel/helpers";
import { buildYueyangCountyExample } from "../test/fixtures/yueyang-county-example";
import { round, timedAsync } from "./measure";

export interface SyncSample {
  readonly units: number;
  /** First run (adds the ledger sheet) and rerun (rewrites it). */
  readonly syncs: readonly [number, number];
  readonly written: number;
  readonly firstRunMs: number;
}

/**
 * A host with merged areas but no notes or comments: cells are only shaded,
 * the plainest of the mark paths, so the count is of the scoring round trips.
 */
const SUPPORT: ExcelSupport = { ok: true, merges: true, marks: "fill", fillTint: true, pageLayout: false, undoGroup: false, selectedRanges: true };

export async function measureSyncs(sizes: readonly number[]): Promise<SyncSample[]> {
  // The 岳阳 example's first sheet: its 得分 are computed and written, so the write batch is real.
  const template = workbookToGrid(buildYueyangCountyExample()).sheets[0];
  if (!template) throw new Error("the 岳阳 example has no sheet");
  const installed = installExcel(new FakeDocument());
  try {
    const samples: SyncSample[] = [];
    for (const units of sizes) {
      const doc = documentFromGrid(unitWorkbook(template, units));
      const first = newContext(doc);
      const run = await timedAsync(() => calculate(first.context, SUPPORT, "recalculate"));
      if (run.result.report.units.length !== units) throw new Error(`recalculated ${run.result.report.units.length} of ${units} units`);
      const again = newContext(doc);
      await calculate(again.context, SUPPORT, "recalculate");
      samples.push({ units, syncs: [first.fake.syncCount, again.fake.syncCount], written: run.result.written, firstRunMs: round(run.ms, 0) });
    }
    return samples;
  } finally {
    installed.uninstall();
  }
}
