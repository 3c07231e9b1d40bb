import { buildGrid } from "../testing/build-grid";
import { readScoresheets } from "./read-scoresheets";

const HEADER = ["一级指标", "二级指标", "三级指标", "具体内容", "分值", "扣分办法", "扣分", "得分"];

/** A small 岳阳-like table: section points in labels, blank cells meaning "same as above". */
function smallTable(): (string | number | null)[][] {
  return [
    ["岳阳市政务公开政务服务工作考核细则"],
    ["被考核单位：岳阳县"],
    HEADER,
    ["组织领导\n\n（5）", "工作保障", "工作部署", "纳入议事日程", 2, "未纳入综合考评的扣1分", null, null],
    [null, null, "机构保障", "建立常设机构", "3分", "未设立常设机构的扣0.5分", null, null],
    HEADER,
    ["政府信息公    开（40）", "公开规范", "载体建设", "建立平台", "２", "未建立的扣1分", null, null],
    [null, null, null, "编印政府公报", "38", "未编印扣0.5分", null, null],
    [null, "主动公开", null, "概况信息", "—", "未公开的扣1分", null, null],
    ["合计", null, null, null, null, null, null, null],
    [],
    ["注：1、所有的扣分上限不超过该项目最高分值，扣完为止。"],
    ["2、第二条说明"],
  ];
}

describe("readScoresheets", () => {
  it("reads items, sections, totals and notes, skipping the repeated header", () => {
    const { tables } = readScoresheets(buildGrid("岳阳县", smallTable()));
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(table.unit).toBe("岳阳县");
    expect(table.headerRows).toEqual([2, 5]);
    expect(table.items.map((i) => i.row)).toEqual([3, 4, 6, 7, 8]);
    expect(table.sections.map((s) => [s.name, s.points])).toEqual([
      ["组织领导", "5"],
      ["政府信息公开", "40"],
    ]);
    expect(table.totals).toEqual([{ row: 9, label: "合计" }]);
    expect(table.notes).toHaveLength(2);
    expect(table.titles).toEqual(["岳阳市政务公开政务服务工作考核细则"]);
  });

  it("fills blank indicator cells down, but a new 二级 does not inherit the old 三级", () => {
    const table = readScoresheets(buildGrid("s", smallTable())).tables[0]!;
    const paths = table.items.map((i) => i.path.join("/"));
    expect(paths).toEqual([
      "组织领导/工作保障/工作部署",
      "组织领导/工作保障/机构保障",
      "政府信息公开/公开规范/载体建设",
      "政府信息公开/公开规范/载体建设",
      "政府信息公开/主动公开",
    ]);
  });

  it("reads vertically merged indicator cells the same as blank ones", () => {
    const rows = smallTable();
    rows[4]![0] = null;
    const merged = readScoresheets(buildGrid("s", rows, ["A4:A5", "B4:B5", "A7:A9", "B7:B8", "C7:C8"])).tables[0]!;
    const blank = readScoresheets(buildGrid("s", rows)).tables[0]!;
    expect(merged.items.map((i) => i.path)).toEqual(blank.items.map((i) => i.path));
  });

  it("reads points as 2, \"3分\", full-width \"２\" and \"—\" for none", () => {
    const table = readScoresheets(buildGrid("s", smallTable())).tables[0]!;
    expect(table.items.map((i) => (i.points.kind === "points" ? i.points.points.toString() : i.points.kind))).toEqual(["2", "3", "2", "38", "none"]);
  });

  it("finds two tables on one sheet, separated by the first one's notes", () => {
    const rows = [...smallTable(), ["二、对市直部门单位"], ...smallTable().slice(2, 5)];
    const { tables } = readScoresheets(buildGrid("s", rows));
    expect(tables).toHaveLength(2);
    expect(tables[1]!.titles).toEqual(["二、对市直部门单位"]);
    expect(tables[1]!.items).toHaveLength(2);
  });

  it("reads a lone sentence right under 注： as a note, and a title right above the next header as that table's", () => {
    const rows = [...smallTable().slice(0, 10), ["注：评分标准摘自原文。"], ["扣分以评分标准为准，扣完为止。"], ["市直部门考核评分表"], ...smallTable().slice(2, 5)];
    const { tables } = readScoresheets(buildGrid("s", rows));
    expect(tables.map((t) => [t.notes, t.titles])).toEqual([
      [["注:评分标准摘自原文。", "扣分以评分标准为准,扣完为止。"], ["岳阳市政务公开政务服务工作考核细则"]],
      [[], ["市直部门考核评分表"]],
    ]);
  });

  it("reads a two-row header", () => {
    const rows = [
      ["序号", "考核内容", "分值", "评分标准", "考核结果", null],
      [null, null, null, null, "扣分", "得分"],
      [1, "决策公开", 2, "未公开的扣1分", null, null],
    ];
    const table = readScoresheets(buildGrid("s", rows, ["E1:F1"])).tables[0]!;
    expect(table.columns).toMatchObject({ serial: 0, content: 1, points: 2, rule: 3, deduction: 4, score: 5 });
    expect(table.items).toHaveLength(1);
  });

  it("names the closest header row when no table is found", () => {
    const reading = readScoresheets(buildGrid("s", [["说明"], ["名称", "分值", "联系人"], ["a", 1, null]]));
    expect(reading.tables).toHaveLength(0);
    expect(reading.closest?.row).toBe(1);
    expect(reading.closest?.text).toContain("分值");
  });
});
