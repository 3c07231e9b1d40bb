import type { EntryCell, RowEntries } from "../layout/read-entries";
import type { RubricItem } from "../rubric/rubric-schema";
import { parseRuleText } from "../rules/parse-rule-text";
import { parseEntry } from "../text/parse-entry";
import { scoreItem } from "./score-item";

const at = (cell: string, value: string | number | null): EntryCell => ({ entry: parseEntry(value), cell });

/** An item whose clauses are the parser's reading of its rule, as a drafted rubric has them. */
function drafted(points: string, rule: string, extra: Partial<RubricItem> = {}): RubricItem {
  const parsed = parseRuleText(rule);
  return {
    id: "x",
    section: "s",
    path: ["s", "x"],
    content: "",
    points,
    rule,
    clauses: [...parsed.clauses],
    ...(parsed.deductionCap === undefined ? {} : { deductionCap: parsed.deductionCap }),
    ...(parsed.unparsed.length === 0 ? {} : { review: [...parsed.unparsed] }),
    ...extra,
  };
}

function score(item: RubricItem, entries: RowEntries) {
  const { result, findings } = scoreItem({ item, kind: "base", entries, sheet: "S", row: 4 });
  return { score: result.score.toFixed(), codes: findings.map((f) => `${f.code}@${f.cell}`), params: findings.map((f) => f.params) };
}

describe("scoring what the new clause kinds say", () => {
  it("视情况扣1至3分: 2 is fine, 0.5 and 3.5 are outside the range", () => {
    const item = drafted("5", "发现问题的，视情况扣1至3分");
    expect(score(item, { deduction: at("G5", 2) }).codes).toEqual([]);
    expect(score(item, { deduction: at("G5", "0.5") })).toMatchObject({ score: "4.5", codes: ["JUDGEMENT_OUT_OF_RANGE@G5"] });
    expect(score(item, { deduction: at("G5", "3.5") }).params[0]).toMatchObject({ min: "1", max: "3", value: "3.5" });
  });

  it("酌情给0-2分 checks a typed score against its range", () => {
    const item = drafted("2", "酌情给0-2分");
    expect(score(item, { typedScore: at("H5", "1.5") }).codes).toEqual([]);
    expect(score(item, { typedScore: at("H5", 3) }).codes).toContain("SCORE_ABOVE_POINTS@H5");
  });

  it("扣完5分为止 on a 3-point item: the points bind, and the cap above them is a finding", () => {
    const item = drafted("3", "每处扣1分，扣完5分为止");
    expect(item.deductionCap).toBe("5");
    expect(score(item, { deduction: at("G5", 4) })).toMatchObject({ score: "0", codes: ["CAP_ABOVE_POINTS@G5", "CAP_EXCEEDED@G5"] });
  });

  it("unread words: the entry is taken as given and reported for review, never checked against a partial reading", () => {
    const item = drafted("4", "未公开的扣1分；公开质量不高的扣该项分值的一半");
    expect(item.review).toEqual(["公开质量不高的扣该项分值的一半"]);
    // 1.3 is no multiple of the one amount read, but the unread rule may give it.
    expect(score(item, { deduction: at("G5", "1.3") })).toMatchObject({ score: "2.7", codes: ["RULE_UNREAD@G5"] });
  });
});
