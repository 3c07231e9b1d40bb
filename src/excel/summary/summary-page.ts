import type { SummaryLayout } from "./summary-layout";

/**
 * Printing (Worksheet.pageLayout, ExcelApi 1.9): landscape A4, every column
 * on one page wide and as many pages tall as needed, the charts inside the
 * print area. Some desktop builds ignore horizontalFitToPages unless the
 * Page Layout tab was opened (office-js#1860): TESTING.md checks it.
 */
export function queueSummaryPage(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  const page = sheet.pageLayout;
  page.orientation = Excel.PageOrientation.landscape;
  page.paperSize = Excel.PaperType.a4;
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.centerHorizontally = true;
  page.setPrintArea(sheet.getRangeByIndexes(0, 0, layout.lastRow + 1, layout.lastColumn + 1));
}
