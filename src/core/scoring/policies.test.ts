import { scoreWorkbook } from "../score-workbook";
import { scoreWorkbooks } from "../score-workbooks";
import type { Rubric, RubricPolicy } from "../rubric/rubric-schema";
import type { CellValue } from "../grid/sheet-grid";
import { buildGrid } from "../testing/build-grid";

/** A two-section table: A (a1 2分, a2 3分) and B (b1 5分, 倒扣分 b2 2分, veto-able b3 0分…). */
function rubric(policies: RubricPolicy[], extra: Partial<Rubric> = {}): Rubric {
  return {
    kind: "rubric",
    id: "t",
    title: "t",
    region: "",
    assesses: "组",
    totalPoints: "10",
    sections: [
      { name: "A", points: "5", kind: "base" },
      { name: "B", points: "5", kind: "base" },
    ],
    items: [
      { id: "A/a1", section: "A", path: ["A", "a1"], content: "", points: "2", rule: "", clauses: [] },
      { id: "A/a2", section: "A", path: ["A", "a2"], content: "", points: "3", rule: "", clauses: [] },
      { id: "B/b1", section: "B", path: ["B", "b1"], content: "", points: "5", rule: "", clauses: [{ kind: "veto", text: "一票否决" }] },
      { id: "B/b2", section: "B", path: ["B", "b2"], content: "", points: "2", rule: "", clauses: [], deductionOnly: true },
    ],
    policies,
    ...extra,
  };
}

const HEADER = ["一级指标", "二级指标", "分值", "扣分办法", "扣分", "得分"];
function sheet(name: string, deductions: [CellValue, CellValue, CellValue, CellValue]) {
  return buildGrid(name, [
    HEADER,
    ["A(5)", "a1", 2, "", deductions[0], null],
    [null, "a2", 3, "", deductions[1], null],
    ["B(5)", "b1", 5, "", deductions[2], null],
    [null, "b2", 2, "", deductions[3], null],
  ]);
}

const totals = (r: Rubric, ...sheets: ReturnType<typeof sheet>[]) =>
  scoreWorkbook({ sheets }, { rubric: r }).units.map((u) => [u.unit, u.total.toFixed(), u.grade, u.veto]);

describe("not-applicable treatments", () => {
  it("长子: 未涉及单位按考核分数的60%计分 — 3 × 0.6 = 1.8", () => {
    const r = rubric([{ kind: "not-applicable", treatment: "share-of-points", share: "0.6", source: "未涉及单位按考核分数的60%计分" }]);
    // a1 2, a2 N/A → 1.8, b1 5, b2 done → 8.8
    expect(totals(r, sheet("甲", [0, "不涉及", 0, 0]))).toEqual([["甲", "8.8", null, false]]);
  });

  it("岳阳: 按有建设任务单位得分的平均分值计分 — across the units of the workbook", () => {
    const r = rubric([{ kind: "not-applicable", treatment: "average-of-applicable", items: ["A/a2"], source: "…平均分值计分" }]);
    // 乙 a2 = 3 − 1 = 2, 丙 a2 = 3 − 0 = 3 → 甲 takes (2 + 3) / 2 = 2.5: 2 + 2.5 + 5 = 9.5
    expect(totals(r, sheet("甲", [0, "不涉及", 0, 0]), sheet("乙", [0, 1, 0, 0]), sheet("丙", [0, 0, 0, 0]))).toEqual([
      ["甲", "9.5", null, false],
      ["乙", "9", null, false],
      ["丙", "10", null, false],
    ]);
  });

  it("岳阳 across files (kaohe summary): the average is taken over every workbook's units", () => {
    const r = rubric([{ kind: "not-applicable", treatment: "average-of-applicable", items: ["A/a2"], source: "…平均分值计分" }]);
    const result = scoreWorkbooks(
      [
        { source: "甲.xlsx", workbook: { sheets: [sheet("甲", [0, "不涉及", 0, 0])] } },
        { source: "乙.xlsx", workbook: { sheets: [sheet("乙", [0, 1, 0, 0])] } },
      ],
      { rubric: r },
    );
    // 甲's a2 takes 乙's 2 (the only unit that has it): 2 + 2 + 5 = 9
    expect(result.units.map((u) => [u.source, u.unit.unit, u.unit.total.toFixed()])).toEqual([
      ["甲.xlsx", "甲", "9"],
      ["乙.xlsx", "乙", "9"],
    ]);
  });

  it("岳阳 with no unit to average over: 0 for now, with a finding", () => {
    const r = rubric([{ kind: "not-applicable", treatment: "average-of-applicable", items: ["A/a2"], source: "…" }]);
    const score = scoreWorkbook({ sheets: [sheet("甲", [0, "不涉及", 0, 0])] }, { rubric: r });
    expect(score.units[0]?.total.toFixed()).toBe("7");
    expect(score.findings.map((f) => f.code)).toContain("AVERAGE_PENDING");
  });

  it("三河: excluded and the total converted to a percentage — 7 / 7 × 100", () => {
    const r = rubric([{ kind: "not-applicable", treatment: "exclude-and-convert", source: "…" }], { result: { kind: "percentage", source: "…" } });
    expect(totals(r, sheet("甲", [0, "不涉及", 0, 0]))).toEqual([["甲", "100", null, false]]);
    // 6 of the 7 applicable points: 85.714… → 85.71
    expect(totals(r, sheet("乙", [1, "不涉及", 0, 0]))).toEqual([["乙", "85.71", null, false]]);
    expect(scoreWorkbook({ sheets: [sheet("甲", [0, "不涉及", 0, 0])] }, { rubric: r }).findings.map((f) => f.code)).not.toContain("NOT_APPLICABLE_NO_RULE");
  });

  it("攀枝花: no rule for 不涉及 and no conversion — 0 of the item's points, said on the item", () => {
    const score = scoreWorkbook({ sheets: [sheet("甲", [0, "不涉及", 0, 0])] }, { rubric: rubric([]) });
    expect(score.units[0]?.total.toFixed()).toBe("7");
    const said = score.findings.filter((f) => f.code === "NOT_APPLICABLE_NO_RULE");
    expect(said.map((f) => [f.cell, f.params])).toEqual([["F3", { item: "A / a2", points: "3" }]]);
  });

  it("a rule for 不涉及 (60% of the points) silences the finding", () => {
    const r = rubric([{ kind: "not-applicable", treatment: "share-of-points", share: "0.6", source: "…" }]);
    expect(scoreWorkbook({ sheets: [sheet("甲", [0, "不涉及", 0, 0])] }, { rubric: r }).findings.map((f) => f.code)).not.toContain("NOT_APPLICABLE_NO_RULE");
  });
});

