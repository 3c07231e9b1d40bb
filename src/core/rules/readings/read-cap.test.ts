import { parseRuleText } from "../parse-rule-text";

describe("cap phrases: read, or flagged — never dropped", () => {
  it.each([
    ["每处扣0.5分，扣完2分为止", "2"],
    ["每处扣0.5分，扣满5分为止", "5"],
    ["每处扣０．５分，扣满５分为止。", "5"],
    ["每项扣0.5分，累计扣分不超过3分", "3"],
    ["每项扣0.5分；此项最多扣4分", "4"],
    ["每项扣0.5分最多扣2分", "2"],
    ["每次扣0.2分，最高不超过1分", "1"],
    ["每次扣0.2分，扣分上限为二分", "2"],
  ])("%s → deductionCap %s", (rule, cap) => {
    const parsed = parseRuleText(rule);
    expect(parsed.deductionCap).toBe(cap);
    expect(parsed.unparsed).toEqual([]);
  });

  it.each([
    ["每篇加0.5分，加分上限2分", "2"],
    ["每有一项创新做法加1分，最高不超过3分", "3"],
    ["省级媒体每篇加1分，累计加分不超过5分", "5"],
  ])("%s → bonusCap %s", (rule, cap) => {
    expect(parseRuleText(rule).bonusCap).toBe(cap);
  });

  it("a cap after a count that follows another deduction closes that count, not the item", () => {
    const parsed = parseRuleText("未建立学法制度的，扣0.3分；每少一次扣0.3分，累计扣分不超过1.2分");
    expect(parsed.deductionCap).toBeUndefined();
    expect(parsed.clauses[1]).toMatchObject({ kind: "per-occurrence", points: "0.3", cap: "1.2" });
  });

  it("two different caps of one kind are not guessed between", () => {
    const parsed = parseRuleText("每项扣0.5分，最多扣2分；累计扣分不超过3分");
    expect(parsed.deductionCap).toBe("2");
    expect(parsed.unparsed).toEqual(["累计扣分不超过3分"]);
  });

  it("在2分内酌情扣分 keeps its 2 (as the judgement's range)", () => {
    expect(parseRuleText("在2分内酌情扣分").clauses).toMatchObject([{ kind: "judgement", max: "2" }]);
  });
});

describe("扣完本项分值为止: the item's own points, as 扣完为止", () => {
  it.each([
    ["每少公开一项扣1分，扣完本项分值为止。"],
    ["每少公开一项扣1分，扣完该项分值为止。"],
    ["每少一项扣0.5分，直至扣完本项分值。"],
    ["每少一项扣0.5分，本项分值扣完为止"],
    ["每项扣1分扣完本项分值为止"],
  ])("%s", (rule) => {
    const parsed = parseRuleText(rule);
    expect(parsed.unparsed).toEqual([]);
    expect(parsed.deductionCap).toBeUndefined();
    expect(parsed.clauses).toHaveLength(1);
    expect(parsed.clauses[0]).toMatchObject({ kind: "per-occurrence", effect: "deduct" });
  });
});
