import type { CellWrite, LedgerEntry } from "../core";
import { LEDGER_SHEET, ledgerRows } from "../core";
import type { CellRun } from "./cell-runs";
import { chunkRun, groupRuns } from "./cell-runs";
import { queueHiddenTable } from "./hidden-sheet";

export type Run = CellRun<number>;
export { MAX_ROWS_PER_WRITE } from "./cell-runs";

/** The scores to write as vertical runs (a 得分 column is a few long runs). */
export function groupIntoRuns(writes: readonly CellWrite[]): Run[] {
  return groupRuns(writes);
}

/** Queues each run of values, in chunks of MAX_ROWS_PER_WRITE rows. */
export function queueRuns<T extends number | string>(sheets: Excel.WorksheetCollection, runs: readonly CellRun<T>[]): void {
  for (const piece of runs.flatMap(chunkRun)) {
    sheets.getItem(piece.sheet).getRangeByIndexes(piece.top, piece.col, piece.values.length, 1).values = piece.values.map((v) => [v]);
  }
}

/** Queues every score and the ledger's rewrite; the caller syncs. */
export function queueResults(context: Excel.RequestContext, writes: readonly CellWrite[], ledger: readonly LedgerEntry[], ledgerExists: boolean): void {
  const sheets = context.workbook.worksheets;
  queueRuns(sheets, groupIntoRuns(writes));
  queueHiddenTable(sheets, LEDGER_SHEET, ledgerRows(ledger), ledgerExists);
}

/** Queues every write and the ledger, then syncs once. */
export async function writeResults(context: Excel.RequestContext, writes: readonly CellWrite[], ledger: readonly LedgerEntry[], ledgerExists: boolean): Promise<void> {
  queueResults(context, writes, ledger, ledgerExists);
  await context.sync();
}
