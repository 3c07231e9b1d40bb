import { readScoresheets } from "../layout/read-scoresheets";
import { buildReport } from "../report/build-report";
import { inferRubric } from "./infer-rubric";
import { parseRubricFile } from "./parse-rubric-file";
import { scoreWorkbook } from "../score-workbook";
import { buildGrid } from "../testing/build-grid";

type Row = (string | number | null)[];

/** One unit's sheet: a title naming the unit, two items (6 and 4 points), the notes given. */
function unitSheet(unit: string, entries: readonly [Row[number], Row[number]], notes: readonly string[], points: readonly [number, number] = [6, 4]) {
  const rows: Row[] = [
    [`${unit}2024年度政务公开工作考核评分表`],
    ["序号", "考核项目", "分值", "考核标准", "扣分", "得分"],
    [1, "主动公开", points[0], "未按要求公开的每项扣1分", entries[0], null],
    [2, "依申请公开", points[1], "逾期答复的每件扣0.5分", entries[1], null],
    ["合计", null, points[0] + points[1], null, null, null],
    ...notes.map((n) => [n]),
  ];
  return buildGrid(unit, rows);
}

describe("notes under the table, without a rubric", () => {
  const NOTES = ["注：1、各项扣分以该项分值扣完为止。", "2、得分折算为百分制。", "3、90分以上为优秀，60分至89分为合格，60分以下为不合格。", "4、被通报批评的，年度考核降一个等次。"];

  it("caps deductions at the points, converts to 百分制 over the items that apply, grades with 以上 inclusive", () => {
    const sheets = [unitSheet("甲县", [0.6, "不涉及"], NOTES), unitSheet("乙县", [9, 1], NOTES), unitSheet("丙县", [0, 0.4], NOTES)];
    const score = scoreWorkbook({ sheets });
    // 甲县: 5.4 of the 6 points that apply = 90 → 优秀 (90 is 以上); 乙县: 6 capped, 3 of 10 = 30; 丙县: 9.6 of 10 = 96.
    expect(score.units.map((u) => [u.unit, u.total.toString(), u.grade])).toEqual([
      ["甲县", "90", "优秀"],
      ["乙县", "30", "不合格"],
      ["丙县", "96", "优秀"],
    ]);
    expect(score.findings.filter((f) => f.code === "CAP_EXCEEDED").map((f) => f.sheet)).toEqual(["乙县"]);
    const unread = score.findings.filter((f) => f.code === "NOTE_UNREAD");
    expect(unread.map((f) => [f.sheet, f.params])).toEqual(["甲县", "乙县", "丙县"].map((s) => [s, { note: "被通报批评的,年度考核降一个等次。", row: "9" }]));
  });

  it("says a note about units without the task where 不涉及 was typed, and always in a draft", () => {
    const note = ["注：无政务服务中心建设任务的单位，其该项目得分按有建设任务单位得分的平均分值计分。"];
    const sheets = [unitSheet("甲县", [0, "不涉及"], note), unitSheet("乙县", [1, 0], note)];
    const unread = scoreWorkbook({ sheets }).findings.filter((f) => f.code === "NOTE_UNREAD");
    expect(unread.map((f) => f.sheet)).toEqual(["甲县"]);
    const table = readScoresheets(sheets[1]!).tables[0];
    expect(table && inferRubric(table).findings.map((f) => f.code)).toEqual(["NOTE_UNREAD"]);
  });

  it("drafts a rubric file that passes the check, the notes' policies in it", () => {
    const table = readScoresheets(unitSheet("甲县", [0, 0], NOTES)).tables[0];
    if (!table) throw new Error("no table");
    const drafted: unknown = JSON.parse(JSON.stringify(inferRubric(table).rubric));
    const checked = parseRubricFile(drafted);
    expect(checked.ok).toBe(true);
    if (!checked.ok || checked.file.kind !== "rubric") return;
    expect([checked.file.policies.map((p) => p.kind), checked.file.result?.kind, checked.file.grades?.map((g) => g.name), checked.file.notes?.length]).toEqual([
      ["deduction-cap-is-points"],
      "percentage",
      ["优秀", "合格", "不合格"],
      4,
    ]);
  });

  it.each([
    ["85分（含）以上为优秀，85分以下为合格", "85", [["甲县", "优秀"], ["乙县", "合格"], ["丙县", "优秀"]]],
    ["85分以上（不含85分）为优秀，其余为合格", "85", [["甲县", "合格"], ["乙县", "合格"], ["丙县", "优秀"]]],
    ["考核结果分为优秀（85分以上）、合格（60-84分）、不合格（60分以下）", "85", [["甲县", "优秀"], ["乙县", "合格"], ["丙县", "优秀"]]],
  ] as const)("grade edges: %s", (note, _edge, grades) => {
    // 甲县 loses 15 of 100 (85), 乙县 16 (84), 丙县 14 (86).
    const sheets = [[10, 5], [10, 6], [10, 4]].map(([a, b], i) => unitSheet(["甲县", "乙县", "丙县"][i] ?? "", [a ?? 0, b ?? 0], [`注：${note}`], [60, 40]));
    const score = scoreWorkbook({ sheets });
    expect(score.units.map((u) => [u.unit, u.grade])).toEqual(grades.map((g) => [...g]));
    expect(score.findings.filter((f) => f.code === "NOTE_UNREAD")).toEqual([]);
  });
});

