// Round trips per action are a constant plus one per chunk of the read, and
// the read's chunks keep every response under Excel on the web's 5 MB (the
// fake refuses more). Asserted at 1, 48, 500 and 2,000 unit sheets; with no
// finding and with thousands (more than MAX_MARKED_CELLS).
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { CellValue, SheetGrid } from "../../src/core";
import { MAX_MARKED_CELLS } from "../../src/host/marks/mark-style";
import { CELLS_PER_CHUNK, planChunks } from "../../src/excel/read-chunks";
import { READ_FIXED_SYNCS, readWorkbook } from "../../src/excel/read-workbook";
import type { KaoheAction } from "../../src/excel/run-actions";
import { runKaoheAction } from "../../src/excel/run-actions";
import { CLEAR_MARKS_SYNCS, RECALCULATE_SYNCS, SUMMARY_SYNCS, UNDO_SYNCS, VALIDATE_SYNCS } from "../../src/excel/sync-budget";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import type { FakeDocument, InstalledExcel } from "../../src/preview/fake-excel";
import { documentFromGrid, installExcel, newContext, PAYLOAD_LIMIT_BYTES } from "../../src/preview/fake-excel";
import { unitWorkbook } from "./helpers";
import { installOfficeStub } from "./support";

const clean = workbookToGrid(buildYueyangCountyExample()).sheets[0];

/** The same sheet with a non-number in every item's 扣分 (G): one error per item row. */
function withFindings(sheet: SheetGrid): SheetGrid {
  const isItem = (row: readonly CellValue[], r: number): boolean => r > 3 && r < 70 && typeof row[4] === "string" && /\d/.test(row[4]);
  const values = sheet.values.map((row, r) => (isItem(row, r) ? row.map((v, c) => (c === 6 ? "一分" : v)) : row));
  return { ...sheet, values };
}

/** How many chunks the adapter's read makes of this workbook as it stands. */
function chunksOf(doc: FakeDocument): number {
  const extents = doc.sheets.map((s) => {
    const box = s.usedBox(false);
    return { name: s.name, box: box && { top: box.top, left: box.left, rows: box.bottom - box.top + 1, columns: box.right - box.left + 1 } };
  });
  return planChunks(extents).length;
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

/** Runs the action (after a 重新计算 when it undoes or clears, so there is work to do); its syncs, and the chunks its read needed. */
async function syncsOf(doc: FakeDocument, action: KaoheAction): Promise<{ syncs: number; chunks: number; largest: number }> {
  excel?.uninstall();
  excel = installExcel(doc);
  if (action === "clearMarks" || action === "undo") await runKaoheAction("recalculate");
  const chunks = chunksOf(doc);
  const before = excel.runs.length;
  const outcome = await runKaoheAction(action);
  if (!outcome.ok) throw new Error(outcome.message);
  // The action's own run starts first; a run adding Kaohe's sheets outside its undo group may follow.
  const run = excel.runs[before];
  expect(run?.pending).toBe(0);
  return { syncs: run?.syncCount ?? -1, chunks, largest: Math.max(...excel.runs.map((r) => r.largestResponse)) };
}

test("the claim itself: four round trips besides the read's chunks, for every action", () => {
  expect(BUDGET.map(([, n]) => n)).toEqual([4, 4, 4, 4, 4]);
  expect(READ_FIXED_SYNCS).toBe(2);
});

describe.each([
  ["no finding", false],
  ["a finding on every item", true],
])("%s", (_label, findings) => {
  test.each([1, 48])("%i unit sheets: each action takes its budget plus one sync per chunk", async (units) => {
    if (!clean) throw new Error("fixture changed");
    const template = findings ? withFindings(clean) : clean;
    for (const [action, budget] of BUDGET) {
      const doc = documentFromGrid(unitWorkbook(template, units));
      const { syncs, chunks, largest } = await syncsOf(doc, action);
      expect([action, syncs]).toEqual([action, budget + chunks]);
      expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
  }, 300_000);
});

test("500 unit sheets — past the old one-sync read's 5 MB — are scored, each response under the cap", async () => {
  if (!clean) throw new Error("fixture changed");
  const doc = documentFromGrid(unitWorkbook(clean, 500));
  const { syncs, chunks, largest } = await syncsOf(doc, "recalculate");
  expect(chunks).toBeGreaterThan(1);
  expect(syncs).toBe(RECALCULATE_SYNCS + chunks);
  expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
}, 600_000);

test.each([1, 48, 500, 2000])("the read of %i unit sheets: two syncs plus one per chunk, every response under the cap", async (units) => {
  if (!clean) throw new Error("fixture changed");
  const doc = documentFromGrid(unitWorkbook(clean, units));
  const { context, fake } = newContext(doc);
  const read = await readWorkbook(context, true);
  expect(read.grid.sheets).toHaveLength(units);
  expect(read.chunks).toBe(chunksOf(doc));
  expect(fake.syncCount).toBe(READ_FIXED_SYNCS + read.chunks);
  // Row bands fill each chunk: 675 cells a sheet here, CELLS_PER_CHUNK a chunk (1, 2, 21, 83 chunks).
  const box = doc.sheets[0]?.usedBox(false);
  const cells = box ? (box.bottom - box.top + 1) * (box.right - box.left + 1) : 0;
  expect(read.chunks).toBe(Math.ceil((units * cells) / CELLS_PER_CHUNK));
  // ~340 KB a chunk here (a unit sheet is ~14 KB of JSON); the listing of 2,000 sheets with their merges ~1.4 MB.
  expect(fake.largestResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES / 2);
}, 600_000);

test("the findings of 48 sheets exceed what one run marks, and the rerun takes the same", async () => {
  if (!clean) throw new Error("fixture changed");
  const doc = documentFromGrid(unitWorkbook(withFindings(clean), 48));
  excel = installExcel(doc);
  const first = await runKaoheAction("recalculate");
  if (!first.ok || !("report" in first)) throw new Error("no report");
  expect(first.report.findings.length).toBeGreaterThan(MAX_MARKED_CELLS);
  expect(first.marks).toMatchObject({ marked: MAX_MARKED_CELLS, unmarked: first.report.findings.length - MAX_MARKED_CELLS });
  // The rerun also reads Kaohe's own sheets, so its chunks are counted afresh.
  const chunks = chunksOf(doc);
  await runKaoheAction("recalculate");
  expect(excel.runs[excel.runs.length - 1]?.syncCount).toBe(RECALCULATE_SYNCS + chunks);
}, 120_000);
