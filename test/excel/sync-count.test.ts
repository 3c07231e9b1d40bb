// Round trips per action are a constant plus one per chunk of the read, and
// the read's chunks keep every response under Excel on the web's 5 MB (the
// fake refuses more, counting UTF-8 bytes). Asserted at 1, 48, 500 and 2,000
// unit sheets; with no finding (three: list, read, write) and with thousands
// (four: the marks' observe; more than MAX_MARKED_CELLS).
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { CellValue, SheetGrid } from "../../src/core";
import { MAX_MARKED_CELLS } from "../../src/host/marks/mark-style";
import { BYTES_PER_CELL_PROPERTY, CHUNK_BUDGET_BYTES, MEASURED_MARGIN } from "../../src/excel/read-chunks";
import { CELL_PROPERTIES, READ_FIXED_SYNCS, readWorkbook } from "../../src/excel/read-workbook";
import type { KaoheAction } from "../../src/excel/run-actions";
import { runKaoheAction } from "../../src/excel/run-actions";
import { CLEAR_MARKS_SYNCS, RECALCULATE_SYNCS, SUMMARY_SYNCS, UNDO_SYNCS, UNMARKED_SYNCS, VALIDATE_SYNCS } from "../../src/excel/sync-budget";
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

/** Cells in the used ranges of the workbook as it stands. */
function cellsOf(doc: FakeDocument): number {
  return doc.sheets.reduce((n, s) => {
    const box = s.usedBox(false);
    return n + (box ? (box.bottom - box.top + 1) * (box.right - box.left + 1) : 0);
  }, 0);
}

/** How many chunks the adapter's read makes of this workbook as it stands (a read of its own, in a context of its own). */
async function chunksOf(doc: FakeDocument): Promise<number> {
  return (await readWorkbook(newContext(doc).context, true)).chunks;
}

/** The reads of a workbook this size fit one chunk: by the planning constant (two properties a cell), before anything is weighed. */
const oneChunk = (doc: FakeDocument): boolean => cellsOf(doc) * CELL_PROPERTIES.length * BYTES_PER_CELL_PROPERTY <= CHUNK_BUDGET_BYTES;

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

/** Runs the action (after a 重新计算 when it undoes or clears, so there is work to do); its syncs, the chunks its read needed, and the largest response of any run. */
async function syncsOf(doc: FakeDocument, action: KaoheAction): Promise<{ syncs: number; chunks: number; largest: number }> {
  excel?.uninstall();
  excel = installExcel(doc);
  if (action === "clearMarks" || action === "undo") await runKaoheAction("recalculate");
  const chunks = await chunksOf(doc);
  const before = excel.runs.length;
  const outcome = await runKaoheAction(action);
  if (!outcome.ok) throw new Error(outcome.message);
  // The action's own run starts first; a run adding Kaohe's sheets outside its undo group may follow.
  const run = excel.runs[before];
  expect(run?.pending).toBe(0);
  return { syncs: run?.syncCount ?? -1, chunks, largest: Math.max(...excel.runs.map((r) => r.largestResponse)) };
}

test("the claim itself: four round trips besides the read's chunks with marks, three without", () => {
  expect(BUDGET.map(([, n]) => n)).toEqual([4, 4, 4, 4, 4]);
  expect(UNMARKED_SYNCS).toBe(3);
  expect(READ_FIXED_SYNCS).toBe(2);
});

