import { readForTest } from "../read-for-test";

describe("by-level: points per occurrence at each level", () => {
  it("国家级每项加4分，省级每项3分…", () => {
    expect(readForTest("国家级每项加4分，省级每项3分，市级每项2分").clauses).toEqual([
      { kind: "by-level", effect: "bonus", levels: [{ level: "国家级", points: "4" }, { level: "省级", points: "3" }, { level: "市级", points: "2" }] },
    ]);
  });

  it("每个黄牌扣2分,每个红牌扣3分: two counts (the corpus reading), not guessed into levels", () => {
    expect(readForTest("出现红黄牌的,每个黄牌扣2分,每个红牌扣３分。").clauses).toEqual([
      { kind: "per-occurrence", effect: "deduct", points: "2", per: "个" },
      { kind: "per-occurrence", effect: "deduct", points: "3", per: "个" },
    ]);
  });
});
