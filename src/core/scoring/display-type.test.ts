import { scoreWorkbook } from "../score-workbook";
import { buildGrid } from "../testing/build-grid";
import { findingMessage } from "../findings/messages";
import type { CellValue, SheetGrid } from "../grid/sheet-grid";

// 岳阳-like: 扣分 entries beside 得分, one item a row.
const HEADER = ["一级指标", "二级指标", "分值", "扣分办法", "扣分", "得分"];
function sheet(deductions: CellValue[], numberFormats: Record<string, string>): SheetGrid {
  const rows = deductions.map((d, i): CellValue[] => [i === 0 ? "组织领导(20)" : null, `第${i + 1}项`, 5, "未落实的扣1分", d, null]);
  return { ...buildGrid("县区", [HEADER, ...rows]), numberFormats };
}

function entryFindings(grid: SheetGrid): string[][] {
  return scoreWorkbook({ sheets: [grid] })
    .findings.filter((f) => f.code === "ENTRY_DISPLAY_TYPE" || f.code === "ENTRY_NOT_NUMBER")
    .map((f) => [f.code, f.cell, f.severity, findingMessage(f, "zh-CN")]);
}

describe("ENTRY_DISPLAY_TYPE: an entry typed as a date, percent or boolean says what Excel shows", () => {
  it("a date in 扣分 is an error naming 2024/1/1, and is never counted as 45292 points", () => {
    const grid = sheet([45292, 1, null, null], { E2: "yyyy/m/d" });
    const score = scoreWorkbook({ sheets: [grid] });
    expect(entryFindings(grid)).toEqual([
      ["ENTRY_DISPLAY_TYPE", "E2", "error", "扣分单元格在 Excel 中显示为日期“2024/1/1”（实际数值 45292），不是分数，未计入；请把单元格格式改为“常规”后重新填写"],
    ]);
    // Only the plain 1 counts: 20 − 1.
    expect(score.units[0]?.total.toFixed()).toBe("19");
  });

  it("a percent in 扣分 is counted as the fraction Excel stores and reported with what Excel shows", () => {
    const grid = sheet([0.05, 0.5, null, null], { E2: "0%", E3: "0.0%" });
    const score = scoreWorkbook({ sheets: [grid] });
    expect(entryFindings(grid).map((f) => f.slice(0, 3))).toEqual([
      ["ENTRY_DISPLAY_TYPE", "E2", "error"],
      ["ENTRY_DISPLAY_TYPE", "E3", "error"],
    ]);
    expect(entryFindings(grid)[1]?.[3]).toContain("显示为百分比“50.0%”（实际数值 0.5），已按 0.5 计入");
    expect(score.units[0]?.total.toFixed()).toBe("19.45");
  });

  it("TRUE in 扣分 is a boolean, not a score: one finding (not also ENTRY_NOT_NUMBER), not counted", () => {
    const grid = sheet([true, null, null, null], {});
    expect(entryFindings(grid)).toEqual([["ENTRY_DISPLAY_TYPE", "E2", "error", "扣分单元格在 Excel 中显示为逻辑值“TRUE”，不是分数，未计入；请把单元格格式改为“常规”后重新填写"]]);
  });

  it("a plain number under a number format (0.0) is just a number", () => {
    const grid = sheet([1, 0.5, null, null], { E2: "0.0", E3: "0.00_ " });
    expect(entryFindings(grid)).toEqual([]);
    expect(scoreWorkbook({ sheets: [grid] }).units[0]?.total.toFixed()).toBe("18.5");
  });

  it("a format on a cell that is not an entry (分值 shown as 0%) raises nothing here", () => {
    const grid = sheet([1, null, null, null], { C2: "0%" });
    expect(entryFindings(grid)).toEqual([]);
  });

  it("a checklist's TRUE in 实施情况 is not guessed to be 是: an error, the question counted as unanswered", () => {
    const grid = buildGrid("东城区", [
      ["指标名称", "具体内容", "实施情况"],
      ["组织领导", "是否成立领导小组", true],
      [null, "是否明确分管领导", "是"],
    ]);
    const score = scoreWorkbook({ sheets: [grid] });
    expect(score.findings.map((f) => [f.code, f.cell, findingMessage(f, "zh-CN")])).toEqual([
      ["ENTRY_DISPLAY_TYPE", "C2", "实施情况单元格在 Excel 中显示为逻辑值“TRUE”，不是“是”或“否”，未计入；请把单元格格式改为“常规”后重新填写"],
    ]);
    expect(score.units[0]?.raw.toFixed()).toBe("1");
  });

  it("a typed 考核分 shown as a date is not a score, and a 自评分 shown as a date is reported too", () => {
    const grid: SheetGrid = {
      ...buildGrid("甲", [
        ["一级指标", "二级指标", "分值", "评分标准", "自评分", "考核分"],
        ["组织保障(10)", "领导", 5, "未听取汇报的扣5分", 45292, 45293],
        [null, "机构", 5, "未设机构的扣5分", 5, 5],
      ]),
      numberFormats: { E2: "yyyy/m/d", F2: "yyyy/m/d" },
    };
    const score = scoreWorkbook({ sheets: [grid] });
    expect(score.findings.filter((f) => f.code === "ENTRY_DISPLAY_TYPE").map((f) => [f.cell, f.params])).toEqual([
      ["F2", { column: "得分", type: "date", shown: "2024/1/2", stored: "45293" }],
      ["E2", { column: "自评分", type: "date", shown: "2024/1/1", stored: "45292" }],
    ]);
    expect(score.findings.some((f) => f.code === "SELF_SCORE_DIFFERS")).toBe(false);
  });
});
