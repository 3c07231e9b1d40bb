import { findingParam } from "../findings/finding";
import { scoreWorkbook } from "../score-workbook";
import { buildGrid } from "../testing/build-grid";
import { readScoresheets } from "./read-scoresheets";

type Row = (string | number | null)[];

/** A table whose rule and points columns carry words Kaohe does not know. */
function table(ruleWord: string, pointsWord: string, points: readonly [number, number, number], total: number | null, rules?: readonly string[]): Row[] {
  const texts = rules ?? ["未按时公开年度报告的扣2分，内容不全的每项扣0.5分", "政策解读不及时的，每发现一件扣1分，扣完为止", "依申请公开逾期答复的每件扣1分"];
  return [
    ["某区政务公开工作考评表"],
    ["序号", "考评事项", pointsWord, ruleWord, "得分"],
    [1, "年度报告", points[0], texts[0] ?? "", null],
    [2, "政策解读", points[1], texts[1] ?? "", 3],
    [3, "依申请公开", points[2], texts[2] ?? "", null],
    ["合计", null, total, null, null],
  ];
}

describe("roles read from content when the header word is unknown", () => {
  it.each([
    ["考评办法 and 分", "考评办法", "分", [4, 3, 3], 10],
    ["评判依据 and 配分", "评判依据", "配分", [40, 30, 30], null],
    ["打分说明 and 标准值", "打分说明", "标准值", [2.5, 5, 2.5], 10],
  ] as const)("%s: a column of 扣…分 sentences is the rules, small numbers adding up to the total the points", (_, ruleWord, pointsWord, points, total) => {
    const grid = buildGrid("县政府办", table(ruleWord, pointsWord, points, total));
    const reading = readScoresheets(grid);
    expect(reading.tables.map((t) => [t.columns.points, t.columns.rule, t.columns.score, t.items.length])).toEqual([[2, 3, 4, 3]]);
    expect(reading.findings.map((f) => [f.code, f.cell, findingParam(f, "header")])).toEqual([
      ["COLUMN_ROLE_FROM_CONTENT", "C2", pointsWord],
      ["COLUMN_ROLE_FROM_CONTENT", "D2", ruleWord],
      ["COLUMN_UNKNOWN", "B2", "考评事项"],
    ]);
    expect(scoreWorkbook({ sheets: [grid] }).findings.map((f) => f.code)).not.toContain("NO_TABLE");
  });

  it("takes no points column whose numbers do not add up to the total: no table, and the closest row named", () => {
    const reading = readScoresheets(buildGrid("s", table("考评办法", "分", [4, 3, 2], 10)));
    // The rules alone name two roles with 序号 and 得分 — still a header (rule is an anchor).
    expect(reading.tables[0]?.columns.points).toBeUndefined();
    const none = readScoresheets(buildGrid("s", table("考评办法", "分", [4, 3, 2], 10, ["年度报告", "政策解读", "依申请"])));
    expect(none.tables).toEqual([]);
    expect(none.closest?.row).toBe(1);
  });
});
