// The fake must be as strict as Excel where the adapter could go wrong,
// or the adapter's tests prove nothing.
import { documentFromGrid, FakeOfficeError, installExcel, newContext, NOT_LOADED, NOT_SYNCED } from "../../src/preview/fake-excel";
import type { InstalledExcel } from "../../src/preview/fake-excel";

const grid = {
  sheets: [
    { name: "甲", values: [["标题"], [null, "分值", 2]], formulas: { C2: "1+1" }, merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] },
    { name: "空", values: [], merges: [] },
  ],
};

let excel: InstalledExcel;
beforeEach(() => (excel = installExcel(documentFromGrid(grid))));
afterEach(() => excel.uninstall());

function setup() {
  const doc = documentFromGrid(grid);
  return { doc, ...newContext(doc) };
}

describe("reading", () => {
  test("a property read before load throws, naming office-addin-mock's marker", () => {
    const { context } = setup();
    const range = context.workbook.worksheets.getItem("甲").getRange("A1:C2");
    expect(() => range.values).toThrow(NOT_LOADED);
  });

  test("a property read after load but before sync throws", () => {
    const { context } = setup();
    const range = context.workbook.worksheets.getItem("甲").getRange("A1:C2");
    range.load("values");
    expect(() => range.values).toThrow(NOT_SYNCED);
    expect(() => range.formulas).toThrow(NOT_LOADED);
  });

  test("after load + sync: values with '' for empty cells, formulas with '='", async () => {
    const { context, fake } = setup();
    const range = context.workbook.worksheets.getItem("甲").getRange("A1:C2");
    range.load("values,formulas,address");
    await context.sync();
    expect(range.values).toEqual([
      ["标题", "", ""],
      ["", "分值", 2],
    ]);
    expect(range.formulas[1]).toEqual(["", "分值", "=1+1"]);
    expect(range.address).toBe("'甲'!A1:C2");
    expect(fake.syncCount).toBe(1);
  });

  test("collection items and their properties need load + sync", async () => {
    const { context } = setup();
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(NOT_LOADED);
    sheets.load("items/name");
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["甲", "空"]);
    expect(() => sheets.items[0]?.visibility).toThrow(NOT_LOADED);
  });

  test("isNullObject is known only after a sync that loaded the object", async () => {
    const { context } = setup();
    const used = context.workbook.worksheets.getItem("空").getUsedRangeOrNullObject();
    expect(() => used.isNullObject).toThrow("PropertyNotLoaded");
    used.load("values");
    await context.sync();
    expect(used.isNullObject).toBe(true);
    expect(used.values).toBeUndefined();
  });

  test("a method called on a null object fails the sync", async () => {
    const { context } = setup();
    const used = context.workbook.worksheets.getItem("空").getUsedRangeOrNullObject();
    used.getMergedAreasOrNullObject().load("address");
    await expect(context.sync()).rejects.toThrow("InvalidObjectPath");
  });

  test("getItem of a missing sheet fails at sync, getItemOrNullObject does not", async () => {
    const { context } = setup();
    const missing = context.workbook.worksheets.getItemOrNullObject("无");
    missing.load("name");
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    context.workbook.worksheets.getItem("无").load("name");
    await expect(context.sync()).rejects.toThrow("ItemNotFound");
  });

  test("merged areas need ExcelApi 1.13", () => {
    const { doc, context } = setup();
    doc.apiVersion = 12;
    const range = context.workbook.worksheets.getItem("甲").getUsedRange();
    expect(() => range.getMergedAreasOrNullObject()).toThrow("ApiNotFound");
  });
});

describe("writing", () => {
  test("writes land at sync, not before", async () => {
    const { doc, context } = setup();
    context.workbook.worksheets.getItem("甲").getRangeByIndexes(3, 0, 1, 2).values = [[1, "x"]];
    expect(doc.sheet("甲")?.cell(3, 0)).toBeUndefined();
    await context.sync();
    expect(doc.sheet("甲")?.cell(3, 0)?.value).toBe(1);
    expect(doc.sheet("甲")?.cell(3, 1)?.value).toBe("x");
  });

  test("values must match the range's size", async () => {
    const { context } = setup();
    context.workbook.worksheets.getItem("甲").getRangeByIndexes(3, 0, 2, 1).values = [[1]];
    await expect(context.sync()).rejects.toThrow("InvalidArgument");
  });

  test("strings are taken as typed unless the cell is text-formatted", async () => {
    const { doc, context } = setup();
    const sheet = context.workbook.worksheets.getItem("甲");
    sheet.getRange("A5:C5").values = [["001", "TRUE", "=1"]];
    const text = sheet.getRange("A6:B6");
    text.numberFormat = [["@", "@"]];
    text.values = [["001", "TRUE"]];
    await context.sync();
    const cells = doc.sheet("甲");
    expect([cells?.cell(4, 0)?.value, cells?.cell(4, 1)?.value, cells?.cell(4, 2)?.formula]).toEqual([1, true, "=1"]);
    expect([cells?.cell(5, 0)?.value, cells?.cell(5, 1)?.value]).toEqual(["001", "TRUE"]);
  });

  test("a protected sheet refuses writes", async () => {
    const { doc, context } = setup();
    const sheet = doc.sheet("甲");
    if (sheet) sheet.isProtected = true;
    context.workbook.worksheets.getItem("甲").getRange("A9").values = [[1]];
    await expect(context.sync()).rejects.toThrow("AccessDenied");
  });

  test("the last visible sheet cannot be hidden", async () => {
    const { doc, context } = setup();
    const other = doc.sheet("空");
    if (other) other.visibility = "Hidden";
    context.workbook.worksheets.getItem("甲").visibility = "VeryHidden";
    await expect(context.sync()).rejects.toThrow("one visible sheet");
  });

  test("Excel.run passes its options and a fresh context", async () => {
    const result = await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("甲").getRange("A9").values = [[7]];
      await context.sync();
      return 42;
    });
    expect(result).toBe(42);
    expect(excel.options).toEqual([{ delayForCellEdit: true }]);
    expect(excel.runs[0]?.syncCount).toBe(1);
  });

  test("a sync can be made to fail like Excel in cell-edit mode", async () => {
    const { doc, context } = setup();
    doc.failNextSync = new FakeOfficeError("InvalidOperationInCellEditMode", "editing");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});
