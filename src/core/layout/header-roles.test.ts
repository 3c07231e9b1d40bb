import { findingParam } from "../findings/finding";
import { scoreWorkbook } from "../score-workbook";
import { buildGrid } from "../testing/build-grid";
import type { ColumnMap } from "./column-role";
import { readScoresheets } from "./read-scoresheets";

type Row = (string | number | null)[];

/** A header row and the columns it should give, over two plain item rows. */
const HEADERS: readonly (readonly [string, Row, ColumnMap])[] = [
  ["考核标准 as the rule column", ["序号", "评价指标", "考核标准", "分值", "得分"], { serial: 0, indicator: 1, rule: 2, points: 3, score: 4 }],
  ["考评标准 and 标准分", ["考核项目", "考核内容", "标准分", "考评标准", "考核得分"], { level1: 0, content: 1, points: 2, rule: 3, score: 4 }],
  ["评分细则, 满分, 实得分", ["类别", "项目", "满分", "评分细则", "实得分"], { level1: 0, indicator: 1, points: 2, rule: 3, score: 4 }],
  ["评分办法, 权重, 评定得分", ["考核类别", "评价指标", "权重", "评分办法", "评定得分"], { level1: 0, indicator: 1, points: 2, rule: 3, score: 4 }],
  ["计分方法, 分数, 自评得分 beside 考核分", ["过程", "指标", "分数", "计分方法", "自评得分", "考核分"], { level1: 0, indicator: 1, points: 2, rule: 3, selfScore: 4, score: 5 }],
  ["考核要点 alone holds the rules", ["序号", "考核项目", "分值", "考核要点", "得分"], { serial: 0, level1: 1, points: 2, rule: 3, score: 4 }],
  ["考核要求 beside 评分标准 is the content", ["考核项目", "考核要求", "分值", "评分标准", "扣分", "得分"], { level1: 0, content: 1, points: 2, rule: 3, deduction: 4, score: 5 }],
  ["测评要点 and 考察点: the first is the rule, the second the content", ["测评指标", "测评要点", "考察点", "分值", "得分"], { indicator: 0, rule: 1, content: 2, points: 3, score: 4 }],
  ["类别 | 考核项目 | 评价指标: three levels", ["类别", "考核项目", "评价指标", "分值", "考核标准", "得分"], { level1: 0, level2: 1, indicator: 2, points: 3, rule: 4, score: 5 }],
  ["扣分情况 is a reason column, never an entry", ["考核项目", "分值", "评分标准", "扣分", "扣分情况", "得分"], { level1: 0, points: 1, rule: 2, deduction: 3, deductionNote: 4, score: 5 }],
  ["扣分原因 and 分值（分） with a colon", ["考核内容：", "分值（分）", "扣分标准", "扣分原因", "得分"], { content: 0, points: 1, rule: 2, deductionNote: 3, score: 4 }],
];

describe("header words", () => {
  it.each(HEADERS)("%s", (_, header, columns) => {
    const rows: Row[] = [["某县政务公开工作考核评分表"], header, header.map((_h, i) => (i === 0 ? "政务公开" : null)), header.map(() => null)];
    rows[2]![header.indexOf(header.find((h) => /分值|标准分|满分|权重|分数/.test(String(h))) ?? "") ] = 5;
    const table = readScoresheets(buildGrid("s", rows)).tables[0];
    expect(table?.columns).toEqual(columns);
  });
});

/** An assessor's matrix: 考核标准 header, each unit's name merged over its pair. */
function matrix(pair: readonly [string, string], units: readonly string[], rule = "考核标准"): { rows: Row[]; merges: string[] } {
  const letters = "EFGHIJKLMN";
  const header: Row = ["序号", "评价指标", rule, "分值", ...units.flatMap((u) => [u, null])];
  const second: Row = [null, null, null, null, ...units.flatMap(() => [...pair])];
  const merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", ...units.map((_, i) => `${letters[2 * i]}2:${letters[2 * i + 1]}2`)];
  const rows: Row[] = [
    ["2023年度政务公开工作考核评分表"],
    header,
    second,
    [1, "主动公开", "未按要求公开的，每项扣1分，扣完为止", 5, ...units.flatMap((_, i) => [i, null])],
    [2, "依申请公开", "逾期答复的每件扣0.5分", 3, ...units.flatMap((_, i) => [i === 1 ? 0.5 : null, null])],
    ["合计", null, null, 8, ...units.flatMap(() => [null, null])],
  ];
  return { rows, merges };
}

