import { toA1 } from "../grid/a1";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { ItemRow, ScoresheetTable } from "../layout/scoresheet";
import { decimalOf } from "../text/decimal-of";
import { compare } from "../scoring/decimal-memo";
import { normalizeLabel } from "../text/normalize-text";
import { assignItemIds } from "./item-ids";
import type { Rubric, RubricItem } from "./rubric-schema";

export interface RubricMatch {
  /** Sheet row of each matched item, by item id. */
  readonly rows: ReadonlyMap<string, number>;
  readonly findings: readonly Finding[];
}

/** Each rubric's items by id, built once per rubric however many units it scores. */
const BY_ID = new WeakMap<Rubric, ReadonlyMap<string, RubricItem>>();

function itemsById(rubric: Rubric): ReadonlyMap<string, RubricItem> {
  let found = BY_ID.get(rubric);
  if (found === undefined) {
    found = new Map(rubric.items.map((item) => [item.id, item]));
    BY_ID.set(rubric, found);
  }
  return found;
}

function sameContent(row: ItemRow, item: RubricItem): boolean {
  const a = normalizeLabel(row.content);
  const b = normalizeLabel(item.content);
  return a !== "" && a === b;
}

/**
 * Matches each sheet row to an item of a rubric: by id (path and its
 * occurrence), else by the same content under the same last label. A row
 * that matches nothing, an item missing from the sheet and points that
 * differ from the rubric are findings with their cells; the rubric's points
 * are the ones that count.
 */
export function matchRubric(table: ScoresheetTable, rubric: Rubric): RubricMatch {
  const findings: Finding[] = [];
  const byId = itemsById(rubric);
  const rows = new Map<string, number>();
  const ids = assignItemIds(table.items);
  const unmatched: ItemRow[] = [];
  table.items.forEach((row, index) => {
    const item = byId.get(ids[index] ?? "");
    if (item && !rows.has(item.id)) rows.set(item.id, row.row);
    else unmatched.push(row);
  });
  for (const row of unmatched) {
    const item = rubric.items.find((i) => !rows.has(i.id) && i.path[i.path.length - 1] === row.path[row.path.length - 1] && sameContent(row, i));
    if (item) rows.set(item.id, row.row);
    else findings.push(finding("ROW_UNMATCHED", table.sheet, toA1(row.row, 0), { rubric: rubric.id, text: row.path.join(" / ") || row.content }));
  }
  const rowByNumber = new Map(table.items.map((r) => [r.row, r]));
  for (const item of rubric.items) {
    const at = rows.get(item.id);
    if (at === undefined) {
      findings.push(finding("ITEM_MISSING", table.sheet, "", { rubric: rubric.id, item: item.path.join(" / ") }));
      continue;
    }
    const cell = rowByNumber.get(at)!.points;
    const sheetPoints = cell.kind === "points" ? cell.points : null;
    const differs = sheetPoints === null ? item.points !== null : item.points === null || compare(sheetPoints, decimalOf(item.points)) !== 0;
    const pointsCol = table.columns.points;
    if (differs && pointsCol !== undefined) {
      findings.push(finding("POINTS_DIFFER", table.sheet, toA1(at, pointsCol), { item: item.path.join(" / "), sheet: sheetPoints?.toFixed() ?? "—", rubric: item.points ?? "—" }));
    }
  }
  return { rows, findings };
}
