import type { SheetBlockStyle, SummarySheetWrite } from "../host/port";
import { boxAddress } from "./et-address";
import type { EtWorkbook, EtWorksheet } from "./et-model";
import { colorToBgr } from "./et-model";

/** xlLeft, xlCenter, xlRight, xlCenterAcrossSelection (lib.et.d.ts EtXlHAlign). */
const ALIGN = { left: -4131, center: -4108, right: -4152, acrossSelection: 7 } as const;

/** ET's ColumnWidth is in characters of the standard font; about 7 points each. */
const POINTS_PER_CHARACTER = 7;

function styleBlock(sheet: EtWorksheet, style: SheetBlockStyle): void {
  const range = sheet.Range(boxAddress({ top: style.top, left: style.left, bottom: style.top + style.rows - 1, right: style.left + style.cols - 1 }));
  if (style.bold !== undefined) range.Font.Bold = style.bold;
  if (style.fill !== undefined) range.Interior.Color = colorToBgr(style.fill);
  if (style.align !== undefined) range.HorizontalAlignment = ALIGN[style.align];
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  style.columnFormats?.forEach((format, i) => {
    sheet.Range(boxAddress({ top: style.top, left: style.left + i, bottom: style.top + style.rows - 1, right: style.left + i })).NumberFormat = format;
  });
}

/**
 * Draws the 汇总 sheet src/host laid out: one Value2 write for every cell,
 * a call per column width and a few per style block (their number is the
 * layout's, not the workbook's). ET draws no chart or print setup here
 * (capabilities say so).
 */
export function drawSummary(workbook: EtWorkbook, summary: SummarySheetWrite): void {
  let sheet: EtWorksheet;
  if (summary.mode === "replace") {
    sheet = workbook.Sheets.Item(summary.name);
    sheet.UsedRange.Clear();
  } else {
    const sheets = workbook.Sheets;
    sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
    sheet.Name = summary.name;
  }
  if (summary.rows.length > 0) {
    const box = { top: 0, left: 0, bottom: summary.rows.length - 1, right: summary.width - 1 };
    sheet.Range(boxAddress(box)).Value2 = summary.rows.map((r) => Array.from({ length: summary.width }, (_, i) => r[i] ?? ""));
  }
  summary.columnWidths.forEach((points, col) => {
    sheet.Range(boxAddress({ top: 0, left: col, bottom: 0, right: col })).ColumnWidth = points / POINTS_PER_CHARACTER;
  });
  summary.styles.forEach((style) => styleBlock(sheet, style));
  if (summary.activate) sheet.Activate();
}
