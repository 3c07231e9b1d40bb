// Kaohe's very hidden tables at the size 2,000 unit sheets make them: the
// ledger's ~90,000 rows once overflowed the stack (Math.max over a spread).
import { queueAddHiddenSheets, queueHiddenTable } from "../../src/excel/hidden-sheet";
import { documentFromGrid, installExcel, newContext } from "../../src/preview/fake-excel";

test("a hidden table of 120,000 rows is queued and written in one sync", async () => {
  const doc = documentFromGrid({ sheets: [{ name: "单位", values: [["x"]], merges: [] }] });
  const installed = installExcel(doc);
  try {
    const { context, fake } = newContext(doc);
    const rows = [["sheet", "cell"], ...Array.from({ length: 120_000 }, (_, i) => ["单位", `G${i + 1}`])];
    queueAddHiddenSheets(context.workbook.worksheets, ["_kaohe"]);
    queueHiddenTable(context.workbook.worksheets, "_kaohe", rows, false);
    await context.sync();
    expect(fake.syncCount).toBe(1);
    const sheet = doc.sheet("_kaohe");
    expect(sheet?.usedBox(true)).toEqual({ top: 0, left: 0, bottom: 120_000, right: 1 });
  } finally {
    installed.uninstall();
  }
}, 120_000);
