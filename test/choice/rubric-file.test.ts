// A rubric or groups file the user opens in a host: accepted as a choice, or
// refused with Chinese messages naming the item (the previous choice kept).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundledCatalog } from "../../src/catalog/bundled";
import { EMPTY_CATALOG, groupsFileChoice, rubricFileChoice } from "../../src/core";

const RUBRICS = join(__dirname, "..", "..", "rubrics");
const text = (name: string): string => readFileSync(join(RUBRICS, name), "utf8");

test("a bundled rubric's file is a custom choice holding the whole rubric", () => {
  const result = rubricFileChoice(text("yueyang-county.json"), bundledCatalog());
  expect(result.ok && result.choice.kind === "custom" && result.choice.rubric.id).toBe("yueyang-county");
});

test("not JSON, the wrong kind, a schema failure: Chinese messages", () => {
  const notJson = rubricFileChoice("{ items: ", bundledCatalog());
  expect(!notJson.ok && notJson.errors[0]).toMatch(/^文件不是有效的 JSON：/);
  const groups = rubricFileChoice(text("sanhe-2018-groups.json"), bundledCatalog());
  expect(!groups.ok && groups.errors).toEqual(["这是 groups 文件，不是评分细则（rubric）"]);
  const rubric = JSON.parse(text("yueyang-county.json")) as { items: { points: unknown }[] };
  rubric.items[1]!.points = "many";
  const broken = rubricFileChoice(JSON.stringify(rubric), bundledCatalog());
  expect(!broken.ok && broken.errors.join("\n")).toMatch(/^细则文件无效：items\[1: [^\]]+\]\.points/m);
});

test("a rubric naming data files the catalog lacks is refused, naming them", () => {
  const result = rubricFileChoice(text("panzhihua-2016-info-city.json"), EMPTY_CATALOG);
  expect(!result.ok && result.errors).toEqual(["细则引用的任务分配表“panzhihua-2016-info-targets”不存在", "细则引用的计分标准“panzhihua-2016-info-points”不存在"]);
  expect(rubricFileChoice(text("panzhihua-2016-info-city.json"), bundledCatalog()).ok).toBe(true);
});

test("a groups file for 生成汇总", () => {
  const result = groupsFileChoice(text("sanhe-2018-groups.json"));
  expect(result.ok && result.choice.kind === "custom" && result.choice.file.groups.length).toBe(2);
  expect(groupsFileChoice(text("yueyang-county.json")).ok).toBe(false);
});
