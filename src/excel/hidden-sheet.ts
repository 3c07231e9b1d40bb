import type { CellValue } from "../core";
import { MAX_ROWS_PER_WRITE } from "../host/cell-runs";

/**
 * Queues the rewrite of one of Kaohe's very hidden bookkeeping sheets
 * (`_kaohe`, `_kaohe_marks`) from its rows, header first. With no entries
 * the sheet goes (or is never added): a workbook Kaohe has nothing recorded
 * in carries no hidden sheet, like the CLI's output (apply-writes.ts).
 */
export function queueHiddenTable(sheets: Excel.WorksheetCollection, name: string, rows: readonly (readonly CellValue[])[], exists: boolean): void {
  const entries = rows.length - 1;
  if (entries <= 0) {
    if (exists) sheets.getItem(name).delete();
    return;
  }
  const sheet = exists ? sheets.getItem(name) : sheets.add(name);
  if (exists) sheet.getRange().clear();
  else sheet.visibility = Excel.SheetVisibility.veryHidden;
  const width = Math.max(...rows.map((r) => r.length));
  for (let start = 0; start < rows.length; start += MAX_ROWS_PER_WRITE) {
    const chunk = rows.slice(start, start + MAX_ROWS_PER_WRITE);
    const range = sheet.getRangeByIndexes(start, 0, chunk.length, width);
    // Text format first: Excel parses a string written to `values` as if it
    // were typed, so a sheet named "001" would come back as the number 1 and
    // its cells would no longer be Kaohe's on the next run.
    range.numberFormat = chunk.map(() => Array<string>(width).fill("@"));
    range.values = chunk.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
  }
}
