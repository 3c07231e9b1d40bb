import type { CellValue } from "../grid/sheet-grid";
import type { Rubric, RubricPolicy } from "../rubric/rubric-schema";
import { scoreWorkbook } from "../score-workbook";
import { buildGrid } from "../testing/build-grid";

/** A (a1 4分, a2 6分), B 第三方评估 (b1 10分), 加分 (c1 up to 3分). */
function rubric(policies: RubricPolicy[]): Rubric {
  return {
    kind: "rubric",
    id: "t",
    title: "t",
    region: "",
    assesses: "组",
    totalPoints: "20",
    sections: [
      { name: "A", points: "10", kind: "base" },
      { name: "B", points: "10", kind: "base" },
      { name: "加分", points: "3", kind: "bonus" },
    ],
    items: [
      { id: "A/a1", section: "A", path: ["A", "a1"], content: "", points: "4", rule: "", clauses: [] },
      { id: "A/a2", section: "A", path: ["A", "a2"], content: "", points: "6", rule: "", clauses: [] },
      { id: "B/b1", section: "B", path: ["B", "b1"], content: "", points: "10", rule: "", clauses: [] },
      { id: "加分/c1", section: "加分", path: ["加分", "c1"], content: "", points: "3", rule: "", clauses: [], bonusCap: "3" },
    ],
    policies,
  };
}

function sheet(a1: CellValue, a2: CellValue, b1: CellValue, c1: CellValue) {
  return buildGrid("甲", [
    ["一级指标", "二级指标", "分值", "扣分办法", "扣分", "加分", "得分"],
    ["A(10)", "a1", 4, "", a1, null, null],
    [null, "a2", 6, "", a2, null, null],
    ["B(10)", "b1", 10, "", b1, null, null],
    ["加分(3)", "c1", 3, "", null, c1, null],
  ]);
}

function run(policies: RubricPolicy[], ...entries: [CellValue, CellValue, CellValue, CellValue]) {
  const scored = scoreWorkbook({ sheets: [sheet(...entries)] }, { rubric: rubric(policies) });
  const unit = scored.units[0];
  return { total: unit?.total.toFixed(), codes: scored.findings.map((f) => f.code), params: scored.findings.map((f) => f.params) };
}

describe("rubric policies the scorer applies", () => {
  const gate: RubricPolicy = { kind: "gate", min: "18", inclusive: true, unlocks: "bonus", source: "自评得分达到18分以上方可申报加分" };

  it("a gate met: the bonus counts", () => {
    expect(run([gate], 1, 1, 0, 2)).toMatchObject({ total: "20", codes: [] });
  });

  it("a gate not met: the bonus does not count, and says so", () => {
    const r = run([gate], 2, 1, 0, 2);
    expect(r.total).toBe("17");
    expect(r.codes).toEqual(["GATE_NOT_MET"]);
    expect(r.params[0]).toMatchObject({ base: "17", min: "18", bonus: "2" });
  });

  it("a pass mark: 单项得分低于满分60% is reported per item; the score stands", () => {
    const r = run([{ kind: "pass-mark", scope: "item", share: "0.6", inclusive: false, verdict: "不合格", source: "单项得分低于满分60%的评为不合格" }], 2, "2.4", 0, 0);
    // a1 2/4 = 50% fails; a2 3.6/6 = 60% is not below.
    expect(r.total).toBe("15.6");
    expect(r.codes).toEqual(["BELOW_PASS_MARK"]);
    expect(r.params[0]).toMatchObject({ what: "A / a1", score: "2", mark: "2.4", verdict: "不合格" });
  });

  it("a weighted part: 第三方评估得分按30%计入", () => {
    const r = run([{ kind: "weighted-part", sections: ["B"], weight: "0.3", source: "第三方评估得分按30%计入" }], 0, 0, 2, 0);
    // A 10 + B 8 × 0.3 = 2.4
    expect(r.total).toBe("12.4");
    expect(r.codes).toEqual(["WEIGHTED_PART"]);
  });

  it("a cap stated for a 一级指标 only: its items' deductions together take at most the cap", () => {
    const r = run([{ kind: "section-deduction-cap", sections: ["A"], cap: "3", source: "本项扣分不超过3分" }], 3, 2, 0, 0);
    // A deducted 5, capped at 3: A 7, B 10.
    expect(r.total).toBe("17");
    expect(r.codes).toEqual(["SECTION_CAP_EXCEEDED"]);
  });
});
