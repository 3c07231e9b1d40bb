// Round trips per action do not grow with the workbook (DESIGN.md §5) nor
// with the findings: the same count for 1, 3 and 50 unit sheets, with no
// finding and with thousands (more than MAX_MARKED_CELLS).
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { CellValue, SheetGrid } from "../../src/core";
import { MAX_MARKED_CELLS } from "../../src/host/marks/mark-style";
import type { KaoheAction } from "../../src/excel/run-actions";
import { runKaoheAction } from "../../src/excel/run-actions";
import { CLEAR_MARKS_SYNCS, RECALCULATE_SYNCS, SUMMARY_SYNCS, UNDO_SYNCS, VALIDATE_SYNCS } from "../../src/excel/sync-budget";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import type { FakeDocument, InstalledExcel } from "../../src/preview/fake-excel";
import { documentFromGrid, installExcel } from "../../src/preview/fake-excel";
import { unitWorkbook } from "./helpers";
import { installOfficeStub } from "./support";

const clean = workbookToGrid(buildYueyangCountyExample()).sheets[0];

/** The same sheet with a non-number in every item's 扣分 (G): one error per item row. */
function withFindings(sheet: SheetGrid): SheetGrid {
  const isItem = (row: readonly CellValue[], r: number): boolean => r > 3 && r < 70 && typeof row[4] === "string" && /\d/.test(row[4]);
  const values = sheet.values.map((row, r) => (isItem(row, r) ? row.map((v, c) => (c === 6 ? "一分" : v)) : row));
  return { ...sheet, values };
}

const BUDGET: readonly (readonly [KaoheAction, number])[] = [
  ["recalculate", RECALCULATE_SYNCS],
  ["validate", VALIDATE_SYNCS],
  ["summary", SUMMARY_SYNCS],
  ["clearMarks", CLEAR_MARKS_SYNCS],
  ["undo", UNDO_SYNCS],
];

let restoreOffice: () => void;
let excel: InstalledExcel | undefined;
beforeEach(() => (restoreOffice = installOfficeStub(20)));
afterEach(() => {
  restoreOffice();
  excel?.uninstall();
});

/** Runs the action (after a 重新计算 when it undoes or clears, so there is work to do) and counts its syncs. */
async function syncsOf(doc: FakeDocument, action: KaoheAction): Promise<number> {
  excel?.uninstall();
  excel = installExcel(doc);
  if (action === "clearMarks" || action === "undo") await runKaoheAction("recalculate");
  const outcome = await runKaoheAction(action);
  if (!outcome.ok) throw new Error(outcome.message);
  const run = excel.runs[excel.runs.length - 1];
  expect(run?.pending).toBe(0);
  return run?.syncCount ?? -1;
}

test("the claim itself: four round trips for every action", () => {
  expect(BUDGET.map(([, n]) => n)).toEqual([4, 4, 4, 4, 4]);
});

describe.each([
  ["no finding", false],
  ["a finding on every item", true],
])("%s", (_label, findings) => {
  test.each([1, 3, 50])("%i unit sheets: each action takes exactly its budget", async (units) => {
    if (!clean) throw new Error("fixture changed");
    const template = findings ? withFindings(clean) : clean;
    for (const [action, budget] of BUDGET) {
      const doc = documentFromGrid(unitWorkbook(template, units));
      expect([action, await syncsOf(doc, action)]).toEqual([action, budget]);
    }
  }, 120_000);
});

test("the findings of 50 sheets exceed what one run marks, and the rerun still takes four", async () => {
  if (!clean) throw new Error("fixture changed");
  const doc = documentFromGrid(unitWorkbook(withFindings(clean), 50));
  excel = installExcel(doc);
  const first = await runKaoheAction("recalculate");
  if (!first.ok || !("report" in first)) throw new Error("no report");
  expect(first.report.findings.length).toBeGreaterThan(MAX_MARKED_CELLS);
  expect(first.marks).toMatchObject({ marked: MAX_MARKED_CELLS, unmarked: first.report.findings.length - MAX_MARKED_CELLS });
  await runKaoheAction("recalculate");
  expect(excel.runs.map((r) => r.syncCount)).toEqual([RECALCULATE_SYNCS, RECALCULATE_SYNCS]);
}, 60_000);
