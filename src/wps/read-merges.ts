import type { CellRange } from "../core";
import type { EtRange, EtWorksheet } from "./et-model";
import { boxAddress, parseBoxAddress } from "./et-address";

/**
 * The merged areas inside `box` (the used range, whose EtRange `used` the
 * caller already holds; without it, one more call makes it). ET has no call that lists a sheet's merged areas,
 * only Range.MergeCells (true: all merged, false: none, null: some) and a
 * cell's MergeArea. So, in three steps, each skipping what it can:
 *
 * 1. used.MergeCells: false ends it — a sheet without merges costs 1 call.
 * 2. The columns holding merged cells, by halving the box's columns
 *    (whole-height strips): a strip without merges costs 2 calls and ends there.
 * 3. Down each such column, left to right, skipping the cells of areas
 *    already found: a run of rows between them without merged cells costs
 *    2 calls; in others, from the cursor, strips of 1, 2, 4… cells are tried
 *    (2 calls each) until one holds a merged cell, halved down to the first
 *    such cell, whose MergeArea is read once (2 calls); the cursor jumps
 *    below that area. Consecutive areas (a column of 指标 merged down its
 *    items) cost 4 calls each.
 *
 * The cost grows with the number of merged areas and columns holding them,
 * times the logarithm of the box's height or width — never with the cells
 * between them. The exact bound is mergeCallBound(), asserted in
 * test/wps/read-merges.test.ts.
 */
export function readMerges(sheet: EtWorksheet, box: CellRange, used: EtRange = sheet.Range(boxAddress(box))): CellRange[] {
  if (used.MergeCells === false) return [];
  const found: CellRange[] = [];
  const strip = (top: number, left: number, bottom: number, right: number): EtRange => sheet.Range(boxAddress({ top, left, bottom, right }));
  const columns: number[] = [];
  const findColumns = (left: number, right: number): void => {
    if (left === right) {
      columns.push(left);
      return;
    }
    const mid = left + Math.floor((right - left) / 2);
    for (const [l, r] of [
      [left, mid],
      [mid + 1, right],
    ] as const) {
      if (strip(box.top, l, box.bottom, r).MergeCells !== false) findColumns(l, r);
    }
  };
  findColumns(box.left, box.right);
  for (const col of columns) {
    // The rows of this column inside areas found from the columns to its left: nothing more can be there.
    const covered = found.filter((a) => a.left < col && a.right >= col).sort((a, b) => a.top - b.top);
    let row = box.top;
    for (const area of [...covered, undefined]) {
      const end = area ? area.top - 1 : box.bottom;
      // A run with no merged cell at all (common below a title merged across the sheet) costs 2 calls.
      if (row <= end && strip(row, col, end, col).MergeCells === false) row = end + 1;
      while (row <= end) {
        const hit = firstMerged(strip, col, row, end);
        if (!hit) break;
        const merged = parseBoxAddress(hit.MergeArea.Address(false, false));
        found.push(merged);
        row = merged.bottom + 1;
      }
      if (area) row = Math.max(row, area.bottom + 1);
    }
  }
  return found;
}

type Strip = (top: number, left: number, bottom: number, right: number) => EtRange;

/**
 * The first merged cell of column `col` in rows top..end, as its one-cell
 * EtRange, or undefined: strips of 1, 2, 4… cells from `top` until one is
 * not free of merges, then that strip halved down to its first merged cell.
 */
function firstMerged(strip: Strip, col: number, top: number, end: number): EtRange | undefined {
  let from = top;
  for (let size = 1; from <= end; size *= 2) {
    const to = Math.min(end, from + size - 1);
    const range = strip(from, col, to, col);
    const merged = range.MergeCells;
    if (merged !== false) return from === to ? range : firstIn(strip, col, from, to, merged === true);
    from = to + 1;
  }
  return undefined;
}

/** The first merged cell of rows from..to (which hold one): when the whole strip is merged it is the top cell. */
function firstIn(strip: Strip, col: number, from: number, to: number, allMerged: boolean): EtRange {
  if (allMerged) return strip(from, col, from, col);
  const mid = from + Math.floor((to - from) / 2);
  const upper = strip(from, col, mid, col);
  const merged = upper.MergeCells;
  if (merged !== false) return from === mid ? upper : firstIn(strip, col, from, mid, merged === true);
  const lower = strip(mid + 1, col, to, col);
  // Known to hold a merged cell (the strip did and its upper half does not); one call (MergeCells) tells whether wholly.
  return mid + 1 === to ? lower : firstIn(strip, col, mid + 1, to, lower.MergeCells === true);
}

/** ceil(log2(n)) for n ≥ 1 (0 for 1). */
function levels(n: number): number {
  return n <= 1 ? 0 : Math.ceil(Math.log2(n));
}

/**
 * The most host calls readMerges makes on a box of `rows` × `cols` cells
 * holding `areas`. Step 1: 1 call. Step 2: each halving level of the
 * columns queries 2 strips (2 calls each) per column holding merged cells:
 * 4·levels(cols) per such column. Step 3: each area costs a gallop (2 calls
 * a step, at most levels(rows)+1 steps), a halving (at most 4 calls a level,
 * and 1 for the top cell of a wholly merged strip) and 2 for its MergeArea;
 * each run of rows scanned (one per column holding merged cells, and one
 * more below each area found from the left that crosses it) costs 2 calls
 * to see whether it holds any merged cell, and ends with at most one more gallop.
 */
export function mergeCallBound(rows: number, cols: number, areas: readonly CellRange[]): number {
  const columns = new Set(areas.flatMap((a) => Array.from({ length: a.right - a.left + 1 }, (_, i) => a.left + i))).size;
  const runs = columns + areas.reduce((sum, a) => sum + (a.right - a.left), 0);
  const gallop = 2 * (levels(rows) + 1);
  return 1 + 4 * levels(cols) * columns + areas.length * (gallop + 4 * levels(rows) + 3) + runs * (2 + gallop);
}
