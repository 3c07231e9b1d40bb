import Decimal from "decimal.js";
import { readForTest } from "../read-for-test";
import { parseRuleText } from "../../parse-rule-text";
import { anyOfKind } from ".";

describe("any-of: one amount however many of the cases occur", () => {
  it.each([
    ["存在下列情形之一的扣1分", "1", undefined],
    ["有下列情形之一的，扣0.5分：（1）未公开；（2）公开不及时", "0.5", ["（1）未公开", "（2）公开不及时"]],
    ["出现内容错误、链接失效、更新不及时等情况之一的扣２分", "2", undefined],
  ])("%s", (rule, points, cases) => {
    expect(readForTest(rule)).toEqual({ clauses: [{ kind: "any-of", effect: "deduct", points, ...(cases ? { cases } : {}) }], unparsed: [] });
  });

  it("之一 counted per case (每项) is not one amount: left unread", () => {
    expect(readForTest("存在下列情形之一的，每项扣1分").unparsed).toHaveLength(1);
  });

  it("takes its amount once", () => {
    const c = parseRuleText("存在下列情形之一的扣1分").clauses[0];
    if (c?.kind !== "any-of") throw new Error("not any-of");
    expect(anyOfKind.maxDeduction(c)).toEqual(new Decimal(1));
    expect(anyOfKind.deductionSteps(c)).toEqual({ once: [new Decimal(1)], repeated: [] });
  });
});
