import { parseA1 } from "../core";

export interface CellRun<T> {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly values: T[];
}

export interface CellItem<T> {
  readonly sheet: string;
  readonly cell: string;
  readonly value: T;
}

/**
 * Groups single-cell operations into vertical runs, one range operation
 * each: thousands of one-cell operations in a batch hang desktop Excel and
 * fail on the web (../shared/OFFICE-NOTES.md), while a 得分 column is a few
 * long runs. `joins` says whether a cell may extend the run before it (same
 * colour, say); by default any neighbour does.
 */
export function groupRuns<T>(items: readonly CellItem<T>[], joins: (last: T, next: T) => boolean = () => true): CellRun<T>[] {
  const sorted = items
    .flatMap((w) => {
      const pos = parseA1(w.cell);
      return pos ? [{ sheet: w.sheet, ...pos, value: w.value }] : [];
    })
    .sort((a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row);
  const runs: { sheet: string; col: number; top: number; values: T[] }[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    const tail = last?.values[last.values.length - 1];
    if (last && tail !== undefined && last.sheet === w.sheet && last.col === w.col && last.top + last.values.length === w.row && joins(tail, w.value)) {
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

/** Splits a run into pieces of at most MAX_ROWS_PER_WRITE rows. */
export function chunkRun<T>(run: CellRun<T>): CellRun<T>[] {
  const pieces: CellRun<T>[] = [];
  for (let start = 0; start < run.values.length; start += MAX_ROWS_PER_WRITE) {
    pieces.push({ ...run, top: run.top + start, values: run.values.slice(start, start + MAX_ROWS_PER_WRITE) });
  }
  return pieces;
}
