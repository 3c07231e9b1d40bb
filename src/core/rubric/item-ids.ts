import type { ItemRow } from "../layout/scoresheet";

/**
 * Item ids are the path joined with "/", and "#2", "#3"… for further rows
 * under the same path (岳阳's 项目进厅 has four). Rubric files use the same
 * scheme, so a sheet row and a rubric item meet by id.
 */
/** Each path's joined form, once per path array: rows of every unit's sheet share their table's paths. */
const JOINED = new WeakMap<readonly string[], string>();

function joined(path: readonly string[]): string {
  let found = JOINED.get(path);
  if (found === undefined) {
    found = path.join("/");
    JOINED.set(path, found);
  }
  return found;
}

export function assignItemIds(rows: readonly ItemRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = joined(row.path) || `row-${row.row + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}