describe("an assessor's matrix with a 考核标准 header and units merged over pairs", () => {
  it.each([
    ["扣分|得分 under 县 names", ["扣分", "得分"], ["岳阳县", "华容县", "汨罗市"], "考核标准"],
    ["扣分|得分 under department names, 评分细则", ["扣分", "得分"], ["县政府办", "县发改局"], "评分细则"],
    ["扣分值|实得分 under four units, 考评标准", ["扣分值", "实得分"], ["甲镇", "乙镇", "丙街道", "丁乡"], "考评标准"],
  ] as const)("reads %s, one table per unit, and scores each", (_, pair, units, rule) => {
    const { rows, merges } = matrix(pair, units, rule);
    const grid = buildGrid("评分", rows, merges);
    const { tables } = readScoresheets(grid);
    expect(tables.map((t) => t.unit)).toEqual(units);
    expect(tables.map((t) => [t.columns.rule, t.columns.points, t.columns.deduction, t.columns.score])).toEqual(units.map((_u, i) => [2, 3, 4 + 2 * i, 5 + 2 * i]));
    expect(tables[0]?.items.map((i) => i.ruleText)).toEqual(["未按要求公开的,每项扣1分,扣完为止", "逾期答复的每件扣0.5分"]);
    const score = scoreWorkbook({ sheets: [grid] });
    // Unit i loses i on the first item (capped at 5) and 0.5 on the second when i is 1.
    expect(score.units.map((u) => u.total.toString())).toEqual(units.map((_u, i) => String(8 - i - (i === 1 ? 0.5 : 0))));
    expect(score.findings.filter((f) => f.code === "NO_TABLE" || f.code.startsWith("COLUMN_"))).toEqual([]);
  });

  it("reads 自评分|考核分 pairs: the 考核分 typed, the 自评分 checked against it", () => {
    const { rows, merges } = matrix(["自评分", "考核分"], ["岳阳县", "华容县"]);
    rows[3] = [1, "主动公开", "未按要求公开的，每项扣1分", 5, 5, 4, 5, 5];
    rows[4] = [2, "依申请公开", "逾期答复的每件扣0.5分", 3, 3, 3, 2.5, 2.5];
    const grid = buildGrid("评分", rows, merges);
    const { tables } = readScoresheets(grid);
    expect(tables.map((t) => [t.unit, t.columns.selfScore, t.columns.score])).toEqual([
      ["岳阳县", 4, 5],
      ["华容县", 6, 7],
    ]);
    const score = scoreWorkbook({ sheets: [grid] });
    expect(score.units.map((u) => u.total.toString())).toEqual(["7", "7.5"]);
    expect(score.findings.map((f) => f.code)).toContain("SELF_SCORE_DIFFERS");
  });

  it("keeps its units with a 备注 column merged down the header at the right", () => {
    const { rows, merges } = matrix(["扣分", "得分"], ["岳阳县", "华容县"]);
    rows[1]!.push("备注");
    rows[2]!.push(null);
    rows[3]!.push(3);
    const reading = readScoresheets(buildGrid("评分", rows, [...merges, "I2:I3"]));
    expect(reading.tables.map((t) => t.unit)).toEqual(["岳阳县", "华容县"]);
    expect(reading.findings.map((f) => [f.code, f.cell, findingParam(f, "numbers")])).toEqual([["COLUMN_IGNORED", "I2", "1"]]);
  });

  it("takes no units from two unknown words beside a table's own 得分", () => {
    const rows: Row[] = [["序号", "考核内容", "分值", "考核标准", "得分", "校对", "复核"], [1, "主动公开", 5, "未公开的扣1分", null, 1, 2]];
    const reading = readScoresheets(buildGrid("县政府办", rows));
    expect(reading.tables.map((t) => t.unit)).toEqual(["县政府办"]);
    expect(reading.findings.map((f) => [f.code, f.cell, findingParam(f, "numbers")])).toEqual([
      ["COLUMN_UNKNOWN", "F1", "1"],
      ["COLUMN_UNKNOWN", "G1", "1"],
    ]);
  });
});
