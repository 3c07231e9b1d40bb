import type { MergeIndex } from "../grid/merge-index";
import type { SheetGrid } from "../grid/sheet-grid";
import { columnCount, rowCount } from "../grid/sheet-grid";
import { cellText } from "../text/cell-text";
import type { ColumnMap, ColumnRole } from "./column-role";
import type { HeaderCells } from "./header-cells";
import { HeaderCellCache } from "./header-cells";
import { mappedColumns, toColumnMap } from "./header-columns";
import type { HeaderRole } from "./header-synonyms";
import { isGroupHeaderWord } from "./header-synonyms";
import type { UnitColumns } from "./unit-columns";
import { findUnitColumns } from "./unit-columns";
import type { GuessedColumn } from "./content-roles";
import { rolesFromContent, withGuessed } from "./content-roles";

/** A header cell Kaohe reads no role from: its column is ignored, and said so when it matters. */
export interface IgnoredColumn {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** The role its word names when it names one (备注: remark; a second 得分: score). */
  readonly role?: ColumnRole;
}

export interface HeaderMatch {
  /** Header rows, top first: one, or two when the header is split over two rows. */
  readonly rows: readonly number[];
  readonly columns: ColumnMap;
  /** An assessor's matrix: the units named in the header, each with its own columns. */
  readonly units: readonly UnitColumns[];
  /** Header cells whose columns are read as nothing. */
  readonly ignored: readonly IgnoredColumn[];
  /** Columns whose role was read from their content, the header word being unknown: said in a finding. */
  readonly guessed: readonly GuessedColumn[];
}

/** A header must name at least this many distinct roles… */
const MIN_ROLES = 3;
/** …and at least one of these, or it is a row of words, not a scoresheet header. */
const ANCHOR_ROLES: readonly ColumnRole[] = ["points", "rule", "score", "implementation", "deduction"];

export function isHeaderRow(found: ReadonlyMap<number, HeaderRole>): boolean {
  const roles = new Set([...found.values()].map((r) => r.role));
  return roles.size >= MIN_ROLES && ANCHOR_ROLES.some((r) => roles.has(r));
}

/**
 * A second header row holds only header words (or blanks and merged cells)
 * in columns the first row left unnamed — e.g. 考核结果 over 扣分 | 得分.
 */
function secondRowRoles(second: HeaderCells, first: HeaderCells): ReadonlyMap<number, HeaderRole> | undefined {
  if (second.roles.size === 0) return undefined;
  for (const col of second.filled) if (!second.roles.has(col)) return undefined;
  for (const col of second.roles.keys()) if (first.roles.has(col)) return undefined;
  return second.roles;
}

function ignoredColumns(cells: readonly HeaderCells[], rows: readonly number[], columns: ColumnMap, units: readonly UnitColumns[], sheet: SheetGrid): IgnoredColumn[] {
  const used = mappedColumns(columns);
  // A 备注 column is read as nothing: listed with the ignored ones, so numbers typed in it are reported.
  if (columns.remark !== undefined) used.delete(columns.remark);
  for (const unit of units) {
    used.add(unit.nameColumn);
    for (const col of Object.values(unit.columns)) used.add(col);
  }
  const ignored: IgnoredColumn[] = [];
  const seen = new Set<number>();
  cells.forEach((row, index) => {
    const at = rows[index] ?? 0;
    for (const col of row.filled) {
      if (used.has(col) || seen.has(col)) continue;
      const label = row.labels.get(col);
      if (label !== undefined && isGroupHeaderWord(label)) continue;
      seen.add(col);
      const role = row.roles.get(col)?.role;
      const text = cellText(sheet.values[at]?.[col] ?? null).trim();
      ignored.push(role === undefined ? { row: at, col, text } : { row: at, col, text, role });
    }
  });
  return ignored;
}

