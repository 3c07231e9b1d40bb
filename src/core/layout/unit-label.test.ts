import { buildGrid } from "../testing/build-grid";
import { readScoresheets } from "./read-scoresheets";
import { unitLabel } from "./row-kinds";

describe("the unit a table assesses", () => {
  it.each([
    ["被考核单位：岳阳县", "岳阳县"],
    ["被测评单位：华容县", "华容县"],
    ["单位名称：县政府办公室", "县政府办公室"],
    ["考核对象：县发改局", "县发改局"],
    ["考评单位：甲镇人民政府", "甲镇人民政府"],
    ["被考核单位（盖章）：平江县", "平江县"],
    ["被 考 核 单 位: 汨罗市", "汨罗市"],
    ["被考核单位：临湘市    考核时间：2024年1月", "临湘市"],
    ["被考核单位：湘阴县 评分人：张三", "湘阴县"],
    ["被考核单位：", ""],
  ])("%s names %s", (text, unit) => {
    expect(unitLabel(text)).toBe(unit);
  });

  it.each([["单位：分"], ["考核内容：政务公开"], ["被考核单位岳阳县"]])("%s names no unit", (text) => {
    expect(unitLabel(text)).toBeUndefined();
  });

  const table = (above: (string | null)[][]) =>
    buildGrid("表1", [["某县政务公开考核评分表"], ...above, ["序号", "考核内容", "分值", "评分标准", "得分"], [1, "主动公开", 5, "未公开的扣1分", null]]);

  it.each([
    ["the tab, with no line above", [], "表1"],
    ["a 被测评单位 line", [["被测评单位：华容县"]], "华容县"],
    ["a label with the name in the next cell", [["考核对象：", "县教育局"]], "县教育局"],
    ["a 单位名称 line beside a date", [["单位名称：甲镇", null, "考核日期：2024年12月"]], "甲镇"],
  ] as const)("is named by %s", (_, above, unit) => {
    const { tables } = readScoresheets(table(above.map((r) => [...r])));
    expect(tables.map((t) => [t.unit, t.titles])).toEqual([[unit, ["某县政务公开考核评分表"]]]);
  });
});
