import type { EntryCell, RowEntries } from "../layout/read-entries";
import { clause } from "../rubric/clause-schema";
import type { RubricItem } from "../rubric/rubric-schema";
import { parseRuleText } from "../rules/parse-rule-text";
import { parseEntry } from "../text/parse-entry";
import { scoreItem } from "./score-item";

// A rating scale through the scorer: the entry must be one of the tiers, in either entry mode.
const item = (points: string, rule: string): RubricItem => ({ id: "x", section: "s", path: ["s", "x"], content: "", points, rule, clauses: [...parseRuleText(rule).clauses] });
const at = (cell: string, value: string | number): EntryCell => ({ entry: parseEntry(value), cell });
const codes = (it: RubricItem, entries: RowEntries): string[] => scoreItem({ item: it, kind: "base", entries, sheet: "S", row: 4 }).findings.map((f) => f.code);

describe("rating-scale entries the scorer checks", () => {
  const ranks = item("5", "排名前5名的得满分，6-10名得4分，11-15名得3分，其余得2分。");
  const late = item("3", "超过1个月未更新的扣1分，超过3个月未更新的扣3分。");

  it("the parsed clauses are valid rubric clauses", () => {
    for (const c of [...ranks.clauses, ...late.clauses]) expect(clause.safeParse(c).success).toBe(true);
  });

  it.each([["5"], ["4"], ["3"], ["2"]])("a typed score of %s is one of the tiers", (typed) => {
    expect(codes(ranks, { typedScore: at("I5", typed) })).toEqual([]);
  });

  it.each([["3.5"], ["1"], ["0"]])("a typed score of %s is none of them: SCORE_NOT_PRODUCIBLE", (typed) => {
    expect(codes(ranks, { typedScore: at("I5", typed) })).toEqual(["SCORE_NOT_PRODUCIBLE"]);
  });

  it("a deduction of 1 (5 less 4) is a tier; 1.5 is not", () => {
    expect(codes(ranks, { deduction: at("G5", 1) })).toEqual([]);
    expect(codes(ranks, { deduction: at("G5", "1.5") })).toEqual(["DEDUCTION_NOT_PRODUCIBLE"]);
  });

  it("deduction tiers: 1 or 3 is taken, 2 is neither (the tiers do not add up)", () => {
    expect(codes(late, { deduction: at("G5", 1) })).toEqual([]);
    expect(codes(late, { deduction: at("G5", 3) })).toEqual([]);
    expect(codes(late, { deduction: at("G5", 2) })).toEqual(["DEDUCTION_NOT_PRODUCIBLE"]);
  });
});
