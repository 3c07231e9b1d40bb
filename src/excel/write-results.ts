import type { CellValue, CellWrite, LedgerEntry } from "../core";
import { LEDGER_SHEET, ledgerRows, parseA1 } from "../core";

export interface Run {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly values: number[];
}

/**
 * Groups single-cell writes into vertical runs: thousands of one-cell
 * writes in a batch hang desktop Excel and fail on the web
 * (../shared/OFFICE-NOTES.md), while a 得分 column is a few long runs.
 */
export function groupIntoRuns(writes: readonly CellWrite[]): Run[] {
  const sorted = writes
    .flatMap((w) => {
      const pos = parseA1(w.cell);
      return pos ? [{ sheet: w.sheet, ...pos, value: w.value }] : [];
    })
    .sort((a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row);
  const runs: Run[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === w.sheet && last.col === w.col && last.top + last.values.length === w.row) {
      last.values.push(w.value);
    } else {
      runs.push({ sheet: w.sheet, col: w.col, top: w.row, values: [w.value] });
    }
  }
  return runs;
}

/**
 * Rows per range write. All of them still travel in the one sync; the cap
 * keeps each range operation small, and a request stays under Excel on the
 * web's 5 MB until hundreds of thousands of cells.
 */
export const MAX_ROWS_PER_WRITE = 5000;

/** sheet, cell, written, previous. */
const LEDGER_WIDTH = 4;

/** Queues the ledger sheet's rewrite; nothing at all when there is nothing to own and no sheet yet. */
function queueLedger(sheets: Excel.WorksheetCollection, ledger: readonly LedgerEntry[], ledgerExists: boolean): void {
  // Like the CLI (apply-writes.ts), no hidden sheet is added to a workbook
  // Kaohe wrote nothing into (no table found, every output foreign).
  if (ledger.length === 0 && !ledgerExists) return;
  // The ledger sheet is rewritten whole: cleared when it exists, made very hidden when new.
  const sheet = ledgerExists ? sheets.getItem(LEDGER_SHEET) : sheets.add(LEDGER_SHEET);
  if (ledgerExists) sheet.getRange().clear();
  else sheet.visibility = Excel.SheetVisibility.veryHidden;
  if (ledger.length === 0) return;
  const rows: CellValue[][] = ledgerRows(ledger);
  for (let start = 0; start < rows.length; start += MAX_ROWS_PER_WRITE) {
    const chunk = rows.slice(start, start + MAX_ROWS_PER_WRITE);
    const range = sheet.getRangeByIndexes(start, 0, chunk.length, LEDGER_WIDTH);
    // Text format first: Excel parses a string written to `values` as if it
    // were typed, so a sheet named "001" would come back as the number 1 and
    // its cells would no longer be Kaohe's on the next run.
    range.numberFormat = chunk.map(() => Array<string>(LEDGER_WIDTH).fill("@"));
    range.values = chunk.map((r) => r.map((v) => v ?? ""));
  }
}

/** Queues every write and the ledger, then syncs once. */
export async function writeResults(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  ledger: readonly LedgerEntry[],
  ledgerExists: boolean,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  for (const run of groupIntoRuns(writes)) {
    const sheet = sheets.getItem(run.sheet);
    for (let start = 0; start < run.values.length; start += MAX_ROWS_PER_WRITE) {
      const chunk = run.values.slice(start, start + MAX_ROWS_PER_WRITE);
      sheet.getRangeByIndexes(run.top + start, run.col, chunk.length, 1).values = chunk.map((v) => [v]);
    }
  }
  queueLedger(sheets, ledger, ledgerExists);
  await context.sync();
}
