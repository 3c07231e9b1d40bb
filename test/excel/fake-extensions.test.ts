// The fake's newer parts (fills, notes, comments, charts, page layout,
// undo groups) must be as strict as Excel where the adapter could go wrong.
import type { FakeDocument, InstalledExcel } from "../../src/preview/fake-excel";
import { documentFromGrid, FakeOfficeError, installExcel, newContext, NOT_LOADED } from "../../src/preview/fake-excel";

const grid = { sheets: [{ name: "甲", values: [["标题", 1], [null, 2]], merges: [] }] };

let excel: InstalledExcel;
beforeEach(() => (excel = installExcel(documentFromGrid(grid))));
afterEach(() => excel.uninstall());

function setup(apiVersion = 20): { doc: FakeDocument; context: Excel.RequestContext } {
  const doc = documentFromGrid(grid);
  doc.apiVersion = apiVersion;
  return { doc, context: newContext(doc).context };
}

describe("fills", () => {
  test("no fill reads as #FFFFFF with a null tintAndShade; a fill as its colour and 0", async () => {
    const { context } = setup();
    const sheet = context.workbook.worksheets.getItem("甲");
    sheet.getRange("B1").format.fill.color = "#ffc7ce";
    const blank = sheet.getRange("A1").format.fill.load("color,tintAndShade");
    const filled = sheet.getRange("B1").format.fill.load("color,tintAndShade");
    await context.sync();
    expect([blank.color, blank.tintAndShade]).toEqual(["#FFFFFF", null]);
    expect([filled.color, filled.tintAndShade]).toEqual(["#FFC7CE", 0]);
  });

  test("clear() is no fill; tintAndShade needs 1.9", async () => {
    const { doc, context } = setup(8);
    const sheet = context.workbook.worksheets.getItem("甲");
    sheet.getRange("A1").format.fill.color = "#00B050";
    sheet.getRange("A1").format.fill.clear();
    await context.sync();
    expect(doc.sheet("甲")?.cell(0, 0)?.fill).toBeUndefined();
    expect(() => sheet.getRange("A1").format.fill.load("tintAndShade")).toThrow("ApiNotFound");
  });

  test("a protected sheet refuses a fill", async () => {
    const { doc, context } = setup();
    const sheet = doc.sheet("甲");
    if (sheet) sheet.isProtected = true;
    context.workbook.worksheets.getItem("甲").getRange("A1").format.fill.color = "#FFEB9C";
    await expect(context.sync()).rejects.toThrow("AccessDenied");
  });
});

describe("notes", () => {
  test("need ExcelApi 1.18", () => {
    const { context } = setup(17);
    expect(() => context.workbook.worksheets.getItem("甲").notes).toThrow("ApiNotFound");
  });

  test("a second note on a cell is refused; getItemOrNullObject tells first", async () => {
    const { doc, context } = setup();
    const sheet = context.workbook.worksheets.getItem("甲");
    sheet.notes.add(sheet.getRange("B2"), "一");
    const probe = sheet.notes.getItemOrNullObject("B2").load("content");
    await context.sync();
    expect([probe.isNullObject, probe.content]).toEqual([false, "一"]);
    expect(() => probe.authorName).toThrow(NOT_LOADED);
    sheet.notes.add("B2", "二");
    await expect(context.sync()).rejects.toThrow("already has a note");
    probe.delete();
    await context.sync();
    expect(doc.sheet("甲")?.notes.size).toBe(0);
  });

  test("a note goes on one cell only", async () => {
    const { context } = setup();
    const sheet = context.workbook.worksheets.getItem("甲");
    sheet.notes.add(sheet.getRange("A1:B2"), "多格");
    await expect(context.sync()).rejects.toThrow("InvalidCellAddress");
  });
});

describe("comments", () => {
  test("need ExcelApi 1.10; getItemByCell throws for a cell without one", async () => {
    const { context } = setup(9);
    expect(() => context.workbook.comments).toThrow("ApiNotFound");
    const later = setup(10);
    later.context.workbook.comments.getItemByCell(later.context.workbook.worksheets.getItem("甲").getRange("A1")).load("content");
    await expect(later.context.sync()).rejects.toThrow("ItemNotFound");
  });

  test("listed by items, located by getLocation", async () => {
    const { doc, context } = setup(10);
    const sheet = context.workbook.worksheets.getItem("甲");
    context.workbook.comments.add(sheet.getRange("B1"), "请核实");
    const comments = context.workbook.comments.load("items/content");
    await context.sync();
    const where = comments.items[0]?.getLocation().load("address");
    await context.sync();
    expect([comments.items[0]?.content, where?.address]).toEqual(["请核实", "'甲'!B1"]);
    expect(doc.comments).toHaveLength(1);
  });
});

describe("charts", () => {
  test("added, listed, deleted; a deleted chart cannot be changed", async () => {
    const { doc, context } = setup();
    const sheet = context.workbook.worksheets.getItem("甲");
    const chart = sheet.charts.add("BarClustered", sheet.getRange("B1:B2"), "Columns");
    chart.title.text = "排名";
    await context.sync();
    const charts = sheet.charts.load("items/name");
    await context.sync();
    expect(charts.items.map((c) => c.name)).toEqual(["Chart 1"]);
    charts.items[0]?.delete();
    await context.sync();
    expect(doc.sheet("甲")?.charts).toEqual([]);
    chart.legend.visible = false;
    await expect(context.sync()).rejects.toThrow("the chart was deleted");
  });

  test("setXAxisValues and reversePlotOrder need 1.7", () => {
    const { context } = setup(6);
    const sheet = context.workbook.worksheets.getItem("甲");
    const chart = sheet.charts.add("BarClustered", sheet.getRange("B1:B2"), "Columns");
    expect(() => chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A1:A2"))).toThrow("ApiNotFound");
    expect(() => (chart.axes.categoryAxis.reversePlotOrder = true)).toThrow("ApiNotFound");
  });
});

describe("sheets and runs", () => {
  test("pageLayout needs 1.9", () => {
    const { context } = setup(8);
    expect(() => context.workbook.worksheets.getItem("甲").pageLayout).toThrow("ApiNotFound");
  });

  test("the last visible sheet cannot be deleted", async () => {
    const { context } = setup();
    context.workbook.worksheets.getItem("甲").delete();
    await expect(context.sync()).rejects.toThrow("one visible sheet");
  });

  test("mergeUndoGroup is refused below ExcelApi 1.20", async () => {
    excel.uninstall();
    const doc = documentFromGrid(grid);
    doc.apiVersion = 19;
    excel = installExcel(doc);
    await expect(Excel.run({ mergeUndoGroup: true }, async () => 1)).rejects.toBeInstanceOf(FakeOfficeError);
    doc.apiVersion = 20;
    await expect(Excel.run({ mergeUndoGroup: true }, async () => 1)).resolves.toBe(1);
  });

  test("a snapshot leaves out cells with nothing in them", async () => {
    const { doc, context } = setup();
    context.workbook.worksheets.getItem("甲").getRange("C3").values = [[""]];
    await context.sync();
    expect(doc.sheet("甲")?.cell(2, 2)).toBeDefined();
    expect(doc.snapshot()[0]?.cells.map(([a1]) => a1)).toEqual(["A1", "B1", "B2"]);
  });
});