/** Every header row of a sheet, repeated page-break headers included, top to bottom. */
export function findHeaders(sheet: SheetGrid, merges: MergeIndex, cache = new HeaderCellCache(merges, columnCount(sheet))): HeaderMatch[] {
  const width = columnCount(sheet);
  const headers: HeaderMatch[] = [];
  const rows = rowCount(sheet);
  for (let row = 0; row < rows; row++) {
    // Fewer than two header words: no header, and no second row to look at.
    if (cache.roleCount(row) < 2) continue;
    const top = cache.at(row);
    const second = row + 1 < rows ? secondRowRoles(cache.at(row + 1), top) : undefined;
    const headerRows = second ? [row, row + 1] : [row];
    const secondCells = second ? cache.at(row + 1) : undefined;
    const units = findUnitColumns(merges, top, secondCells, row, width);
    const all = new Map([...top.roles, ...(second ?? [])]);
    // "考核结果" over "得分" / "实施情况": the anchor word may be in the second row only;
    // an assessor's matrix (三河: 指标… then one column per unit) may have none at all.
    const isHeader = isHeaderRow(all) || (units.length > 0 && new Set([...top.roles.values()].map((r) => r.role)).size >= MIN_ROLES);
    if (!isHeader) continue;
    const columns = toColumnMap(all);
    const cells = secondCells ? [top, secondCells] : [top];
    headers.push({ rows: headerRows, columns, units, ignored: ignoredColumns(cells, headerRows, columns, units, sheet), guessed: [] });
    if (second) row++;
  }
  return headers.length > 0 ? headers : headerFromContent(sheet, cache, rows);
}

/**
 * When no row names enough roles: the first row of short labels, one of them
 * a known word, whose unknown columns' content makes it a header (a column
 * of 扣…分 sentences, a column of points adding up to the total).
 */
function headerFromContent(sheet: SheetGrid, cache: HeaderCellCache, rows: number): HeaderMatch[] {
  for (let row = 0; row < rows; row++) {
    const top = cache.at(row);
    if (top.roles.size === 0 || top.labels.size < 3 || top.labels.size !== top.filled.size) continue;
    const guessed = rolesFromContent(sheet, top, row);
    if (guessed.length === 0) continue;
    const roles = withGuessed(top, guessed);
    if (!isHeaderRow(roles)) continue;
    const columns = toColumnMap(roles);
    return [{ rows: [row], columns, units: [], ignored: ignoredColumns([top], [row], columns, [], sheet).filter((c) => !guessed.some((g) => g.col === c.col)), guessed }];
  }
  return [];
}

export interface ClosestHeader {
  readonly row: number;
  readonly text: string;
}

/**
 * For the "no table found" message: the row that looked most like a header
 * (most header words, then most filled cells).
 */
export function closestHeaderRow(sheet: SheetGrid, merges: MergeIndex, cache = new HeaderCellCache(merges, columnCount(sheet))): ClosestHeader | undefined {
  const width = columnCount(sheet);
  let best: ClosestHeader | undefined;
  let bestScore = -1;
  for (let row = 0; row < rowCount(sheet); row++) {
    const cells = (sheet.values[row] ?? []).map(cellText).filter((t) => t.trim() !== "");
    if (cells.length === 0) continue;
    const score = cache.at(row).roles.size * width + cells.length;
    if (score <= bestScore) continue;
    const text = cells.join(" | ");
    best = { row, text: text.length > 80 ? `${text.slice(0, 80)}…` : text };
    bestScore = score;
  }
  return best;
}

/** Roles a page-break repeat may leave out or add: columns that hold nothing Kaohe reads. */
const LOOSE_ROLES: ReadonlySet<ColumnRole> = new Set(["serial", "remark", "deductionNote", "method", "targets"]);

/**
 * True when two headers name the same roles in the same columns (a
 * page-break repeat). A 备注 column typed beside the first header only
 * does not make the rest of the sheet a second table.
 */
export function sameHeader(a: ColumnMap, b: ColumnMap): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<ColumnRole>;
  for (const key of keys) {
    if (a[key] === b[key]) continue;
    if (LOOSE_ROLES.has(key) && (a[key] === undefined || b[key] === undefined)) continue;
    return false;
  }
  return true;
}
