import Decimal from "decimal.js";
import { readForTest } from "../read-for-test";
import { parseRuleText } from "../../parse-rule-text";
import { rateTriggerKind } from ".";

const below = (edge: string, points: string, inclusive = false) => ({ direction: "below", edge, inclusive, points });

describe("rate-trigger: the furthest threshold passed gives the amount", () => {
  it.each([
    ["回复率低于95%的扣1分、低于90%的扣2分", "回复率", [below("95", "1"), below("90", "2")]],
    ["群众满意率低于９０％的，扣1分；低于80%的，扣两分", "群众满意率", [below("90", "1"), below("80", "2")]],
    ["办结率95%以下的扣2分", "办结率", [below("95", "2", true)]],
    ["按期回复率未达到100%的扣0.5分", "按期回复率", [below("100", "0.5")]],
  ])("%s", (rule, measure, thresholds) => {
    expect(readForTest(rule)).toEqual({ clauses: [{ kind: "rate-trigger", effect: "deduct", measure, thresholds }], unparsed: [] });
  });

  it("an amount in the fragment that belongs to no threshold is left unread", () => {
    expect(readForTest("回复率低于95%的扣1分另扣2分").clauses).toEqual([]);
  });

  it("takes its largest amount, once; the form offers each threshold as a level", () => {
    const c = parseRuleText("回复率低于95%的扣1分、低于90%的扣2分").clauses[0];
    if (c?.kind !== "rate-trigger") throw new Error("not a rate trigger");
    expect(rateTriggerKind.maxDeduction(c)).toEqual(new Decimal(2));
    expect(rateTriggerKind.deductionSteps(c)).toEqual({ once: [new Decimal(1), new Decimal(2)], repeated: [] });
    const [field] = rateTriggerKind.formFields(c, 0, "回复率");
    expect(field).toMatchObject({ kind: "level", label: "回复率", effect: "deduct", options: [{ label: "未触及", points: "0" }, { label: "<95%", points: "1" }, { label: "<90%", points: "2" }] });
  });
});
