import type { CellValue } from "../core";
import { MAX_ROWS_PER_WRITE } from "../host/cell-runs";
import { jsonUtf8Bytes } from "./read-chunks";
import type { WritePiece } from "./write-budget";

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
  for (const piece of hiddenTablePieces(sheets, name, rows, exists, empty)) piece.queue();
}

/** queueHiddenTable's writes one piece at a time with their weight, for a write that may need several syncs (write-budget.ts). */
export function hiddenTablePieces(sheets: Excel.WorksheetCollection, name: string, rows: readonly (readonly CellValue[])[], exists: boolean, empty = false): WritePiece[] {
  const entries = rows.length - 1;
  if (entries <= 0) {
    // Already empty: nothing to do, so running 撤销 or 清除标记 again changes nothing.
    return exists && !empty ? [{ bytes: 0, queue: () => sheets.getItem(name).getRange().clear() }] : [];
  }
  const sheet = sheets.getItem(name);
  const pieces: WritePiece[] = exists ? [{ bytes: 0, queue: () => sheet.getRange().clear() }] : [];
  // A loop, not Math.max(...rows): a ledger of 2,000 unit sheets can pass 150,000 rows, past what a spread fits on the stack.
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (let start = 0; start < rows.length; start += MAX_ROWS_PER_WRITE) {
    const chunk = rows.slice(start, start + MAX_ROWS_PER_WRITE);
    const formats = chunk.map(() => Array<string>(width).fill("@"));
    const values = chunk.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
    pieces.push({
      bytes: jsonUtf8Bytes(formats) + jsonUtf8Bytes(values),
      queue: () => {
        const range = sheet.getRangeByIndexes(start, 0, chunk.length, width);
        // Text format first: Excel parses a string written to `values` as if it
        // were typed, so a sheet named "001" would come back as the number 1 and
        // its cells would no longer be Kaohe's on the next run.
        range.numberFormat = formats;
        range.values = values;
      },
    });
  }
  return pieces;
}
