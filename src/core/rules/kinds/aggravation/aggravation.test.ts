import Decimal from "decimal.js";
import { readForTest } from "../read-for-test";
import { parseRuleText } from "../../parse-rule-text";
import { aggravationKind } from ".";

describe("aggravation: only on top of the clause it aggravates", () => {
  it.each([
    ["未按时报送的扣1分；经督促仍未整改的，再扣2分", { kind: "flat", effect: "deduct", points: "1" }, "2"],
    ["每发现一处问题扣0.5分,经通报仍未整改的另扣1分", { kind: "per-occurrence", effect: "deduct", points: "0.5", per: "处" }, "1"],
    ["未及时回复的扣１分。逾期未整改的，加扣两分", { kind: "flat", effect: "deduct", points: "1" }, "2"],
  ])("%s", (rule, base, points) => {
    expect(readForTest(rule)).toEqual({ clauses: [base, { kind: "aggravation", effect: "deduct", points, aggravates: 0 }], unparsed: [] });
  });

  it("with nothing before it to aggravate, it is left unread", () => {
    expect(readForTest("经督促仍未整改的，再扣2分")).toEqual({ clauses: [], unparsed: ["经督促仍未整改的，再扣2分"] });
  });

  it("未及时整改的扣0.3分 alone: nothing before it to aggravate, so one deduction", () => {
    expect(readForTest("被投诉市容市貌问题未及时整改的扣0.3分")).toEqual({ clauses: [{ kind: "flat", effect: "deduct", points: "0.3" }], unparsed: [] });
  });

  it("takes its points once", () => {
    const c = parseRuleText("未报送的扣1分，经督促仍未整改的再扣2分").clauses[1];
    if (c?.kind !== "aggravation") throw new Error("not an aggravation");
    expect(aggravationKind.maxDeduction(c)).toEqual(new Decimal(2));
    expect(aggravationKind.deductionSteps(c)).toEqual({ once: [new Decimal(2)], repeated: [] });
  });
});
