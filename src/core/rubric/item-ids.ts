import type { ItemRow } from "../layout/scoresheet";

/**
 * Item ids are the path joined with "/", and "#2", "#3"… for further rows
 * under the same path (岳阳's 项目进厅 has four). Rubric files use the same
 * scheme, so a sheet row and a rubric item meet by id.
 */
export function assignItemIds(rows: readonly ItemRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = row.path.join("/") || `row-${row.row + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}
