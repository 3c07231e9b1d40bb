import type { ScoresheetTable } from "../layout/scoresheet";
import { normalizeLabel } from "../text/normalize-text";
import type { RubricMatch } from "./match-rubric";
import { matchRubric } from "./match-rubric";
import type { Rubric } from "./rubric-schema";

/** A rubric is taken for a table only when this share of both its items and the table's rows match. */
const MIN_SHARE = 0.8;

export interface SelectedRubric extends RubricMatch {
  readonly rubric: Rubric;
}

/** Words compared without spacing or the <p> markup the exports carry. */
const words = (text: string): string => normalizeLabel(text.replace(/<\/?p>/g, ""));

function sameWords(table: ScoresheetTable, rubric: Rubric, rows: ReadonlyMap<string, number>): number {
  const byRow = new Map(table.items.map((r) => [r.row, r]));
  let same = 0;
  for (const item of rubric.items) {
    const row = byRow.get(rows.get(item.id) ?? -1);
    if (!row) continue;
    if (words(item.rule) !== "" && words(item.rule) === words(row.ruleText)) same++;
    if (words(item.content) !== "" && words(item.content) === words(row.content)) same++;
  }
  return same;
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
    // Tables with the same rows (攀枝花's 市级 and 县区 考评表) differ in their words: prefer the one whose text is the sheet's.
    const score = matched - differing / 2 + sameWords(table, rubric, match.rows) / 4;
    if (score > bestScore) {
      best = { rubric, ...match };
      bestScore = score;
    }
  }
  return best;
}
