// Kaohe's very hidden tables at the size 2,000 unit sheets make them: the
// ledger (over 150,000 rows) once overflowed the stack (Math.max over a spread).
import { queueAddHiddenSheets, queueHiddenTable } from "../../src/excel/hidden-sheet";
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
