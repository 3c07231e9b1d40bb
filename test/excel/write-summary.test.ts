// 生成汇总: the ranked rows, one 汇总 sheet however often it is made, and
// never a user's own sheet that happens to be called 汇总.
import { SUMMARY_SHEET } from "../../src/core";
import { recalculate } from "../../src/excel/recalculate";
import { FOREIGN_SUMMARY_MESSAGE, summaryRows } from "../../src/excel/write-summary";
import { runAction } from "../../src/excel/run-actions";
import type { FakeDocument, InstalledExcel } from "./fake-excel";
import { installExcel, newContext } from "./fake-excel";
import { ledgerSheetRows, sheetOf, yueyangExample } from "./helpers";
import { installOffice } from "./office-mock";

jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));

const HEADER = ["排名", "单位", "组别", "总分", "满分", "加分", "扣分", "工作表", "问题数"];

let restoreOffice: () => void;
let excel: InstalledExcel | undefined;
beforeEach(() => (restoreOffice = installOffice(17)));
afterEach(() => {
  restoreOffice();
  excel?.uninstall();
  excel = undefined;
});

/** The 汇总 sheet as a table of values, trailing blanks dropped. */
function summaryTable(doc: FakeDocument): (string | number | boolean)[][] {
  const sheet = sheetOf(doc, SUMMARY_SHEET);
  const box = sheet.usedBox(true);
  if (!box) return [];
  return Array.from({ length: box.bottom + 1 }, (_, r) => Array.from({ length: box.right + 1 }, (_, c) => sheet.cell(r, c)?.value ?? ""));
}

async function summarise(doc: FakeDocument) {
  excel?.uninstall();
  excel = installExcel(doc);
  const outcome = await runAction("summary");
  return { outcome, syncs: excel.runs.map((r) => r.syncCount) };
}

test("summaryRows: header, then units by rank with their totals", async () => {
  const { doc } = yueyangExample();
  excel = installExcel(doc);
  const { report } = await recalculate(newContext(doc).context, true, false);
  const rows = summaryRows(report);
  expect(rows[0]).toEqual(HEADER);
  expect(rows.slice(1).map((r) => r[0])).toEqual([...report.units].map((u) => u.rank).sort((a, b) => a - b));
  for (const row of rows.slice(1)) {
    const unit = report.units.find((u) => u.unit === row[1]);
    expect(row).toEqual([unit?.rank, unit?.unit, unit?.group, Number(unit?.total), Number(unit?.max), Number(unit?.bonus), Number(unit?.penalty), unit?.sheet, expect.any(Number)]);
  }
  expect(rows.slice(1).map((r) => r[1])).toEqual(expect.arrayContaining(["岳阳县", "华容县", "汨罗市"]));
});

test("writes the 汇总 sheet in one more sync, header bold, and shows it", async () => {
  const { doc } = yueyangExample();
  const { outcome, syncs } = await summarise(doc);
  if (!outcome.ok) throw new Error(outcome.message);
  expect(summaryTable(doc)).toEqual(summaryRows(outcome.report));
  expect(sheetOf(doc, SUMMARY_SHEET).cell(0, 0)?.bold).toBe(true);
  expect(doc.activeSheet).toBe(SUMMARY_SHEET);
  expect(syncs).toEqual([4]); // recalculation's 3, then the summary's 1
});

test("a second run rewrites the 汇总 sheet instead of adding another", async () => {
  const { doc } = yueyangExample();
  await summarise(doc);
  const first = summaryTable(doc);
  const count = doc.sheets.length;
  const { outcome } = await summarise(doc);
  expect(outcome.ok).toBe(true);
  expect(doc.sheets.length).toBe(count);
  expect(doc.sheets.filter((s) => s.name === SUMMARY_SHEET)).toHaveLength(1);
  expect(summaryTable(doc)).toEqual(first);
});

test("a unit removed since the last summary leaves no stale row", async () => {
  const { doc } = yueyangExample();
  await summarise(doc);
  doc.sheets.splice(doc.sheets.indexOf(sheetOf(doc, "汨罗市")), 1);
  const { outcome } = await summarise(doc);
  if (!outcome.ok) throw new Error(outcome.message);
  expect(summaryTable(doc)).toHaveLength(3); // header + 2 units
  expect(summaryTable(doc).some((r) => r.includes("汨罗市"))).toBe(false);
});

test("a user's own sheet named 汇总 is left alone, and the user is told", async () => {
  const { doc } = yueyangExample();
  const mine = doc.addSheet(SUMMARY_SHEET);
  mine.edit(0, 0).value = "我的汇总";
  mine.edit(1, 1).value = 123;
  const before = doc.snapshot().find((s) => s.name === SUMMARY_SHEET);
  const { outcome } = await summarise(doc);
  expect(outcome).toEqual({ ok: false, message: FOREIGN_SUMMARY_MESSAGE });
  expect(doc.snapshot().find((s) => s.name === SUMMARY_SHEET)).toEqual(before);
  // The recalculation itself still happened.
  expect(ledgerSheetRows(doc).length).toBeGreaterThan(1);
});

test("an empty 汇总 sheet is filled rather than refused", async () => {
  const { doc } = yueyangExample();
  doc.addSheet(SUMMARY_SHEET);
  const { outcome } = await summarise(doc);
  expect(outcome.ok).toBe(true);
  expect(summaryTable(doc)[0]).toEqual(HEADER);
});
