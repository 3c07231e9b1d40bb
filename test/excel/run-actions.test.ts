// The actions the pane and the ribbon call: one Excel.run each, with
// delayForCellEdit (and mergeUndoGroup where ExcelApi 1.20 allows it); errors
// a user can cause turned into messages, never a rejected promise.
import type { KaoheAction } from "../../src/excel/run-actions";
import { clearMarks, runAction, runKaoheAction, selectCell, undoLastCalculation } from "../../src/excel/run-actions";
import type { FakeDocument, InstalledExcel } from "../../src/preview/fake-excel";
import { FakeOfficeError, installExcel } from "../../src/preview/fake-excel";
import { sheetOf, valueAt, yueyangExample } from "./helpers";
import { installOfficeStub } from "./support";

let restoreOffice: () => void;
let excel: InstalledExcel | undefined;
beforeEach(() => (restoreOffice = installOfficeStub(20)));
afterEach(() => {
  restoreOffice();
  excel?.uninstall();
  excel = undefined;
});

function host(doc: FakeDocument, minor = 20): InstalledExcel {
  restoreOffice();
  restoreOffice = installOfficeStub(minor);
  doc.apiVersion = minor;
  excel?.uninstall();
  excel = installExcel(doc);
  return excel;
}

const ACTIONS: readonly KaoheAction[] = ["recalculate", "validate", "summary", "clearMarks", "undo"];

test("重新计算: one Excel.run in one undo group (four syncs and one chunk), Kaohe's sheets added in a run outside it, a message", async () => {
  const { doc, cli } = yueyangExample();
  const installed = host(doc);
  const outcome = await runAction("recalculate");
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.written).toBe(cli.writes.length);
  expect(installed.options).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }, { delayForCellEdit: true }]);
  expect(installed.runs.map((r) => [r.syncCount, r.pending])).toEqual([
    [5, 0],
    [1, 0],
  ]);
  expect(outcome.message).toBe(`计算完成：3 个单位，5 个问题（错误 1），写入 ${cli.writes.length} 个单元格；已标注 5 个单元格。`);
});

test.each([19, 12])("ExcelApi 1.%i: no mergeUndoGroup (the fake refuses it below 1.20)", async (minor) => {
  const { doc } = yueyangExample();
  const installed = host(doc, minor);
  for (const action of ACTIONS) expect((await runKaoheAction(action)).ok).toBe(true);
  expect(installed.options).toEqual(ACTIONS.map(() => ({ delayForCellEdit: true })));
});

test("提交前校验 writes no score, marks the cells", async () => {
  const { doc } = yueyangExample();
  host(doc);
  const outcome = await runAction("validate");
  expect(outcome.ok && [outcome.written, outcome.marks.marked]).toEqual([0, 5]);
  expect(valueAt(doc, "岳阳县", "I71")).toBe("");
  expect(outcome.ok && outcome.message).toBe("校验完成：3 个单位，5 个问题（错误 1）；已标注 5 个单元格。");
});

test("清除标记 and 撤销上次计算 report what they did", async () => {
  const { doc } = yueyangExample();
  host(doc);
  await runAction("recalculate");
  expect(await clearMarks()).toMatchObject({ ok: true, message: "已清除 5 个单元格的标记。" });
  await runAction("recalculate");
  const undone = await undoLastCalculation();
  expect(undone).toMatchObject({ ok: true, undo: { restored: 186 }, message: "已撤销上次计算：恢复 186 个单元格，清除 5 个标记。" });
  expect(await undoLastCalculation()).toMatchObject({ ok: true, message: "没有可撤销的计算。" });
  expect(await clearMarks()).toMatchObject({ ok: true, message: "没有需要清除的标记。" });
});

test("runKaoheAction routes every action", async () => {
  const { doc } = yueyangExample();
  host(doc);
  const messages = [];
  for (const action of ACTIONS) messages.push((await runKaoheAction(action)).message.slice(0, 3));
  expect(messages).toEqual(["计算完", "校验完", "汇总已", "已清除", "已撤销"]);
});

test.each(ACTIONS)("%s while Excel is in cell-edit mode: a message in Chinese, nothing written", async (action) => {
  const { doc } = yueyangExample();
  doc.failNextSync = new FakeOfficeError("InvalidOperationInCellEditMode", "editing");
  host(doc);
  const before = doc.snapshot();
  const outcome = await runKaoheAction(action);
  expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^Excel 正在编辑单元格/) });
  expect(doc.snapshot()).toEqual(before);
});

test("a sheet protected between the read and the write: a clear message", async () => {
  const { doc } = yueyangExample();
  host(doc);
  // The read sees the sheet unprotected; the user protects it before the write arrives.
  const sheet = sheetOf(doc, "华容县");
  const check = sheet.failIfProtected.bind(sheet);
  sheet.failIfProtected = (what: string) => {
    sheet.isProtected = true;
    check(what);
  };
  const outcome = await runAction("recalculate");
  expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^工作表受保护或工作簿只读/) });
});

test("any other failure is reported, explained", async () => {
  const { doc } = yueyangExample();
  doc.failNextSync = new FakeOfficeError("GeneralException", "boom");
  host(doc);
  // Explained in Chinese, never the host's raw English (explain-error.ts).
  expect(await runAction("summary")).toEqual({ ok: false, message: expect.stringMatching(/^Excel 内部出错，操作未完成/) });
});

describe("selectCell", () => {
  test("activates the sheet and selects the cell", async () => {
    const { doc } = yueyangExample();
    host(doc);
    expect(await selectCell("华容县", "G41")).toBe(true);
    expect(doc.activeSheet).toBe("华容县");
    expect(doc.selection).toEqual({ sheet: "华容县", address: "'华容县'!G41" });
  });

  test("a whole-sheet finding only activates the sheet", async () => {
    const { doc } = yueyangExample();
    host(doc);
    expect(await selectCell("汨罗市", "")).toBe(true);
    expect([doc.activeSheet, doc.selection]).toEqual(["汨罗市", undefined]);
  });

  test("a sheet deleted since, or no sheet at all: false, never a rejection", async () => {
    const { doc } = yueyangExample();
    host(doc);
    expect(await selectCell("已删除", "A1")).toBe(false);
    expect(await selectCell("", "")).toBe(false);
    expect(sheetOf(doc, "岳阳县").name).toBe("岳阳县");
  });
});
