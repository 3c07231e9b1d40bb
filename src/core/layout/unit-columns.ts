import { normalizeLabel } from "../text/normalize-text";
import type { ColumnMap, ColumnRole, EntryRole, OutputRole } from "./column-role";
import type { HeaderCells } from "./header-cells";
import { isGroupHeaderWord } from "./header-synonyms";
import type { MergeIndex } from "../grid/merge-index";

/** One unit's columns in an assessor's matrix: its name over one column, or over a 扣分/得分 pair. */
export interface UnitColumns {
  readonly unit: string;
  /** The column its name is printed in (the left of a merged pair). */
  readonly nameColumn: number;
  readonly columns: Partial<Record<EntryRole | OutputRole, number>>;
}

const PER_UNIT_ROLES: readonly ColumnRole[] = ["deduction", "bonus", "deductionNote", "selfScore", "implementation", "score"];

export function isPerUnitRole(role: ColumnRole): boolean {
  return PER_UNIT_ROLES.includes(role);
}

/** A header label that could name a unit: short, no header word, not a number. */
function unitName(label: string | undefined, cells: HeaderCells, col: number): string | undefined {
  if (label === undefined || label.length > 24 || cells.roles.has(col) || isGroupHeaderWord(label) || /^\d+(\.\d+)?$/.test(label)) return undefined;
  return normalizeLabel(label);
}

/**
 * The last column a structure role (指标, 内容, 分值, 办法…) sits in: unit
 * columns come after it. A 备注 column is no structure: units may follow it.
 */
export function lastStructureColumn(roles: ReadonlyMap<number, { readonly role: ColumnRole }>): number {
  let last = -1;
  for (const [col, { role }] of roles) if (!isPerUnitRole(role) && role !== "remark") last = Math.max(last, col);
  return last;
}

/**
 * The units of a matrix header (DESIGN.md §3): a 扣分/得分 (or 自评分/考核分)
 * pair under each unit's merged name, or one column per unit beside rule
 * columns that have no score column of their own (三河). A matrix needs real
 * evidence — at least two names over pairs, or at least two single columns
 * in a table with no 得分 of its own — so a 校验 or 核查状态 column typed
 * beside 得分 is never taken for a unit.
 */
export function findUnitColumns(merges: MergeIndex, top: HeaderCells, second: HeaderCells | undefined, topRow: number, width: number): UnitColumns[] {
  const afterColumn = lastStructureColumn(top.roles);
  const paired: UnitColumns[] = [];
  const single: UnitColumns[] = [];
  for (let col = afterColumn + 1; col < width; col++) {
    const name = unitName(top.labels.get(col), top, col);
    if (name === undefined || merges.isCovered(topRow, col)) continue;
    const right = merges.areaAt(topRow, col)?.right ?? col;
    const columns: Partial<Record<EntryRole | OutputRole, number>> = {};
    for (let c = col; c <= right; c++) {
      const role = second?.roles.get(c)?.role;
      if (role !== undefined && isPerUnitRole(role) && columns[role as EntryRole | OutputRole] === undefined) columns[role as EntryRole | OutputRole] = c;
    }
    if (Object.keys(columns).length > 0) paired.push({ unit: name, nameColumn: col, columns });
    else single.push({ unit: name, nameColumn: col, columns: { score: col } });
  }
  if (paired.length >= 2) return paired;
  const ownScore = [...top.roles.values(), ...(second?.roles.values() ?? [])].some((r) => isPerUnitRole(r.role));
  return !ownScore && single.length >= 2 ? single : [];
}

/** A table's columns for one unit of a matrix: the shared structure plus that unit's own columns. */
export function columnsForUnit(shared: ColumnMap, unit: UnitColumns): ColumnMap {
  const columns: ColumnMap = {};
  for (const [role, col] of Object.entries(shared) as [ColumnRole, number][]) if (!isPerUnitRole(role)) columns[role] = col;
  return { ...columns, ...unit.columns };
}
