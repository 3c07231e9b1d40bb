import type { ScoresheetTable } from "../layout/scoresheet";
import type { RubricMatch } from "./match-rubric";
import { matchRubric } from "./match-rubric";
import type { Rubric } from "./rubric-schema";

/** A rubric is taken for a table only when this share of both its items and the table's rows match. */
const MIN_SHARE = 0.8;

export interface SelectedRubric extends RubricMatch {
  readonly rubric: Rubric;
}

/**
 * --rubric auto: the bundled rubric a table is printed from, found by
 * matching its rows to each candidate's items (by id, then content). The
 * best match wins if it covers most of both; otherwise none, and the sheet's
 * own text is read instead.
 */
export function selectRubric(table: ScoresheetTable, candidates: readonly Rubric[]): SelectedRubric | undefined {
  let best: SelectedRubric | undefined;
  let bestScore = 0;
  for (const rubric of candidates) {
    const match = matchRubric(table, rubric);
    const matched = match.rows.size;
    if (matched < MIN_SHARE * rubric.items.length || matched < MIN_SHARE * table.items.length) continue;
    const differing = match.findings.filter((f) => f.code === "POINTS_DIFFER").length;
    const score = matched - differing / 2;
    if (score > bestScore) {
      best = { rubric, ...match };
      bestScore = score;
    }
  }
  return best;
}
