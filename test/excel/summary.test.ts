// 生成汇总: per group a printable block from the core's buildSummaryTable
// (the CLI's `kaohe summary` table) with its bar chart beside it; one 汇总
// sheet, charts included, however often it is made; never a user's own 汇总.
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { SummaryTable, WorkbookGrid } from "../../src/core";
import { rubricScoreOptions } from "../../src/cli/load-rubric";
import { fixtureById } from "../fixtures/catalog/all-fixtures";
import { buildSummaryTable, groupUnits, scoreWorkbook, SUMMARY_SHEET, toA1 } from "../../src/core";
import { runAction } from "../../src/excel/run-actions";
import { SUMMARY_SYNCS } from "../../src/excel/sync-budget";
import { CHART_COLUMNS, CHART_MIN_ROWS, layoutSummary } from "../../src/host/summary/summary-layout";
import { FOREIGN_SUMMARY_MESSAGE, PROTECTED_SUMMARY_MESSAGE, SUMMARY_SIGNATURE, SUMMARY_TITLE } from "../../src/host/summary/summary-text";
import type { FakeDocument, InstalledExcel } from "../../src/preview/fake-excel";
import { documentFromExcelJs, installExcel } from "../../src/preview/fake-excel";
import { ledgerSheetRows, sheetOf, valueAt, yueyangExample } from "./helpers";
import { installOfficeStub } from "./support";

let restoreOffice: () => void;
let excel: InstalledExcel | undefined;
beforeEach(() => (restoreOffice = installOfficeStub(20)));
afterEach(() => {
  restoreOffice();
  excel?.uninstall();
  excel = undefined;
});

const FIRST_GROUP = "一、对县、市、区的考核（含开发区、产业新区、管理区）";
const SECOND_GROUP = "二、对市直部门单位（含中央、省属驻岳单位）";
const DEPARTMENTS = fixtureById("yueyang-department.printed");

interface TwoGroups {
  readonly doc: FakeDocument;
  readonly grid: WorkbookGrid;
}

/**
 * The 岳阳 example (县、市、区 table: three units) and, on sheets beside it,
 * two units scored by the 市直部门单位 table: each rubric is its own group.
 */
function twoGroups(): TwoGroups {
  const { workbook, doc } = yueyangExample();
  const departments = DEPARTMENTS.build().workbook;
  doc.sheets.push(...documentFromExcelJs(departments).sheets);
  return { doc, grid: { sheets: [...workbookToGrid(workbook).sheets, ...workbookToGrid(departments).sheets] } };
}

/** What the CLI's `kaohe summary --rubric auto` builds for the same workbook. */
function cliTable(example: TwoGroups): SummaryTable {
  const score = scoreWorkbook(example.grid, rubricScoreOptions("auto"));
  const grouped = groupUnits(score.units.map((unit) => ({ unit, source: "" })));
  return buildSummaryTable(grouped.units, [...score.findings, ...grouped.findings]);
}

function sheetValues(doc: FakeDocument): (string | number | boolean)[][] {
  const sheet = sheetOf(doc, SUMMARY_SHEET);
  const box = sheet.usedBox(true);
  if (!box) return [];
  return Array.from({ length: box.bottom + 1 }, (_, r) => Array.from({ length: box.right + 1 }, (_, c) => sheet.cell(r, c)?.value ?? ""));
}

async function summarise(doc: FakeDocument, minor = 20) {
  excel?.uninstall();
  restoreOffice();
  restoreOffice = installOfficeStub(minor);
  doc.apiVersion = minor;
  excel = installExcel(doc);
  const outcome = await runAction("summary");
  return { outcome, syncs: excel.runs.map((r) => r.syncCount) };
}

