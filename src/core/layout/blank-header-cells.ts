import { toA1 } from "../grid/a1";
import type { MergeIndex } from "../grid/merge-index";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import { cellText } from "../text/cell-text";
import type { ColumnMap, ColumnRole } from "./column-role";
import type { HeaderMatch } from "./detect-header";
import { sameHeader } from "./detect-header";

/** The open table's header with the holes its page-break repeat fills, and what was filled. */
export interface FilledHeader {
  readonly header: HeaderMatch;
  readonly findings: readonly Finding[];
}

/**
 * A page-break repeat that names a role where the table's first header has
 * a blank cell (someone cleared "扣分" in G3, the repeat in G12 still says
 * it): both are one table, read with the repeat's word. Taken as two tables
 * the unit would be split in two — 岳阳县 10 and 68 — with nothing said. The
 * cell is named in a finding, since Kaohe fills it from another row.
 * Returns undefined unless every difference is such a hole inside the first
 * header's width, and neither header is an assessor's matrix.
 */
export function fillBlankHeaderCells(sheetName: string, merges: MergeIndex, first: HeaderMatch, repeat: HeaderMatch): FilledHeader | undefined {
  if (first.units.length > 0 || repeat.units.length > 0) return undefined;
  const used = Object.values(first.columns).filter((c): c is number => c !== undefined);
  if (used.length === 0) return undefined;
  const left = Math.min(...used);
  const right = Math.max(...used);
  const taken = new Set(used);
  const columns: ColumnMap = { ...first.columns };
  const findings: Finding[] = [];
  for (const [role, col] of Object.entries(repeat.columns) as [ColumnRole, number | undefined][]) {
    if (col === undefined || first.columns[role] !== undefined) continue;
    if (col < left || col > right || taken.has(col)) return undefined;
    if (!first.rows.every((row) => cellText(merges.valueAt(row, col)).trim() === "")) return undefined;
    columns[role] = col;
    const word = repeat.rows.map((row) => cellText(merges.valueAt(row, col)).trim()).filter((t) => t !== "").join(" ");
    const blankRow = first.rows[first.rows.length - 1] ?? 0;
    findings.push(finding("HEADER_CELL_BLANK", sheetName, toA1(blankRow, col), { header: word, repeat: toA1(repeat.rows[repeat.rows.length - 1] ?? 0, col) }));
  }
  if (findings.length === 0 || !sameHeader(columns, repeat.columns)) return undefined;
  return { header: { ...first, columns }, findings };
}
