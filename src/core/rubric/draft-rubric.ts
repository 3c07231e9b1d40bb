import Decimal from "decimal.js";
import type { SheetGrid } from "../grid/sheet-grid";
import { readScoresheets } from "../layout/read-scoresheets";
import { inferRubric } from "./infer-rubric";
import { describeReach, reachesFullRange } from "./reachable-range";
import type { Rubric, RubricItem, RubricSection } from "./rubric-schema";

export interface RubricDraft {
  readonly rubric: Rubric;
  readonly sheet: string;
  /** Every rule text's words the parser could not read, with the item they belong to. */
  readonly unparsed: readonly { readonly item: string; readonly text: string }[];
  /** Items whose clauses cannot reach their points, with the note the draft gives them. */
  readonly ranges: readonly { readonly item: string; readonly note: string }[];
}

/** A rangeNote where the clauses read cannot move the item over its points: said, so the file passes the check. */
function noteRange(item: RubricItem, kind: RubricSection["kind"] | undefined): RubricItem {
  if (item.points === null || item.rangeNote !== undefined || item.deductionOnly) return item;
  const points = new Decimal(item.points);
  if (reachesFullRange(points, item.clauses, kind)) return item;
  return { ...item, rangeNote: `起草时注明：${describeReach(points, item.clauses)}` };
}

/** A pointsNote where the items do not add up to the section's printed points (SECTION_POINTS_MISMATCH says it on scoring too). */
function noteSectionPoints(section: RubricSection, items: readonly RubricItem[]): RubricSection {
  if (section.kind !== "base" || section.points === null || section.pointsNote !== undefined) return section;
  const sum = items.filter((i) => i.section === section.name && !i.deductionOnly).reduce((acc, i) => acc.plus(i.points ?? 0), new Decimal(0));
  if (sum.eq(section.points)) return section;
  return { ...section, pointsNote: `起草时注明：表中标注 ${section.points} 分，各条目分值合计 ${sum.toFixed()} 分，请核对` };
}

/**
 * A rubric drafted from a sheet's own text (kaohe rubric draft): the first
 * table found, read the way scoring reads it, for a person to review. What
 * it cannot say for sure it says in notes (rangeNote, pointsNote, review),
 * so the file passes `kaohe rubric check` and scores with `--rubric` as is.
 */
export function draftRubric(sheets: readonly SheetGrid[]): RubricDraft | undefined {
  for (const sheet of sheets) {
    // A table with no item rows (a header the reader found over rows it could not read) drafts nothing a check would pass.
    const table = readScoresheets(sheet).tables.find((t) => t.items.length > 0);
    if (!table) continue;
    const inferred = inferRubric(table).rubric;
    const kinds = new Map(inferred.sections.map((s) => [s.name, s.kind]));
    const items = inferred.items.map((item) => noteRange(item, kinds.get(item.section)));
    const rubric: Rubric = { ...inferred, items, sections: inferred.sections.map((s) => noteSectionPoints(s, items)) };
    const unparsed = items.flatMap((item) => (item.review ?? []).map((text) => ({ item: item.id, text })));
    const ranges = items.flatMap((item, i) => (item.rangeNote !== undefined && inferred.items[i]?.rangeNote === undefined ? [{ item: item.id, note: item.rangeNote }] : []));
    return { rubric, sheet: sheet.name, unparsed, ranges };
  }
  return undefined;
}