test("per group: title, header and ranked rows exactly as the CLI's table", async () => {
  const example = twoGroups();
  const { outcome, syncs } = await summarise(example.doc);
  if (!outcome.ok) throw new Error(outcome.message);
  const table = cliTable(example);
  expect(table.blocks.map((b) => b.group)).toEqual([FIRST_GROUP, SECOND_GROUP]);
  const layout = layoutSummary(table);
  const values = sheetValues(example.doc);
  expect(values[0]?.[0]).toBe(SUMMARY_TITLE);
  expect(values[1]?.[0]).toBe(SUMMARY_SIGNATURE);
  for (const placed of layout.blocks) {
    expect(values[placed.titleRow]?.[0]).toBe(`${placed.block.group}（${placed.block.rows.length} 个单位）`);
    expect(values[placed.headerRow]?.slice(0, placed.block.header.length)).toEqual(placed.block.header);
    placed.block.rows.forEach((row, i) => expect(values[placed.firstDataRow + i]?.slice(0, row.length)).toEqual(row));
  }
  const first = layout.blocks[0]?.block;
  expect(first?.header).toEqual(["排名", "单位", "组织领导", "政府信息公开", "政务服务", "基层政务公开与政务服务", "加分", "扣分", "原始总分", "折算总分", "等次", "一票否决", "待处理问题"]);
  expect(first?.rows.map((r) => [r[0], r[1]])).toEqual([
    [1, "汨罗市"],
    [2, "华容县"],
    [3, "岳阳县"],
  ]);
  // The action's run: its four round trips plus one chunk of cells; then the
  // run that added Kaohe's very hidden sheets outside the undo group (once).
  expect(syncs).toEqual([SUMMARY_SYNCS + 1, 1]);
  expect(example.doc.activeSheet).toBe(SUMMARY_SHEET);
  expect(outcome.message).toMatch(/^汇总已生成：2 组 5 个单位/);
});

test("a bar chart of the ranking per group, beside its block", async () => {
  const example = twoGroups();
  await summarise(example.doc);
  const layout = layoutSummary(cliTable(example));
  const charts = sheetOf(example.doc, SUMMARY_SHEET).charts;
  expect(charts).toHaveLength(2);
  layout.blocks.forEach((placed, i) => {
    const chart = charts[i];
    const n = placed.block.rows.length;
    expect(chart).toMatchObject({
      type: "BarClustered",
      seriesBy: "Columns",
      source: { top: placed.firstDataRow, bottom: placed.firstDataRow + n - 1, left: placed.totalColumn, right: placed.totalColumn },
      xValues: { top: placed.firstDataRow, bottom: placed.firstDataRow + n - 1, left: 1, right: 1 },
      seriesName: "折算总分",
      legendVisible: false,
      reversePlotOrder: true,
      showValue: true,
      position: {
        from: toA1(placed.titleRow, layout.width + 1),
        to: toA1(placed.titleRow + CHART_MIN_ROWS - 1, layout.width + CHART_COLUMNS),
      },
    });
    expect(chart?.title).toContain(placed.block.group);
  });
  // Charts never overlap: the second block starts below the first chart.
  const [a, b] = layout.blocks;
  expect((b?.titleRow ?? 0) > (a?.chart?.bottom ?? Infinity)).toBe(true);
});

test("formatted to print: bold header with borders, number formats, widths, landscape fit to width", async () => {
  const example = twoGroups();
  await summarise(example.doc);
  const layout = layoutSummary(cliTable(example));
  const sheet = sheetOf(example.doc, SUMMARY_SHEET);
  const placed = layout.blocks[0];
  if (!placed) throw new Error("no block");
  const header = sheet.cell(placed.headerRow, 3);
  expect(header?.bold).toBe(true);
  expect(header?.fill?.color).toBe("#D9E7F5");
  expect(header?.format).toMatchObject({ "border.EdgeTop.style": "Continuous", "border.InsideVertical.style": "Continuous", wrapText: true });
  const data = sheet.cell(placed.firstDataRow, placed.totalColumn);
  expect(data?.numberFormat).toBe("0.00");
  expect(sheet.cell(placed.firstDataRow, 0)?.numberFormat).toBe("0");
  expect(data?.format?.["border.InsideHorizontal.style"]).toBe("Continuous");
  expect(sheet.cell(0, 0)?.format).toMatchObject({ "font.size": 16, horizontalAlignment: "CenterAcrossSelection" });
  expect([sheet.columnWidths.get(0), sheet.columnWidths.get(1), sheet.columnWidths.get(layout.width - 1)]).toEqual([36, 120, 64]);
  expect(sheet.pageLayout).toEqual({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1 },
    centerHorizontally: true,
    printArea: `'${SUMMARY_SHEET}'!A1:${toA1(layout.lastRow, layout.lastColumn)}`,
  });
  expect(sheet.merges).toEqual([]); // a title merged across would have to be unmerged on every rewrite
});

