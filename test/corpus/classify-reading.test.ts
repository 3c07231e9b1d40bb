// The three outcomes of the harness on texts from the corpus.
import { classify, normalizeCaps } from "./classify-reading";

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

  it("is flagged when the parser leaves words unread (a share of the points no pattern reads)", () => {
    const rule = "未按要求完成的扣除该项分值的一半。";
    const r = classify(rule, undefined, "1", { clauses: [{ kind: "flat", effect: "deduct", points: "0.5", text: "未按要求完成的扣除该项分值的一半" }] });
    expect(r.outcome).toBe("flagged");
    expect(r.differences).toContain("unparsed");
  });

  it("is silently wrong when the parser is confident and differs (红黄牌 read as two counts, an assessor reading by level)", () => {
    const rule = "7.预受理或办理事项出现红黄牌的,每个黄牌扣2分,每个红牌扣3分。";
    const r = classify(rule, undefined, null, { clauses: [{ kind: "by-level", effect: "deduct", levels: [{ level: "黄牌", points: "2" }, { level: "红牌", points: "3" }], text: "每个黄牌扣2分,每个红牌扣3分" }] });
    expect(r.parsed.unparsed).toEqual([]);
    expect(r.outcome).toBe("silent");
    expect(r.differences).toEqual(["clauses"]);
  });
});

describe("caps compare by meaning", () => {
  it("a single deducting clause's own cap equals the item cap (长子 征地信息: 一件扣0.5分，扣分上限3分)", () => {
    const rule = "未按时限、标准将征地信息录入“山西省征地信息公开查询系统”的，一件扣0.5分，扣分上限3分";
    const clause = { kind: "per-occurrence", effect: "deduct", points: "0.5", per: "件", text: "一件扣0.5分" };
    expect(classify(rule, undefined, "3", { clauses: [{ ...clause, cap: "3" }] }).differences).not.toContain("clauses");
    expect(normalizeCaps([{ ...clause, cap: "3" }], undefined)).toEqual({ clauses: [clause], deductionCap: "3" });
  });

  it("keeps a clause cap when other deductions stand beside it (开江: 累计扣分不超过1.2分 caps only 每少一次)", () => {
    const clauses = [
      { kind: "flat", effect: "deduct", points: "0.3", text: "未建立学法制度的,扣0.3分" },
      { kind: "per-occurrence", effect: "deduct", points: "0.3", per: "次", cap: "1.2", text: "每少一次扣0.3分,累计扣分不超过1.2分" },
    ];
    expect(normalizeCaps(clauses, undefined)).toEqual({ clauses, deductionCap: undefined });
  });

  it("ignores a bonus cap the seeds set outside the rule text, unless the parser read one", () => {
    const reading = { clauses: [{ kind: "per-occurrence", effect: "bonus", points: "1", per: "次", text: "每次加1分" }], bonusCap: "7" };
    expect(classify("每次加1分", undefined, null, reading, false).outcome).toBe("exact");
    expect(classify("每次加1分", undefined, null, reading).differences).toContain("bonusCap");
  });
});
