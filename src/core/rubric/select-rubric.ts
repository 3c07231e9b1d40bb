import type { ScoresheetTable } from "../layout/scoresheet";
import { normalizeLabel } from "../text/normalize-text";
import type { RubricMatch } from "./match-rubric";
import { matchRubric } from "./match-rubric";
import type { Rubric } from "./rubric-schema";

/** A rubric is taken for a table only when this share of both its items and the table's rows match. */
export const MIN_SHARE = 0.8;

export interface SelectedRubric extends RubricMatch {
  readonly rubric: Rubric;
}

/** How well one rubric fits one table: the facts a pane shows as 高/中/低 with its reason. */
export interface MatchStats {
  /** Table rows matched to an item of the rubric. */
  readonly matched: number;
  /** The table's item rows. */
  readonly rows: number;
  /** The rubric's items. */
  readonly items: number;
  /** Matched items whose printed rule or content is word for word the rubric's. */
  readonly sameWords: number;
  /** Matched items whose points on the sheet differ from the rubric's. */
  readonly pointsDiffer: number;
}

export interface CandidateMatch extends SelectedRubric {
  readonly stats: MatchStats;
  /** Whether it covers enough of both to be taken (MIN_SHARE). */
  readonly eligible: boolean;
  readonly score: number;
}

/** Words compared without spacing or the <p> markup the exports carry. */
const words = (text: string): string => normalizeLabel(text.replace(/<\/?p>/g, ""));

/** Agreements of rule and of content (each counts), and items with either. */
function sameWords(table: ScoresheetTable, rubric: Rubric, rows: ReadonlyMap<string, number>): { fields: number; items: number } {
  const byRow = new Map(table.items.map((r) => [r.row, r]));
  let fields = 0;
  let items = 0;
  for (const item of rubric.items) {
    const row = byRow.get(rows.get(item.id) ?? -1);
    if (!row) continue;
    const rule = words(item.rule) !== "" && words(item.rule) === words(row.ruleText);
    const content = words(item.content) !== "" && words(item.content) === words(row.content);
    fields += Number(rule) + Number(content);
    if (rule || content) items++;
  }
  return { fields, items };
}

/** One candidate matched against a table, with the facts of how well. */
export function matchCandidate(table: ScoresheetTable, rubric: Rubric): CandidateMatch {
  const match = matchRubric(table, rubric);
  const matched = match.rows.size;
  const same = sameWords(table, rubric, match.rows);
  const stats: MatchStats = {
    matched,
    rows: table.items.length,
    items: rubric.items.length,
    sameWords: same.items,
    pointsDiffer: match.findings.filter((f) => f.code === "POINTS_DIFFER").length,
  };
  const eligible = matched > 0 && matched >= MIN_SHARE * rubric.items.length && matched >= MIN_SHARE * table.items.length;
  // Tables with the same rows (攀枝花's 市级 and 县区 考评表) differ in their words: prefer the one whose text is the sheet's.
  const score = matched - stats.pointsDiffer / 2 + same.fields / 4;
  return { rubric, ...match, stats, eligible, score };
}

/** Every candidate against the table, the best first (eligible ones before the rest). */
export function rankCandidates(table: ScoresheetTable, candidates: readonly Rubric[]): CandidateMatch[] {
  return candidates
    .map((rubric) => matchCandidate(table, rubric))
    .sort((a, b) => Number(b.eligible) - Number(a.eligible) || b.score - a.score);
}

/**
 * --rubric auto: the bundled rubric a table is printed from, found by
 * matching its rows to each candidate's items (by id, then content). The
 * best match wins if it covers most of both; otherwise none, and the sheet's
 * own text is read instead.
 */
export function selectRubric(table: ScoresheetTable, candidates: readonly Rubric[]): SelectedRubric | undefined {
  const best = rankCandidates(table, candidates)[0];
  return best?.eligible ? { rubric: best.rubric, rows: best.rows, findings: best.findings } : undefined;
}
