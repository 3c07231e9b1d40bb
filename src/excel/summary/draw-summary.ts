import { toA1 } from "../../core";
import type { SheetBlockStyle, SheetChart, SummarySheetWrite } from "../../host/port";
import type { ExcelSupport } from "../requirements";

function alignment(align: NonNullable<SheetBlockStyle["align"]>): Excel.HorizontalAlignment {
  if (align === "acrossSelection") return Excel.HorizontalAlignment.centerAcrossSelection;
  if (align === "center") return Excel.HorizontalAlignment.center;
  return align === "left" ? Excel.HorizontalAlignment.left : Excel.HorizontalAlignment.right;
}

/** Thin borders round and inside the range; inside borders only where the range has an inside. */
function queueBorders(range: Excel.Range, rows: number, columns: number): void {
  const sides: Excel.BorderIndex[] = [Excel.BorderIndex.edgeTop, Excel.BorderIndex.edgeBottom, Excel.BorderIndex.edgeLeft, Excel.BorderIndex.edgeRight];
  if (rows > 1) sides.push(Excel.BorderIndex.insideHorizontal);
  if (columns > 1) sides.push(Excel.BorderIndex.insideVertical);
  for (const side of sides) {
    const border = range.format.borders.getItem(side);
    border.style = Excel.BorderLineStyle.continuous;
    border.color = "#000000";
  }
}

function queueStyle(sheet: Excel.Worksheet, s: SheetBlockStyle): void {
  const range = sheet.getRangeByIndexes(s.top, s.left, s.rows, s.cols);
  const format = range.format;
  if (s.align) format.horizontalAlignment = alignment(s.align);
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.fontSize !== undefined) format.font.size = s.fontSize;
  if (s.fontColor !== undefined) format.font.color = s.fontColor;
  if (s.fill !== undefined) format.fill.color = s.fill;
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.verticalCenter) format.verticalAlignment = Excel.VerticalAlignment.center;
  const formats = s.columnFormats;
  if (formats) range.numberFormat = Array.from({ length: s.rows }, () => [...formats]);
  if (s.borders) queueBorders(range, s.rows, s.cols);
}

/**
 * One bar chart (ExcelApi 1.1 charts; the category axis from the unit
 * column by setXAxisValues, 1.7, since a chart's source must be one
 * rectangle and 单位 and 折算总分 are not adjacent).
 */
function queueChart(sheet: Excel.Worksheet, c: SheetChart): void {
  const values = sheet.getRangeByIndexes(c.firstRow, c.valueCol, c.count, 1);
  const chart = sheet.charts.add(Excel.ChartType.barClustered, values, Excel.ChartSeriesBy.columns);
  chart.name = c.name;
  chart.title.text = c.title;
  chart.legend.visible = false;
  chart.dataLabels.showValue = true;
  const series = chart.series.getItemAt(0);
  series.name = c.seriesName;
  series.setXAxisValues(sheet.getRangeByIndexes(c.firstRow, c.categoryCol, c.count, 1));
  // A bar chart draws its first category at the bottom: reversed, rank 1 is on top as in the table.
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(toA1(c.box.top, c.box.left), toA1(c.box.bottom, c.box.right));
}

/**
 * Printing (Worksheet.pageLayout, ExcelApi 1.9): landscape A4, every column
 * on one page wide and as many pages tall as needed, the charts inside the
 * print area. Some desktop builds ignore horizontalFitToPages unless the
 * Page Layout tab was opened (office-js#1860): TESTING.md checks it.
 */
function queuePage(sheet: Excel.Worksheet, area: SummarySheetWrite["printArea"]): void {
  const page = sheet.pageLayout;
  page.orientation = Excel.PageOrientation.landscape;
  page.paperSize = Excel.PaperType.a4;
  // One page wide; verticalFitToPages left out, so the height follows the rows
  // (PageLayoutZoomOptions documents page counts only; 0 is undocumented).
  page.zoom = { horizontalFitToPages: 1 };
  page.centerHorizontally = true;
  page.setPrintArea(sheet.getRangeByIndexes(0, 0, area.lastRow + 1, area.lastColumn + 1));
}

/** Column widths, one range operation per run of equal widths. */
function queueWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  let start = 0;
  while (start < widths.length) {
    let end = start;
    while (widths[end + 1] === widths[start]) end++;
    sheet.getRangeByIndexes(0, start, 1, end - start + 1).format.columnWidth = widths[start] ?? 0;
    start = end + 1;
  }
}

/**
 * Draws the 汇总 sheet src/host planned: rewrites Kaohe's own (its old
 * charts deleted: a chart survives Range.clear) or adds it. The caller syncs.
 */
export function queueSummary(sheets: Excel.WorksheetCollection, plan: SummarySheetWrite, oldCharts: readonly Excel.Chart[], support: ExcelSupport): void {
  const sheet = plan.mode === "replace" ? sheets.getItem(plan.name) : sheets.add(plan.name);
  for (const chart of oldCharts) chart.delete();
  if (plan.mode === "replace") sheet.getRange().clear();
  sheet.getRangeByIndexes(0, 0, plan.rows.length, plan.width).values = plan.rows.map((r) => [...r]);
  for (const style of plan.styles) queueStyle(sheet, style);
  queueWidths(sheet, plan.columnWidths);
  for (const chart of plan.charts) queueChart(sheet, chart);
  if (support.pageLayout) queuePage(sheet, plan.printArea);
  if (plan.activate) sheet.activate();
}
