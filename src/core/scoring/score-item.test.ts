import Decimal from "decimal.js";
import type { EntryCell, RowEntries } from "../layout/read-entries";
import type { RubricItem, SectionKind } from "../rubric/rubric-schema";
import { parseEntry } from "../text/parse-entry";
import { scoreItem } from "./score-item";

const item = (points: string | null, extra: Partial<RubricItem> = {}): RubricItem => ({
  id: "x",
  section: "s",
  path: ["s", "x"],
  content: "",
  points,
  rule: "",
  clauses: [],
  ...extra,
});

const at = (cell: string, value: string | number | null): EntryCell => ({ entry: parseEntry(value), cell });

function score(it: RubricItem, kind: SectionKind, entries: RowEntries) {
  const { result, findings } = scoreItem({ item: it, kind, entries, sheet: "S", row: 4 });
  return {
    score: result.score.toFixed(),
    deduction: result.deduction.toFixed(),
    bonus: result.bonus.toFixed(),
    applicable: result.applicable,
    codes: findings.map((f) => `${f.code}@${f.cell}`),
  };
}

describe("scoreItem: base items (points − min(deduction, cap) + min(bonus, bonus cap))", () => {
  it("takes the deduction from the points", () => {
    expect(score(item("2"), "base", { deduction: at("G5", 1) })).toMatchObject({ score: "1", deduction: "1", codes: [] });
  });

  it("is exact with halves: 1 − 0.5 − 0.3 style sums never drift", () => {
    expect(score(item("1"), "base", { deduction: at("G5", "0.7") }).score).toBe("0.3");
  });

  it("caps the deduction at the item's points (扣完为止) and reports it", () => {
    expect(score(item("1"), "base", { deduction: at("G5", 2) })).toMatchObject({ score: "0", deduction: "1", codes: ["CAP_EXCEEDED@G5"] });
  });

  it("caps at an explicit 扣分上限 below the points", () => {
    expect(score(item("4", { deductionCap: "3" }), "base", { deduction: at("G5", 4) })).toMatchObject({ score: "1", codes: ["CAP_EXCEEDED@G5"] });
  });

  it("adds a bonus only where the rubric allows one, up to its cap", () => {
    expect(score(item("2", { bonusCap: "1" }), "base", { bonus: at("H5", 3) })).toMatchObject({ score: "3", bonus: "1", codes: ["BONUS_CAP_EXCEEDED@H5"] });
    expect(score(item("2"), "base", { bonus: at("H5", 1) })).toMatchObject({ score: "2", bonus: "0", codes: ["BONUS_NOT_ALLOWED@H5"] });
  });

  it("reports text and negatives and goes on", () => {
    expect(score(item("2"), "base", { deduction: at("G5", "一分") })).toMatchObject({ score: "2", codes: ["ENTRY_NOT_NUMBER@G5"] });
    expect(score(item("2"), "base", { deduction: at("G5", -1) })).toMatchObject({ score: "2", codes: ["ENTRY_NEGATIVE@G5"] });
  });

  it("refuses an entry on a row with no points", () => {
    expect(score(item(null), "base", { deduction: at("G5", 1) }).codes).toEqual(["ENTRY_WITHOUT_POINTS@G5"]);
  });

  it("marks 不涉及 as not applicable", () => {
    expect(score(item("2"), "base", { deduction: at("G5", "不涉及") })).toMatchObject({ applicable: false, score: "0" });
  });
});

describe("scoreItem: 加分 and 扣分 sections", () => {
  it("a 加分 item adds up to its 分值 (岳阳 表扬: 7)", () => {
    expect(score(item("7", { bonusCap: "7" }), "bonus", { bonus: at("H5", 9) })).toMatchObject({ score: "7", bonus: "7", codes: ["BONUS_CAP_EXCEEDED@H5"] });
  });

  it("a 扣分 item takes up to its 分值 and counts negative", () => {
    expect(score(item("5"), "penalty", { deduction: at("G5", 6) })).toMatchObject({ score: "-5", deduction: "5", codes: ["CAP_EXCEEDED@G5"] });
  });

  it("a deduction typed on a 加分 item is refused", () => {
    expect(score(item("3", { bonusCap: "3" }), "bonus", { deduction: at("G5", 1) }).codes).toEqual(["DEDUCTION_NOT_ALLOWED@G5"]);
  });
});

describe("scoreItem: typed scores (no 扣分/加分 columns)", () => {
  it("takes the typed 得分 as the entry", () => {
    expect(score(item("2"), "base", { typedScore: at("G5", 1.5) })).toMatchObject({ score: "1.5", deduction: "0.5", codes: [] });
  });

  it("reports a score above the points and caps it", () => {
    expect(score(item("2"), "base", { typedScore: at("G5", 3) })).toMatchObject({ score: "2", codes: ["SCORE_ABOVE_POINTS@G5"] });
  });

  it("reports a blank score", () => {
    expect(score(item("2"), "base", { typedScore: at("G5", null) }).codes).toEqual(["ENTRY_MISSING@G5"]);
  });
});

it("never uses binary floats: 0.1 + 0.2 deductions leave exactly 0.7", () => {
  const { result } = scoreItem({ item: item("1"), kind: "base", entries: { deduction: at("G5", "0.3") }, sheet: "S", row: 0 });
  expect(result.score.eq(new Decimal("0.7"))).toBe(true);
});