describe("sheets printed from one table rank together without a rubric", () => {
  it("gives a sheet per unit one group, though each title names its unit", () => {
    const sheets = [unitSheet("甲县", [1, 0], []), unitSheet("乙县", [0, 0], []), unitSheet("丙县", [2, 1], [])];
    const report = buildReport(scoreWorkbook({ sheets }).units, []);
    expect(new Set(report.units.map((u) => u.group))).toEqual(new Set(["2024年度政务公开工作考核评分表"]));
    expect(report.units.map((u) => [u.unit, u.rank])).toEqual([
      ["甲县", 2],
      ["乙县", 1],
      ["丙县", 3],
    ]);
  });

  it("keeps tables with other points (or other rows) in groups of their own", () => {
    const sheets = [unitSheet("甲县", [1, 0], []), unitSheet("乙县", [0, 0], [], [5, 5]), unitSheet("丙县", [2, 1], [])];
    const units = scoreWorkbook({ sheets }).units;
    expect(units.map((u) => u.rubricId === units[0]?.rubricId)).toEqual([true, false, true]);
    const report = buildReport(units, []);
    expect(report.units.map((u) => [u.unit, u.group, u.rank])).toEqual([
      ["甲县", "2024年度政务公开工作考核评分表", 1],
      ["乙县", "2024年度政务公开工作考核评分表（2）", 1],
      ["丙县", "2024年度政务公开工作考核评分表", 2],
    ]);
  });

  it("respects a title that names another table: its own group, the same rows notwithstanding", () => {
    const a = unitSheet("甲县", [1, 0], []);
    const b = unitSheet("乙县", [0, 0], []);
    const retitled = { ...b, values: [["二、对市直部门单位的考核"], ...b.values.slice(1)] };
    const report = buildReport(scoreWorkbook({ sheets: [a, retitled] }).units, []);
    expect(report.units.map((u) => [u.unit, u.group, u.rank])).toEqual([
      ["甲县", "2024年度政务公开工作考核评分表", 1],
      ["乙县", "二、对市直部门单位的考核", 1],
    ]);
  });

  it("gives untitled sheets of one table one group, of another table a numbered one", () => {
    const untitled = (g: ReturnType<typeof unitSheet>) => ({ ...g, values: g.values.slice(1) });
    const units = scoreWorkbook({ sheets: [untitled(unitSheet("甲县", [1, 0], [])), untitled(unitSheet("乙县", [0, 0], [])), untitled(unitSheet("丙县", [0, 0], [], [7, 3]))] }).units;
    expect(units.map((u) => [u.unit, u.group])).toEqual([
      ["甲县", ""],
      ["乙县", ""],
      ["丙县", "评分表（2）"],
    ]);
  });
});
