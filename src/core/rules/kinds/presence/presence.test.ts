import Decimal from "decimal.js";
import { readForTest } from "../read-for-test";
import { parseRuleText } from "../../parse-rule-text";
import { presenceKind } from ".";

describe("presence: present earns the points, absence takes the deduction", () => {
  it.each([
    ["有工作方案的得5分，没有的扣1分", { points: "5", deduct: "1" }],
    ["建立信息发布协调机制的得２分；未建立的扣一分", { points: "2", deduct: "1" }],
    ["有专门机构的得1分,无专门机构的不得分", { points: "1" }],
  ])("%s", (rule, expected) => {
    expect(readForTest(rule)).toEqual({ clauses: [{ kind: "presence", ...expected }], unparsed: [] });
  });

  it("two awards are not a presence rule", () => {
    expect(readForTest("有专人负责日常更新检查,得0.5分;有检查、整改记录,得0.5分").clauses).toEqual([
      { kind: "flat", effect: "award", points: "0.5" },
      { kind: "flat", effect: "award", points: "0.5" },
    ]);
  });

  it("the deduction is the most that can be lost", () => {
    const c = parseRuleText("有工作方案的得5分，没有的扣1分").clauses[0];
    if (c?.kind !== "presence") throw new Error("not presence");
    expect(presenceKind.maxDeduction(c)).toEqual(new Decimal(1));
    expect(presenceKind.deductionSteps(c)).toEqual({ once: [new Decimal(1)], repeated: [] });
  });
});