describe("倒扣分制 (all-or-nothing, deduction-only items)", () => {
  const r = rubric([{ kind: "all-or-nothing", items: ["B/b2"], source: "完成指标任务不记分，未完成指标任务则扣除该项指标所定分值" }]);

  it("done costs nothing and the item is not part of the section's points", () => {
    const unit = scoreWorkbook({ sheets: [sheet("甲", [0, 0, 0, 0])] }, { rubric: r }).units[0]!;
    expect(unit.total.toFixed()).toBe("10");
    expect(unit.sections.map((s) => s.max?.toFixed())).toEqual(["5", "5"]);
  });

  it("any deduction takes the item's whole 2 points, with a finding", () => {
    const score = scoreWorkbook({ sheets: [sheet("甲", [0, 0, 0, 0.5])] }, { rubric: r });
    expect(score.units[0]?.total.toFixed()).toBe("8");
    expect(score.findings.map((f) => f.code)).toEqual(["ALL_OR_NOTHING"]);
  });
});

describe("一票否决", () => {
  const grades: Rubric["grades"] = [
    { name: "优秀", min: "9", minInclusive: true },
    { name: "较差", minInclusive: true },
  ];

  it("deduct-total: 直接从目标考核总分中扣2分, within the result's range", () => {
    const r = rubric([{ kind: "veto", effect: "deduct-total", points: "2", source: "直接从责任单位目标考核总分中扣2分" }], {
      result: { kind: "deduction-scale", maxDeduction: "2", source: "考核结果按最多扣2分进行折算" },
    });
    expect(totals(r, sheet("甲", [0, 0, "一票否决", 0]))).toEqual([["甲", "-2", null, true]]);
  });

  it("lowest-grade keeps the total and takes the lowest grade", () => {
    const r = rubric([{ kind: "veto", effect: "lowest-grade", source: "…" }], { grades });
    expect(totals(r, sheet("甲", [0, 0, "否决", 0]))).toEqual([["甲", "5", "较差", true]]);
  });

  it("a veto on an item without a veto rule is refused", () => {
    const score = scoreWorkbook({ sheets: [sheet("甲", ["一票否决", 0, 0, 0])] }, { rubric: rubric([]) });
    expect(score.units[0]?.veto).toBe(false);
    expect(score.findings.map((f) => f.code)).toContain("VETO_NOT_ALLOWED");
  });
});
