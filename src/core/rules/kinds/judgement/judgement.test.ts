import Decimal from "decimal.js";
import { readForTest } from "../read-for-test";
import { parseRuleText } from "../../parse-rule-text";
import { judgementKind } from ".";

describe("judgement: the assessor decides, within a range when the text gives one", () => {
  it.each([
    ["视情况扣1至3分", { effect: "deduct", min: "1", max: "3" }],
    ["发现问题的，视情节轻重扣１～３分。", { effect: "deduct", min: "1", max: "3" }],
    ["酌情给0-2分", { effect: "award", max: "2" }],
    ["在3分以内酌情扣分", { effect: "deduct", max: "3" }],
    ["在2分内酌情扣分", { effect: "deduct", max: "2" }],
    ["信息不准确的，扣0.5—2分", { effect: "deduct", min: "0.5", max: "2" }],
    ["酌情扣一至两分", { effect: "deduct", min: "1", max: "2" }],
    ["工作有创新的酌情加1～2分", { effect: "bonus", min: "1", max: "2" }],
    ["事项不完整、不准确、不实用的，根据实际情况进行扣分", { effect: "deduct" }],
  ])("%s", (rule, expected) => {
    expect(readForTest(rule)).toEqual({ clauses: [{ kind: "judgement", ...expected }], unparsed: [] });
  });

  it("never drops an amount it cannot place: judgement words beside it are left unread", () => {
    expect(readForTest("视情况扣2分以上").clauses).toEqual([]);
    expect(readForTest("视情况扣2分以上").unparsed).toEqual(["视情况扣2分以上"]);
  });

  it("a range bounds what it takes; without one it spans the item", () => {
    const [ranged] = parseRuleText("视情况扣1至3分").clauses;
    const [open] = parseRuleText("根据实际情况进行扣分").clauses;
    if (ranged?.kind !== "judgement" || open?.kind !== "judgement") throw new Error("not read as judgement");
    expect(judgementKind.maxDeduction(ranged)).toEqual(new Decimal(3));
    expect(judgementKind.spansRange(ranged)).toBe(false);
    expect(judgementKind.maxDeduction(open)).toBe("unbounded");
    expect(judgementKind.spansRange(open)).toBe(true);
    expect(judgementKind.deductionSteps(ranged)).toBe("any");
  });
});
