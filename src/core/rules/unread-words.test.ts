import { parseRuleText } from "./parse-rule-text";

describe("words a fragment's clause leaves out: the fragment is unread, never half read", () => {
  it.each([
    // A rate tier alone: the 90% would be dropped by a flat 8.
    ["90%（含）以上得8分", "90%（含）以上得8分"],
    // 三河 电子证照应用: the 80% edge is a condition no flat amount holds.
    ["完成80%以上历史数据的入库工作得0.5分", "完成80%以上历史数据的入库工作得0.5分"],
    // 得满分 beside a deduction: what earns the full points is not read.
    ["按时完成的得满分扣1分", "按时完成的得满分扣1分"],
  ])("%s", (rule, unread) => {
    expect(parseRuleText(rule).unparsed).toEqual([unread]);
  });

  it.each([
    ["低于此每10个百分点扣1分(3分)"],
    ["未按要求公开的，每项扣0.5分，扣完为止。"],
    ["满分5分，每少一项扣1分"],
    ["公开内容准确率低于95%的，每低1个百分点扣0.5分。"],
  ])("a figure the clause holds, or the points restated, is no leftover: %s", (rule) => {
    expect(parseRuleText(rule).unparsed).toEqual([]);
  });
});

describe("a condition that holds scoring words of its own is unread with its clause", () => {
  it.each([
    // 得一半分 is no amount a pattern reads: it was the condition of the zero-out.
    ["按时完成得满分，逾期完成得一半分，未完成不得分。"],
    // A share of the points per grade: 得80% is no amount.
    ["考核结果为优秀的得满分，良好的得80%，合格的得60%，不合格的不得分。"],
  ])("%s", (rule) => {
    const parsed = parseRuleText(rule);
    expect(parsed.clauses).toEqual([]);
    expect(parsed.unparsed.join("")).toContain("满分");
  });

  it("得满分 before 50-99条得6分 is not dropped: the two are tiers, the third unread", () => {
    const parsed = parseRuleText("发布信息100条以上的得满分，50-99条得6分，50条以下按比例计分。");
    expect(parsed.clauses).toMatchObject([{ kind: "rating-scale", effect: "award", options: [{ full: true }, { points: "6" }] }]);
    expect(parsed.unparsed).toEqual(["50条以下按比例计分"]);
  });

  it.each([
    ["达到要求的得满分，每少一项扣1分", "per-occurrence"],
    ["根据全年政务公开通报情况进行扣分，被通报一次扣0.5分", "per-occurrence"],
    ["回复率100%得满分，每低1个百分点扣0.5分，低于80%不得分。", "per-step"],
  ])("得满分 before what takes from it, and 进行扣分 introducing, are conditions: %s", (rule, kind) => {
    const parsed = parseRuleText(rule);
    expect(parsed.unparsed).toEqual([]);
    expect(parsed.clauses[0]?.kind).toBe(kind);
  });
});
