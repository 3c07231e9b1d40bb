// Kaohe's very hidden ledger at the size 2,000 unit sheets make it (over
// 150,000 rows): written in one Value2 block through ET, as in Excel
// (test/excel/hidden-sheet.test.ts). A spread over its rows once overflowed
// the stack and failed 重新计算 at 2,000 sheets (npm run bench).
import { documentFromGrid } from "../../src/preview/fake-excel";
import { writeHiddenTable } from "../../src/wps/apply-writes";
import { fakeEt } from "../../src/wps/fake-et/fake-et";

test("a hidden table of 160,000 rows is written whole, very hidden", () => {
  const doc = documentFromGrid({ sheets: [{ name: "单位", values: [["x"]], merges: [] }] });
  const et = fakeEt(doc);
  const rows = [["sheet", "cell"], ...Array.from({ length: 160_000 }, (_, i) => ["s", `G${i + 1}`])];
  const workbook = et.application.ActiveWorkbook;
  if (!workbook) throw new Error("the fake ET has no workbook");
  writeHiddenTable(workbook, { name: "_kaohe", rows }, false);
  const sheet = doc.sheet("_kaohe");
  expect(sheet?.usedBox(true)).toEqual({ top: 0, left: 0, bottom: 160_000, right: 1 });
  expect(sheet?.visibility).toBe("VeryHidden");
});
