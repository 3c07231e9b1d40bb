import type { MergeIndex } from "../grid/merge-index";
import { cellText } from "../text/cell-text";
import { normalizeLabel } from "../text/normalize-text";
import type { ColumnMap, ColumnRole, EntryRole, OutputRole } from "./column-role";
import { isGroupHeaderWord, roleOfHeader } from "./header-synonyms";

/** One unit's columns in an assessor's matrix: its name over one column, or over a 扣分/得分 pair. */
export interface UnitColumns {
  readonly unit: string;
  readonly columns: Partial<Record<EntryRole | OutputRole, number>>;
}

const PER_UNIT_ROLES: readonly ColumnRole[] = ["deduction", "bonus", "deductionNote", "selfScore", "implementation", "score"];

/** A header cell that names a unit: short text that is no header word. */
function unitName(text: string): string | undefined {
  const name = normalizeLabel(text);
  if (name === "" || name.length > 24 || roleOfHeader(text) !== undefined || isGroupHeaderWord(text) || /^\d+(\.\d+)?$/.test(name)) return undefined;
  return name;
}

/** The last column a structure role (指标, 内容, 分值, 办法…) sits in: unit columns come after it. */
export function lastStructureColumn(roles: ReadonlyMap<number, ColumnRole>): number {
  let last = -1;
  for (const [col, role] of roles) if (!PER_UNIT_ROLES.includes(role)) last = Math.max(last, col);
  return last;
}

/**
 * The units of a matrix header (DESIGN.md §3: one column per unit beside the
 * rule columns, or a 扣分/得分 pair under each unit's name). Needs at least
 * two units, so one stray column is never taken for a matrix.
 */
export function findUnitColumns(merges: MergeIndex, rows: readonly number[], width: number, afterColumn: number): UnitColumns[] {
  const top = rows[0];
  if (top === undefined) return [];
  const second = rows[1];
  const units: UnitColumns[] = [];
  for (let col = afterColumn + 1; col < width; col++) {
    if (merges.isCovered(top, col)) continue;
    const name = unitName(cellText(merges.valueAt(top, col)));
    if (name === undefined) continue;
    const right = merges.areaAt(top, col)?.right ?? col;
    const columns: Partial<Record<EntryRole | OutputRole, number>> = {};
    for (let c = col; c <= right; c++) {
      const role = second === undefined ? undefined : roleOfHeader(cellText(merges.valueAt(second, c)));
      if (role !== undefined && PER_UNIT_ROLES.includes(role) && columns[role as EntryRole | OutputRole] === undefined) {
        columns[role as EntryRole | OutputRole] = c;
      }
    }
    // A unit's single column with no word under it is its typed 得分.
    if (Object.keys(columns).length === 0) columns.score = col;
    units.push({ unit: name, columns });
  }
  return units.length >= 2 ? units : [];
}

/** A table's columns for one unit of a matrix: the shared structure plus that unit's own columns. */
export function columnsForUnit(shared: ColumnMap, unit: UnitColumns): ColumnMap {
  const columns: ColumnMap = {};
  for (const [role, col] of Object.entries(shared) as [ColumnRole, number][]) if (!PER_UNIT_ROLES.includes(role)) columns[role] = col;
  return { ...columns, ...unit.columns };
}
