import type { ScoresheetTable } from "../layout/scoresheet";
import type { Rubric } from "../rubric/rubric-schema";
import type { CandidateMatch } from "../rubric/select-rubric";
import { rankCandidates } from "../rubric/select-rubric";

/** What choosing needs of a ranked candidate: no rows or findings, which name the table's own sheet. */
export type RankedCandidate = Pick<CandidateMatch, "rubric" | "stats" | "eligible" | "score">;

/**
 * What matching a table against a rubric reads of it (match-rubric.ts,
 * select-rubric.ts): each item row's place, labels, words and points, and
 * whether it has a 分值 column. Tables equal in these rank the candidates
 * alike.
 */
function matchingKey(table: ScoresheetTable): string {
  const rows = table.items.map((r) => [r.row, r.path, r.content, r.ruleText, r.points.kind === "points" ? r.points.points.toFixed() : null]);
  return JSON.stringify([table.columns.points !== undefined, rows]);
}

/**
 * Ranks the candidates once per distinct table within one choice: a
 * workbook's unit sheets are copies of one table, and matching every copy
 * against every bundled rubric was most of the time --rubric auto took.
 */
export class RankingMemo {
  private readonly known = new Map<string, readonly RankedCandidate[]>();

  constructor(private readonly candidates: readonly Rubric[]) {}

  rank(table: ScoresheetTable): readonly RankedCandidate[] {
    const key = matchingKey(table);
    let found = this.known.get(key);
    if (found === undefined) {
      found = rankCandidates(table, this.candidates).map(({ rubric, stats, eligible, score }) => ({ rubric, stats, eligible, score }));
      this.known.set(key, found);
    }
    return found;
  }
}