test("rewritten, never duplicated: one sheet, its charts replaced, the same content", async () => {
  const example = twoGroups();
  await summarise(example.doc);
  const first = example.doc.snapshot().find((s) => s.name === SUMMARY_SHEET);
  const count = example.doc.sheets.length;
  const { outcome } = await summarise(example.doc);
  expect(outcome.ok).toBe(true);
  expect(example.doc.sheets.length).toBe(count);
  expect(sheetOf(example.doc, SUMMARY_SHEET).charts).toHaveLength(2);
  expect(example.doc.snapshot().find((s) => s.name === SUMMARY_SHEET)).toEqual(first);
});

test("a group gone since leaves no block, no row and no chart behind", async () => {
  const example = twoGroups();
  await summarise(example.doc);
  for (const { name } of DEPARTMENTS.build().description.sheets) example.doc.sheets.splice(example.doc.sheets.indexOf(sheetOf(example.doc, name)), 1);
  const { outcome } = await summarise(example.doc);
  if (!outcome.ok) throw new Error(outcome.message);
  expect(sheetOf(example.doc, SUMMARY_SHEET).charts).toHaveLength(1);
  expect(sheetValues(example.doc).some((r) => r.includes(`${SECOND_GROUP}（1 个单位）`))).toBe(false);
});

test("ExcelApi 1.8: no page layout to set, the rest is written", async () => {
  const example = twoGroups();
  const { outcome } = await summarise(example.doc, 8); // the fake refuses Worksheet.pageLayout below 1.9
  expect(outcome.ok).toBe(true);
  expect(sheetOf(example.doc, SUMMARY_SHEET).pageLayout).toEqual({});
  expect(sheetOf(example.doc, SUMMARY_SHEET).charts).toHaveLength(2);
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
  expect(ledgerSheetRows(doc).length).toBeGreaterThan(1); // the recalculation itself still happened
});

test("Kaohe's own 汇总, protected since: left alone, the user told, the scores still written", async () => {
  const example = twoGroups();
  await summarise(example.doc);
  const sheet = sheetOf(example.doc, SUMMARY_SHEET);
  sheet.isProtected = true;
  const before = example.doc.snapshot().find((s) => s.name === SUMMARY_SHEET);
  sheetOf(example.doc, "岳阳县").edit(4, 6).value = 2; // G5: a deduction changes the ranking's input
  const { outcome } = await summarise(example.doc);
  expect(outcome).toEqual({ ok: false, message: PROTECTED_SUMMARY_MESSAGE });
  expect(example.doc.snapshot().find((s) => s.name === SUMMARY_SHEET)).toEqual(before);
  expect(valueAt(example.doc, "岳阳县", "I5")).toBe(0);
});

test("a 汇总 made by an earlier Kaohe (its one-table header) is rewritten", async () => {
  const { doc } = yueyangExample();
  const old = doc.addSheet(SUMMARY_SHEET);
  ["排名", "单位", "组别", "总分", "满分", "加分", "扣分", "工作表", "问题数"].forEach((h, c) => (old.edit(0, c).value = h));
  old.edit(1, 1).value = "汨罗市";
  const { outcome } = await summarise(doc);
  expect(outcome.ok).toBe(true);
  expect(sheetValues(doc)[1]?.[0]).toBe(SUMMARY_SIGNATURE);
});

test("an empty 汇总 sheet is filled rather than refused", async () => {
  const { doc } = yueyangExample();
  doc.addSheet(SUMMARY_SHEET);
  const { outcome } = await summarise(doc);
  expect(outcome.ok).toBe(true);
  expect(sheetValues(doc)[0]?.[0]).toBe(SUMMARY_TITLE);
});

test("a workbook with no scoresheet gets a 汇总 that says so, without charts", async () => {
  const doc = documentFromExcelJs(yueyangExample().workbook);
  doc.sheets.splice(0, doc.sheets.length);
  doc.addSheet("备忘").edit(0, 0).value = "备忘";
  const { outcome } = await summarise(doc);
  expect(outcome.ok).toBe(true);
  expect(sheetValues(doc)[3]?.[0]).toMatch(/^没有可汇总的单位/);
  expect(sheetOf(doc, SUMMARY_SHEET).charts).toEqual([]);
});
