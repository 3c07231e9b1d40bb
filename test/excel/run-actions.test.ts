// The actions the pane and the ribbon call: one Excel.run each, errors a
// user can cause turned into messages, never a rejected promise.
import { runAction, selectCell } from "../../src/excel/run-actions";
import type { InstalledExcel } from "./fake-excel";
import { FakeOfficeError, installExcel } from "./fake-excel";
import { sheetOf, yueyangExample } from "./helpers";
import { installOffice } from "./office-mock";

jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));

let restoreOffice: () => void;
let excel: InstalledExcel | undefined;
beforeEach(() => (restoreOffice = installOffice(17)));
afterEach(() => {
  restoreOffice();
  excel?.uninstall();
  excel = undefined;
});

test("重新计算: one Excel.run that waits out cell editing, three syncs", async () => {
  const { doc, cli } = yueyangExample();
  excel = installExcel(doc);
  const outcome = await runAction("recalculate");
  expect(outcome.ok && outcome.written).toBe(cli.writes.length);
  expect(excel.options).toEqual([{ delayForCellEdit: true }]);
  expect(excel.runs.map((r) => [r.syncCount, r.pending])).toEqual([[3, 0]]);
});

test("提交前校验 reads and writes nothing", async () => {
  const { doc } = yueyangExample();
  excel = installExcel(doc);
  const before = doc.snapshot();
  const outcome = await runAction("validate");
  expect(outcome.ok && outcome.written).toBe(0);
  expect(doc.snapshot()).toEqual(before);
  expect(excel.runs[0]?.syncCount).toBe(2);
});

test("Excel in cell-edit mode: a message in Chinese, not an exception", async () => {
  const { doc } = yueyangExample();
  doc.failNextSync = new FakeOfficeError("InvalidOperationInCellEditMode", "editing");
  excel = installExcel(doc);
  const outcome = await runAction("recalculate");
  expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^Excel 正在编辑单元格/) });
});

test("any other failure is reported with its message", async () => {
  const { doc } = yueyangExample();
  doc.failNextSync = new FakeOfficeError("GeneralException", "boom");
  excel = installExcel(doc);
  expect(await runAction("summary")).toEqual({ ok: false, message: "操作失败：GeneralException: boom" });
});

describe("selectCell", () => {
  test("activates the sheet and selects the cell", async () => {
    const { doc } = yueyangExample();
    excel = installExcel(doc);
    expect(await selectCell("华容县", "G41")).toBe(true);
    expect(doc.activeSheet).toBe("华容县");
    expect(doc.selection).toEqual({ sheet: "华容县", address: "'华容县'!G41" });
  });

  test("a whole-sheet finding only activates the sheet", async () => {
    const { doc } = yueyangExample();
    excel = installExcel(doc);
    expect(await selectCell("汨罗市", "")).toBe(true);
    expect([doc.activeSheet, doc.selection]).toEqual(["汨罗市", undefined]);
  });

  test("a sheet deleted since, or no sheet at all: false, never a rejection", async () => {
    const { doc } = yueyangExample();
    excel = installExcel(doc);
    expect(await selectCell("已删除", "A1")).toBe(false);
    expect(await selectCell("", "")).toBe(false);
    expect(sheetOf(doc, "岳阳县").name).toBe("岳阳县");
  });
});
