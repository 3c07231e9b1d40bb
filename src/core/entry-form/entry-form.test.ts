import type { RubricItem } from "../rubric/rubric-schema";
import { parseRuleText } from "../rules/parse-rule-text";
import { buildEntryForm, evaluateEntryForm } from "./entry-form";

function item(points: string, rule: string, extra: Partial<RubricItem> = {}): RubricItem {
  return { id: "x", section: "s", path: ["s", "x"], content: "", points, rule, clauses: [...parseRuleText(rule).clauses], ...extra };
}

describe("the 录入 form", () => {
  // 岳阳 工作部署 (2分) and 载体建设-like rules
  const workDeploy = item("2", "未纳入综合考评的扣1分，未召开会议进行研究并印发工作要点的扣1分");
  const guide = item("1", "信息公开指南要素不全每少一项扣0.5分，未在门户网站公开扣0.5分");

  it("offers each clause as a checkbox or a count", () => {
    expect(buildEntryForm(guide).map((f) => [f.kind, f.label])).toEqual([
      ["count", "每少一项"],
      ["check", "未在门户网站公开"],
    ]);
  });

  it("writes the deduction and a readable reason: 未纳入综合考评 −1；每少一项 −0.5×2", () => {
    const mixed = item("3", "未纳入综合考评的扣1分，信息公开不全的每少一项扣0.5分");
    expect(evaluateEntryForm(mixed, { 0: true, 1: 2 })).toMatchObject({ reason: "未纳入综合考评 −1；每少一项 −0.5×2", errors: [] });
    expect(evaluateEntryForm(mixed, { 0: true, 1: 2 }).deduction.toFixed()).toBe("2");
  });

  it("caps the deduction at the item's points (扣完为止)", () => {
    expect(evaluateEntryForm(guide, { 0: 5, 1: true }).deduction.toFixed()).toBe("1");
    expect(evaluateEntryForm(workDeploy, { 0: true, 1: true }).deduction.toFixed()).toBe("2");
  });

  it("refuses a count the rules cannot produce", () => {
    expect(evaluateEntryForm(guide, { 0: 1.5 }).errors).toEqual([{ code: "COUNT_NOT_WHOLE", label: "每少一项" }]);
  });

  it("gives the amounts to write once, with the cap that bit and the score (points − deduction + bonus)", () => {
    const capped = evaluateEntryForm(guide, { 0: 5, 1: true }).amounts;
    expect([capped.deduction.toFixed(), capped.score?.toFixed(), capped.deductionCapBit, capped.bonusCapBit]).toEqual(["1", "0", "1", undefined]);
    const within = evaluateEntryForm(workDeploy, { 0: true }).amounts;
    expect([within.deduction.toFixed(), within.score?.toFixed(), within.deductionCapBit]).toEqual(["1", "1", undefined]);
    const withCap = item("5", "每发现一处扣1分", { deductionCap: "3" });
    expect(evaluateEntryForm(withCap, { 0: 4 }).amounts).toMatchObject({ deductionCapBit: "3" });
    expect(evaluateEntryForm(withCap, { 0: 4 }).amounts.score?.toFixed()).toBe("2");
  });

  it("an award form deducts what was not earned: 学习一次 0.8 of 1 → 扣 0.2, 得 0.8", () => {
    const study = item("1", "学习一次0.8分，两次以上1分");
    const result = evaluateEntryForm(study, { 0: 0 });
    expect([result.awards, result.amounts.deduction.toFixed(), result.amounts.score?.toFixed()]).toEqual([true, "0.2", "0.8"]);
  });

  it("adds bonuses by level (长子 综合加分项) within the bonus cap", () => {
    const bonusItem = item("0", "国家级每项加4分，省级每项3分，市级每项2分，县级每项1分", { bonusCap: "3" });
    const form = buildEntryForm(bonusItem);
    expect(form.map((f) => f.kind)).toEqual(["level"]);
    const result = evaluateEntryForm(bonusItem, { 0: 0 });
    expect([result.bonus.toFixed(), result.reason]).toEqual(["3", "国家级 +4"]);
    expect([result.amounts.bonus.toFixed(), result.amounts.bonusCapBit]).toEqual(["3", "3"]);
  });

  it("三河: a rate picks its band (完成50%-40%得5分, edges as written) and a count of times picks its level", () => {
    const online = item("6", "网上可办率(6分,完成50%-40%得5分,40%-30%得4分,10%以下得0分)");
    const rate = buildEntryForm(online).find((f) => f.kind === "rate");
    expect(rate?.kind).toBe("rate");
    const at = (value: number) => evaluateEntryForm(online, { [rate!.clause]: value }).award.toFixed();
    expect([at(45), at(40), at(39.9), at(5)]).toEqual(["5", "5", "4", "0"]);
    const study = item("1", "学习一次0.8分，两次以上1分");
    const level = buildEntryForm(study)[0]!;
    expect(level.kind === "level" && level.options.map((o) => o.label)).toEqual(["1次", "2次及以上"]);
    expect(evaluateEntryForm(study, { 0: 1 }).award.toFixed()).toBe("1");
  });
});
