// ExcelApi requirement sets: below 1.7 Kaohe refuses with a Chinese message;
// below 1.13 it reads without merged areas (the core fills blank cells down).
import { checkExcelSupport } from "../../src/excel/requirements";
import { runAction } from "../../src/excel/run-actions";
import type { InstalledExcel } from "./fake-excel";
import { installExcel } from "./fake-excel";
import { yueyangExample } from "./helpers";
import { installOffice } from "./office-mock";

jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));

let restoreOffice: (() => void) | undefined;
let excel: InstalledExcel | undefined;
afterEach(() => {
  restoreOffice?.();
  excel?.uninstall();
  restoreOffice = undefined;
  excel = undefined;
});

test("ExcelApi 1.7 missing: not supported, with the Chinese message first", () => {
  restoreOffice = installOffice(6);
  const support = checkExcelSupport();
  expect(support.ok).toBe(false);
  expect(support.message).toMatch(/^此版本的 Excel 不支持 ExcelApi 1\.7，请升级 Office/);
});

test.each([
  [7, false],
  [12, false],
  [13, true],
  [17, true],
])("ExcelApi 1.%i: supported, merges %s", (minor, merges) => {
  restoreOffice = installOffice(minor);
  expect(checkExcelSupport()).toEqual({ ok: true, merges });
});

test("runAction stops before Excel.run when 1.7 is missing", async () => {
  restoreOffice = installOffice(6);
  excel = installExcel(yueyangExample().doc);
  const outcome = await runAction("recalculate");
  expect(outcome).toEqual({ ok: false, message: expect.stringContaining("ExcelApi 1.7") });
  expect(excel.runs).toHaveLength(0);
});

test("on a 1.12 host the whole recalculation runs without asking for merges", async () => {
  restoreOffice = installOffice(12);
  const { doc, cli } = yueyangExample();
  doc.apiVersion = 12; // the fake throws ApiNotFound if getMergedAreasOrNullObject is called
  excel = installExcel(doc);
  const outcome = await runAction("recalculate");
  expect(outcome.ok && outcome.written).toBe(cli.writes.length);
});
