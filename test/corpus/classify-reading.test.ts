// The three outcomes of the harness on texts from the corpus.
import { classify } from "./classify-reading";

describe("classify", () => {
  it("is exact when clauses and cap agree and nothing is unread (银川 信息畅通)", () => {
    const r = classify("每少报一次扣2分。", undefined, "10", { clauses: [{ kind: "per-occurrence", effect: "deduct", points: "2", per: "次", text: "每少报一次扣2分" }] });
    expect(r.outcome).toBe("exact");
  });

  it("compares the binding cap: a stated cap above the row's points binds at the points", () => {
    const reading = { clauses: [{ kind: "per-occurrence", effect: "deduct", points: "2", per: "次", text: "每少报一次扣2分" }], deductionCap: "10" };
    expect(classify("每少报一次扣2分。", undefined, "10", reading).outcome).toBe("exact");
    expect(classify("每少报一次扣2分。", undefined, "10", { ...reading, deductionCap: "4" }).differences).toContain("deductionCap");
  });

  it("is flagged when the parser leaves words unread (县级部门 row without scoring words)", () => {
    const rule = "及时调整政府信息公开工作领导小组成员,明确分管领导。";
    const r = classify(rule, undefined, "1", { clauses: [{ kind: "judgement", effect: "award", text: "及时调整政府信息公开工作领导小组成员,明确分管领导" }] });
    expect(r.outcome).toBe("flagged");
    expect(r.differences).toContain("unparsed");
  });

  it("is silently wrong when the parser is confident and differs (行政执法 发生1起扣2分 read as one flat 2)", () => {
    const rule = "(一)被申请行政复议的案件,复议结果为撤销、变更、改变行政机关决定的,发生1起扣2分。";
    const r = classify(rule, undefined, null, { clauses: [{ kind: "per-occurrence", effect: "deduct", points: "2", per: "起", text: "发生1起扣2分" }] });
    expect(r.parsed.unparsed).toEqual([]);
    expect(r.outcome).toBe("silent");
    expect(r.differences).toEqual(["clauses"]);
  });
});
