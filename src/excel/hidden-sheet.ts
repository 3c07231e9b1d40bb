import type { CellValue } from "../core";
import { MAX_ROWS_PER_WRITE } from "../host/cell-runs";

/**
 * Adds Kaohe's very hidden bookkeeping sheets (`_kaohe`, `_kaohe_marks`…)
 * that a write needs and the workbook lacks. Setting a sheet's visibility has
 * no undo support: inside Excel.run({ mergeUndoGroup }) it throws
 * UndoNotSupported (Excel's undo docs), so excel-session.ts calls this in a run
 * of its own, outside the group, when the action's run has one.
 */
export function queueAddHiddenSheets(sheets: Excel.WorksheetCollection, names: readonly string[]): void {
  for (const name of names) sheets.add(name).visibility = Excel.SheetVisibility.veryHidden;
}

/**
 * Queues the rewrite of one of Kaohe's very hidden bookkeeping sheets from
 * its rows, header first; the sheet must exist (queueAddHiddenSheets). With
 * no entries the sheet is cleared and kept, never deleted: a very hidden
 * sheet cannot be deleted (office-js#365), Worksheet.delete cannot be undone
 * (it throws UndoNotSupported in an undo group), and under structure
 * protection no sheet may go. An empty very hidden sheet is harmless: the
 * readers find no entries in it.
 */
export function queueHiddenTable(sheets: Excel.WorksheetCollection, name: string, rows: readonly (readonly CellValue[])[], exists: boolean, empty = false): void {
  const entries = rows.length - 1;
  if (entries <= 0) {
    // Already empty: nothing to do, so running 撤销 or 清除标记 again changes nothing.
    if (exists && !empty) sheets.getItem(name).getRange().clear();
    return;
  }
  const sheet = sheets.getItem(name);
  if (exists) sheet.getRange().clear();
  // A loop, not Math.max(...rows): a ledger of 2,000 unit sheets can pass 150,000 rows, past what a spread fits on the stack.
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
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
