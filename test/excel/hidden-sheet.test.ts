// Kaohe's very hidden tables at the size 2,000 unit sheets make them: the
// ledger (over 150,000 rows) once overflowed the stack (Math.max over a spread).
import { hiddenTablePieces, queueAddHiddenSheets, queueHiddenTable } from "../../src/excel/hidden-sheet";
import { queueWithinBudget } from "../../src/excel/write-budget";
import { documentFromGrid, installExcel, newContext } from "../../src/preview/fake-excel";

test("a hidden table of 160,000 rows is queued and written in one sync", async () => {
  const doc = documentFromGrid({ sheets: [{ name: "单位", values: [["x"]], merges: [] }] });
  const installed = installExcel(doc);
  try {
    const { context, fake } = newContext(doc);
    const rows = [["sheet", "cell"], ...Array.from({ length: 160_000 }, (_, i) => ["s", `G${i + 1}`])];
    queueAddHiddenSheets(context.workbook.worksheets, ["_kaohe"]);
    queueHiddenTable(context.workbook.worksheets, "_kaohe", rows, false);
    await context.sync();
    expect(fake.syncCount).toBe(1);
    const sheet = doc.sheet("_kaohe");
    expect(sheet?.usedBox(true)).toEqual({ top: 0, left: 0, bottom: 160_000, right: 1 });
  } finally {
    installed.uninstall();
  }
}, 120_000);

test("a write past the budget goes in several syncs, each request under it, all of it written", async () => {
  const doc = documentFromGrid({ sheets: [{ name: "单位", values: [["x"]], merges: [] }] });
  const installed = installExcel(doc);
  try {
    const { context, fake } = newContext(doc);
    // 60,000 rows of CJK text: ~3.7 MB of values and formats; sent within 1 MB a sync.
    const rows = [["sheet", "cell"], ...Array.from({ length: 60_000 }, (_, i) => ["单位名称", `G${i + 1}`])];
    queueAddHiddenSheets(context.workbook.worksheets, ["_kaohe"]);
    const pieces = hiddenTablePieces(context.workbook.worksheets, "_kaohe", rows, false);
    const total = pieces.reduce((n, p) => n + p.bytes, 0);
    const flushed = await queueWithinBudget(context, pieces, 1024 * 1024);
    await context.sync();
    expect(flushed).toBe(Math.ceil(total / (1024 * 1024)) - 1);
    expect(fake.syncCount).toBe(flushed + 1);
    expect(fake.largestRequest).toBeLessThanOrEqual(1024 * 1024 + 64 * 1024);
    expect(doc.sheet("_kaohe")?.usedBox(true)).toEqual({ top: 0, left: 0, bottom: 60_000, right: 1 });
  } finally {
    installed.uninstall();
  }
}, 120_000);
