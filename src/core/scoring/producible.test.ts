import Decimal from "decimal.js";
import { parseRuleText } from "../rules/parse-rule-text";
import { deductionSteps, describeSteps, isProducible } from "./producible";

const steps = (rule: string) => deductionSteps(parseRuleText(rule).clauses);
const can = (rule: string, amount: string, cap: string) => isProducible(new Decimal(amount), steps(rule)!, new Decimal(cap));

describe("deductions the rules can produce", () => {
  // 岳阳 审批公开 (2分): 审批信息未公开的扣2分，公开不及时的扣1分，…每少一项扣0.5分
  const rule = "审批信息未公开的扣2分，公开不及时的扣1分，信息内容公开不全面的，每少一项扣0.5分";

  it.each([["0.5"], ["1"], ["1.5"], ["0"], ["2"], ["3"]])("%s can be made (or is at the cap)", (amount) => {
    expect(can(rule, amount, "2")).toBe(true);
  });

  it.each([["0.3"], ["0.75"], ["1.2"]])("%s cannot: only 2, 1 and 0.5 steps exist", (amount) => {
    expect(can(rule, amount, "2")).toBe(false);
  });

  it("flat amounts count once: 1 + 0.5 is possible, 1 + 1 is not without a repeatable 1", () => {
    expect(can("未纳入综合考评的扣1分，未设立常设机构的扣0.5分", "1.5", "3")).toBe(true);
    expect(can("未纳入综合考评的扣1分，未设立常设机构的扣0.5分", "2", "3")).toBe(false);
  });

  it("per-step: 每降低10个百分点扣2分 allows 2, 4, 6 but not 3 (below the 10 cap)", () => {
    const r = "未接入系统的，扣10分；未应录尽录的每降低10个百分点的，扣2分";
    expect(["2", "4", "6", "3"].map((a) => can(r, a, "10"))).toEqual([true, true, true, false]);
  });

  it("a judgement or zero-out allows anything up to the cap", () => {
    expect(steps("根据实际情况进行扣分")).toBeUndefined();
    expect(steps("出现一次未及时完成此项任务的，不得分")).toBeUndefined();
  });

  it("says what the rules allow", () => {
    expect(describeSteps(steps(rule)!)).toBe("2、1、0.5×n");
  });

  it("tiers are one amount of a group, never two: 1或3, and with a flat beside them", () => {
    const tiers = "未建立制度的扣2分，超过1个月未报送的扣1分，超过3个月未报送的扣3分";
    expect(describeSteps(steps(tiers)!)).toBe("2、1或3");
    expect(["1", "3", "2", "5", "4", "6"].map((a) => can(tiers, a, "10"))).toEqual([true, true, true, true, false, false]);
  });
});
