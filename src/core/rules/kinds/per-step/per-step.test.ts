import { readForTest } from "../read-for-test";

describe("per-step: points per step of a rate away from its target", () => {
  it.each([
    ["未应录尽录的每降低10个百分点的，扣2分", { effect: "deduct", step: "10", points: "2" }],
    ["考核数据公示率未达到100%的，每少一个百分点，扣0.5分", { effect: "deduct", step: "1", points: "0.5", target: "100", direction: "below" }],
    ["每低于目标5个百分点扣0.5分", { effect: "deduct", step: "5", points: "0.5" }],
    ["目标值为95%，每低于目标５个百分点扣０.５分", { effect: "deduct", step: "5", points: "0.5", target: "95", direction: "below" }],
    ["超过30%以上，每超过20%加1分", { effect: "bonus", step: "20", points: "1", target: "30", direction: "above" }],
    ["每1%扣1分", { effect: "deduct", step: "1", points: "1" }],
    ["每超出目标10%加0.5分", { effect: "bonus", step: "10", points: "0.5", direction: "above" }],
    ["每低于90%一个百分点扣1分", { effect: "deduct", step: "1", points: "1", target: "90", direction: "below" }],
  ])("%s", (rule, expected) => {
    expect(readForTest(rule)).toEqual({ clauses: [{ kind: "per-step", ...expected }], unparsed: [] });
  });

  it("达到90%以上的得25分，每下降一个百分点扣1分: the band is the full points at the target — one step clause", () => {
    expect(readForTest("达到90%以上的得25分，每下降一个百分点扣1分").clauses).toEqual([{ kind: "per-step", effect: "deduct", step: "1", points: "1", target: "90", direction: "below" }]);
  });

  it("在此基础上: the step counts from the threshold before it", () => {
    expect(readForTest("比例达到10%的加1分,在此基础上每提高10%加1分").clauses).toEqual([
      { kind: "rate-trigger", effect: "bonus", thresholds: [{ direction: "above", edge: "10", inclusive: true, points: "1" }] },
      { kind: "per-step", effect: "bonus", step: "10", points: "1", target: "10", direction: "above" },
    ]);
  });

  it("a shortfall taken as a share of the points is not a step of points: left unread", () => {
    expect(readForTest("每低于1个百分点扣分值的10%").clauses).toEqual([]);
  });
});

describe("per-step: the rate that earns 满分 is the target", () => {
  it.each([
    ["抽查合格率达100%得满分，每降低1个百分点扣0.5分。", "100", "0.5"],
    ["抽查合格率达到100%的得满分，每降低一个百分点扣0.5分。", "100", "0.5"],
    ["合格率100%为满分，每下降1个百分点扣1分，扣完为止。", "100", "1"],
    ["完成率达到95%以上的得满分，每低1%扣1分", "95", "1"],
  ])("%s", (rule, target, points) => {
    expect(readForTest(rule)).toEqual({ clauses: [{ kind: "per-step", effect: "deduct", step: "1", points, target, direction: "below" }], unparsed: [] });
  });
});

describe("per-step without 每: a percentage point is never a thing counted", () => {
  it("面商率100%,记5分,少一个百分点扣1分 (wenmi 政协提案办理工作考核): the award's rate is the target", () => {
    expect(readForTest("采取上门沟通等面对面的方式开展协商沟通,面商率100%,记5分,少一个百分点扣1分。").clauses).toEqual([
      { kind: "presence", points: "5" },
      { kind: "per-step", effect: "deduct", step: "1", points: "1", target: "100", direction: "below" },
    ]);
  });

  it("少1个百分点扣0.5分 alone: a step with no target", () => {
    expect(readForTest("少1个百分点扣0.5分").clauses).toEqual([{ kind: "per-step", effect: "deduct", step: "1", points: "0.5" }]);
  });
});
