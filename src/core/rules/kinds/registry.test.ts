import { evaluateEntryForm, buildEntryForm } from "../../entry-form/entry-form";
import { CLAUSE_KINDS } from "../../rubric/clause-schema";
import type { RubricItem } from "../../rubric/rubric-schema";
import { parseRuleText } from "../parse-rule-text";
import { KINDS, READERS } from "./registry";

const item = (rule: string, points = "5"): RubricItem => ({ id: "x", section: "s", path: ["s", "x"], content: "", points, rule, clauses: [...parseRuleText(rule).clauses] });

describe("the clause-kind registry", () => {
  it("has one module for every kind of the rubric schema, and readers in order", () => {
    expect(Object.keys(KINDS).sort()).toEqual([...CLAUSE_KINDS].sort());
    const orders = READERS.map((r) => r.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it("gives the 录入 form a field for each new kind, and the form computes with it", () => {
    const rate = item("回复率低于95%的扣1分、低于90%的扣2分");
    const [field] = buildEntryForm(rate);
    expect(field).toMatchObject({ kind: "level", label: "回复率", effect: "deduct" });
    // The third option is "<90%": 2 taken.
    expect(evaluateEntryForm(rate, { 0: 2 }).deduction.toFixed()).toBe("2");

    const presence = item("有工作方案的得5分，没有的扣1分");
    expect(buildEntryForm(presence)).toMatchObject([{ kind: "check", points: "1", effect: "deduct" }]);
    expect(evaluateEntryForm(presence, { 0: true }).deduction.toFixed()).toBe("1");

    const aggravated = item("未按时报送的扣1分；经督促仍未整改的，再扣2分");
    expect(buildEntryForm(aggravated).map((f) => f.kind)).toEqual(["check", "check"]);
    expect(evaluateEntryForm(aggravated, { 0: true, 1: true }).deduction.toFixed()).toBe("3");

    const anyOf = item("存在下列情形之一的扣1分：（1）未公开；（2）公开不及时");
    expect(buildEntryForm(anyOf)).toMatchObject([{ kind: "check", points: "1" }]);

    const judged = item("视情况扣1至3分");
    expect(buildEntryForm(judged)).toMatchObject([{ kind: "judgement", effect: "deduct" }]);
  });
});
