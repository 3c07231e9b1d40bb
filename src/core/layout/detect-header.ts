import type { MergeIndex } from "../grid/merge-index";
import type { SheetGrid } from "../grid/sheet-grid";
import { columnCount, rowCount } from "../grid/sheet-grid";
import { cellText } from "../text/cell-text";
import type { ColumnMap, ColumnRole } from "./column-role";
import { roleOfHeader } from "./header-synonyms";
import type { UnitColumns } from "./unit-columns";
import { findUnitColumns, lastStructureColumn } from "./unit-columns";

export interface HeaderMatch {
  /** Header rows, top first: one, or two when the header is split over two rows. */
  readonly rows: readonly number[];
  readonly columns: ColumnMap;
  /** An assessor's matrix: the units named in the header, each with its own columns. */
  readonly units: readonly UnitColumns[];
}

/** A header must name at least this many distinct roles… */
const MIN_ROLES = 3;
/** …and at least one of these, or it is a row of words, not a scoresheet header. */
const ANCHOR_ROLES: readonly ColumnRole[] = ["points", "rule", "score", "implementation", "deduction"];

function rolesInRow(merges: MergeIndex, row: number, width: number): Map<number, ColumnRole> {
  const found = new Map<number, ColumnRole>();
  for (let col = 0; col < width; col++) {
    if (merges.isCovered(row, col)) continue;
    const role = roleOfHeader(cellText(merges.valueAt(row, col)));
    if (role !== undefined) found.set(col, role);
  }
  return found;
}

function toColumnMap(found: Map<number, ColumnRole>): ColumnMap {
  const map: ColumnMap = {};
  for (const [col, role] of [...found.entries()].sort((a, b) => a[0] - b[0])) {
    if (map[role] === undefined) map[role] = col;
  }
  return map;
}

function isHeaderRow(found: Map<number, ColumnRole>): boolean {
  const roles = new Set(found.values());
  return roles.size >= MIN_ROLES && ANCHOR_ROLES.some((r) => roles.has(r));
}

/**
 * A second header row holds only header words (or blanks and merged cells)
 * in columns the first row left unnamed — e.g. 考核结果 over 扣分 | 得分.
 */
function secondRowRoles(
  merges: MergeIndex,
  row: number,
  width: number,
  first: Map<number, ColumnRole>,
): Map<number, ColumnRole> | undefined {
  const found = rolesInRow(merges, row, width);
  if (found.size === 0) return undefined;
  for (let col = 0; col < width; col++) {
    if (merges.isCovered(row, col)) continue;
    const text = cellText(merges.valueAt(row, col)).trim();
    if (text !== "" && !found.has(col)) return undefined;
  }
  for (const col of found.keys()) if (first.has(col)) return undefined;
  return found;
}

/** Every header row of a sheet, repeated page-break headers included, top to bottom. */
export function findHeaders(sheet: SheetGrid, merges: MergeIndex): HeaderMatch[] {
  const width = columnCount(sheet);
  const headers: HeaderMatch[] = [];
  const rows = rowCount(sheet);
  for (let row = 0; row < rows; row++) {
    const found = rolesInRow(merges, row, width);
    const second = row + 1 < rows && found.size >= 2 ? secondRowRoles(merges, row + 1, width, found) : undefined;
    const headerRows = second ? [row, row + 1] : [row];
    const units = found.size >= 2 ? findUnitColumns(merges, headerRows, width, lastStructureColumn(found)) : [];
    // "考核结果" over "得分" / "实施情况": the anchor word may be in the second row only;
    // an assessor's matrix (三河: 指标… then one column per unit) may have none at all.
    const isHeader = isHeaderRow(found) || (second !== undefined && isHeaderRow(new Map([...found, ...second]))) || (units.length > 0 && new Set(found.values()).size >= MIN_ROLES);
    if (!isHeader) continue;
    headers.push({ rows: headerRows, columns: toColumnMap(new Map([...found, ...(second ?? [])])), units });
    if (second) row++;
  }
  return headers;
}

export interface ClosestHeader {
  readonly row: number;
  readonly text: string;
}

/**
 * For the "no table found" message: the row that looked most like a header
 * (most header words, then most filled cells).
 */
export function closestHeaderRow(sheet: SheetGrid, merges: MergeIndex): ClosestHeader | undefined {
  const width = columnCount(sheet);
  let best: ClosestHeader | undefined;
  let bestScore = -1;
  for (let row = 0; row < rowCount(sheet); row++) {
    const cells = (sheet.values[row] ?? []).map(cellText).filter((t) => t.trim() !== "");
    if (cells.length === 0) continue;
    const score = rolesInRow(merges, row, width).size * width + cells.length;
    if (score <= bestScore) continue;
    const text = cells.join(" | ");
    best = { row, text: text.length > 80 ? `${text.slice(0, 80)}…` : text };
    bestScore = score;
  }
  return best;
}

/** True when two headers name the same roles in the same columns (a page-break repeat). */
export function sameHeader(a: ColumnMap, b: ColumnMap): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<ColumnRole>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
