import { readForTest } from "../read-for-test";

describe("per-step: points per step of a rate away from its target", () => {
  it.each([
    ["未应录尽录的每降低10个百分点的，扣2分", { effect: "deduct", step: "10", points: "2" }],
    ["考核数据公示率未达到100%的，每少一个百分点，扣0.5分", { effect: "deduct", step: "1", points: "0.5" }],
    ["每低于目标5个百分点扣0.5分", { effect: "deduct", step: "5", points: "0.5" }],
    ["目标值为95%，每低于目标５个百分点扣０.５分", { effect: "deduct", step: "5", points: "0.5", target: "95" }],
    ["每超出目标10%加0.5分", { effect: "bonus", step: "10", points: "0.5", direction: "above" }],
    ["每低于90%一个百分点扣1分", { effect: "deduct", step: "1", points: "1", target: "90" }],
  ])("%s", (rule, expected) => {
    expect(readForTest(rule)).toEqual({ clauses: [{ kind: "per-step", ...expected }], unparsed: [] });
  });

  it("a shortfall taken as a share of the points is not a step of points: left unread", () => {
    expect(readForTest("每低于1个百分点扣分值的10%").clauses).toEqual([]);
  });
});