describe.each([
  ["no finding", false],
  ["a finding on every item", true],
])("%s", (_label, findings) => {
  test.each([1, 48])("%i unit sheets: each action takes its budget plus one sync per chunk (one or two)", async (units) => {
    if (!clean) throw new Error("fixture changed");
    const template = findings ? withFindings(clean) : clean;
    for (const [action, budget] of BUDGET) {
      const doc = documentFromGrid(unitWorkbook(template, units));
      // Planned at BYTES_PER_CELL_PROPERTY for each of values, formulas and number formats, 48 sheets are just past one chunk's plan.
      expect(oneChunk(doc)).toBe(units === 1);
      const { syncs, chunks, largest } = await syncsOf(doc, action);
      // Kaohe's ledger (1,900 rows at 48 units) can make a second chunk once it is written.
      expect(chunks).toBeLessThanOrEqual(2);
      // Nothing to mark or unmark on the clean sheets: the observe's round trip is skipped.
      expect([action, syncs]).toEqual([action, (findings ? budget : UNMARKED_SYNCS) + chunks]);
      expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
  }, 300_000);
});

test("500 unit sheets — past the old one-sync read's 5 MB — are scored in a few chunks, each response under the cap", async () => {
  if (!clean) throw new Error("fixture changed");
  const doc = documentFromGrid(unitWorkbook(withFindings(clean), 500));
  const expected = await chunksOf(doc);
  excel = installExcel(doc);
  const outcome = await runKaoheAction("recalculate");
  if (!outcome.ok || !("report" in outcome)) throw new Error("no report");
  expect(outcome.report.units).toHaveLength(500);
  const run = excel.runs[0];
  if (!run) throw new Error("no run");
  const chunks = run.syncCount - RECALCULATE_SYNCS;
  // 337,500 cells, ~19 MB: one chunk by the planning constant (29,127 cells at three properties), the rest by what it
  // weighed, each up to 3.2 MB; at least 4 chunks under 5 MB each (chunks of 16,384 cells made 21).
  expect(chunks).toBe(expected);
  expect(chunks).toBeGreaterThanOrEqual(4);
  // With number formats loaded too (~3 MB more at 500 sheets), seven.
  expect(chunks).toBeLessThanOrEqual(7);
  expect(run.largestResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES);
}, 600_000);

test.each([1, 48, 500, 2000])("the read of %i unit sheets: two syncs plus one per chunk, every response under the cap", async (units) => {
  if (!clean) throw new Error("fixture changed");
  const doc = documentFromGrid(unitWorkbook(clean, units));
  const { context, fake } = newContext(doc);
  const read = await readWorkbook(context, true);
  expect(read.grid.sheets).toHaveLength(units);
  expect(read.grid.sheets.every((s) => s.values.length === read.grid.sheets[0]?.values.length)).toBe(true);
  expect(fake.syncCount).toBe(READ_FIXED_SYNCS + read.chunks);
  // What the adapter weighed is what the host sent: the fake's own count of each chunk's response.
  expect(read.chunkBytes).toEqual(fake.responses.slice(READ_FIXED_SYNCS).map((b) => expect.closeTo(b, -Math.log10(b * 0.02))));
  // The first chunk is planned at BYTES_PER_CELL_PROPERTY per loaded property a cell; the next ones from what it weighed.
  const cells = cellsOf(doc);
  const first = Math.floor(CHUNK_BUDGET_BYTES / (CELL_PROPERTIES.length * BYTES_PER_CELL_PROPERTY));
  if (cells <= first) expect(read.chunks).toBe(1);
  else {
    const weighed = (read.chunkBytes[0] ?? 0) / first;
    expect(read.chunks).toBe(1 + Math.ceil((cells - first) / Math.floor(CHUNK_BUDGET_BYTES / (MEASURED_MARGIN * weighed))));
  }
  expect(Math.max(...read.chunkBytes)).toBeLessThan(CHUNK_BUDGET_BYTES);
  // The chunks are the largest responses (~3.4 MB here); the listing of 2,000 sheets with their merges ~1.4 MB.
  expect(fake.largestResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES);
}, 600_000);

test("a chunk the host refuses for its size is read again in smaller ones", async () => {
  if (!clean) throw new Error("fixture changed");
  const doc = documentFromGrid(unitWorkbook(clean, 48));
  // A host with a cap below what the first chunk weighs: the read still completes.
  doc.payloadLimitBytes = 400 * 1024;
  const { context, fake } = newContext(doc);
  const read = await readWorkbook(context, true);
  expect(read.grid.sheets).toHaveLength(48);
  expect(read.chunkBytes.length).toBeGreaterThan(1);
  // Each refusal is one more sync; the chunks that came back are all under the cap.
  expect(read.chunks).toBeGreaterThan(read.chunkBytes.length);
  expect(fake.syncCount).toBe(READ_FIXED_SYNCS + read.chunks);
  expect(Math.max(...read.chunkBytes)).toBeLessThan(400 * 1024);
}, 120_000);

test("the findings of 48 sheets exceed what one run marks, and the rerun takes the same", async () => {
  if (!clean) throw new Error("fixture changed");
  const doc = documentFromGrid(unitWorkbook(withFindings(clean), 48));
  excel = installExcel(doc);
  const first = await runKaoheAction("recalculate");
  if (!first.ok || !("report" in first)) throw new Error("no report");
  expect(first.report.findings.length).toBeGreaterThan(MAX_MARKED_CELLS);
  expect(first.marks).toMatchObject({ marked: MAX_MARKED_CELLS, unmarked: first.report.findings.length - MAX_MARKED_CELLS });
  // The rerun also reads Kaohe's own sheets, so its chunks are counted afresh.
  const chunks = await chunksOf(doc);
  expect(chunks).toBeLessThanOrEqual(2);
  await runKaoheAction("recalculate");
  expect(excel.runs[excel.runs.length - 1]?.syncCount).toBe(RECALCULATE_SYNCS + chunks);
}, 120_000);
