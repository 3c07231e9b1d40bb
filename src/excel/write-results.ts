import type { CellWrite, LedgerEntry } from "../core";
import { LEDGER_SHEET, ledgerRows } from "../core";
import type { CellRun } from "../host/cell-runs";
import { chunkRun, groupRuns } from "../host/cell-runs";
import type { CellValueWrite } from "../host/port";
import { queueAddHiddenSheets, queueHiddenTable } from "./hidden-sheet";
import { jsonUtf8Bytes } from "./read-chunks";
import type { WritePiece } from "./write-budget";

export type Run = CellRun<number>;
export { MAX_ROWS_PER_WRITE } from "../host/cell-runs";

/** The scores to write as vertical runs (a 得分 column is a few long runs). */
export function groupIntoRuns(writes: readonly CellWrite[]): Run[] {
  return groupRuns(writes);
}

/** Queues each value into its cell by vertical runs, in chunks of MAX_ROWS_PER_WRITE rows. */
export function queueCells(sheets: Excel.WorksheetCollection, cells: readonly CellValueWrite[]): void {
  for (const piece of cellPieces(sheets, cells)) piece.queue();
}

/** queueCells' writes one run at a time with their weight (write-budget.ts). */
export function cellPieces(sheets: Excel.WorksheetCollection, cells: readonly CellValueWrite[]): WritePiece[] {
  return groupRuns(cells)
    .flatMap(chunkRun)
    .map((piece) => {
      const values = piece.values.map((v) => [v]);
      return { bytes: jsonUtf8Bytes(values), queue: () => void (sheets.getItem(piece.sheet).getRangeByIndexes(piece.top, piece.col, piece.values.length, 1).values = values) };
    });
}

/** Queues every score and the ledger's rewrite (adding its sheet if need be: no undo group here), then syncs once. */
export async function writeResults(context: Excel.RequestContext, writes: readonly CellWrite[], ledger: readonly LedgerEntry[], ledgerExists: boolean): Promise<void> {
  const sheets = context.workbook.worksheets;
  if (!ledgerExists && ledger.length > 0) queueAddHiddenSheets(sheets, [LEDGER_SHEET]);
  queueCells(sheets, writes);
  queueHiddenTable(sheets, LEDGER_SHEET, ledgerRows(ledger), ledgerExists);
  await context.sync();
}
