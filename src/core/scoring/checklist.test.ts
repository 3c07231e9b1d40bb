import { scoreWorkbook } from "../score-workbook";
import { buildGrid } from "../testing/build-grid";
import { findingParam } from "../findings/finding";

// 2013 checklist layout: 指标名称 具体内容 实施情况 — every item a 是否 question.
const HEADER = ["指标名称", "具体内容", "实施情况"];

function unit(answers: (string | null)[]) {
  const questions = ["是否成立领导小组", "是否明确分管领导", "是否公开指南", "是否公开目录"];
  const sections = ["组织领导", null, "政府信息公开", null];
  return buildGrid("东城区", [HEADER, ...questions.map((q, i) => [sections[i] ?? null, q, answers[i] ?? null])]);
}

describe("checklists: completion rate per unit and per section", () => {
  it("是 counts, 否 does not, 不涉及 leaves the question out: 2 of 3 = 66.67%", () => {
    const score = scoreWorkbook({ sheets: [unit(["是", "否", "√", "不涉及"])] });
    const u = score.units[0]!;
    expect([u.raw.toFixed(), u.max.toFixed(), u.total.toFixed()]).toEqual(["2", "3", "66.67"]);
    expect(u.sections.map((s) => [s.name, s.score.toFixed(), s.max?.toFixed()])).toEqual([
      ["组织领导", "1", "2"],
      ["政府信息公开", "1", "1"],
    ]);
    expect(score.findings).toEqual([]);
  });

  it("an answer that is not 是/否 is refused with its cell; a blank one is reported", () => {
    const score = scoreWorkbook({ sheets: [unit(["是", "大概", null, "是"])] });
    expect(score.findings.map((f) => [f.code, f.cell])).toEqual([
      ["ANSWER_NOT_YES_NO", "C3"],
      ["ENTRY_MISSING", "C4"],
    ]);
  });
});

describe("自评分 beside 考核分", () => {
  it("lists every difference between the two, on the 考核分 cell", () => {
    const grid = buildGrid("甲", [
      ["一级指标", "二级指标", "分值", "评分标准", "自评分", "考核分"],
      ["组织保障(10)", "领导", 5, "未听取汇报的扣5分", 5, 5],
      [null, "机构", 5, "未设机构的扣5分", 5, 3],
    ]);
    const score = scoreWorkbook({ sheets: [grid] });
    expect(score.findings.map((f) => [f.code, f.cell, findingParam(f, "self"), findingParam(f, "score")])).toEqual([["SELF_SCORE_DIFFERS", "F3", "5", "3"]]);
    expect(score.units[0]?.total.toFixed()).toBe("8");
  });
});
