// A column staff type beside the official ones (备注, 校验, 核查状态…) is an
// ignored column, never a unit: the 岳阳 example with such a column added on
// 岳阳县's header keeps three units and 岳阳县's 96.5, with or without --rubric,
// and the column is reported when it holds numbers or its word is unknown.
import type ExcelJS from "exceljs";
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { Rubric } from "../../src/core";
import { scoreWorkbook } from "../../src/core";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import { loadRubric } from "../rubrics/load-rubric-file";

const yueyangRubric: Rubric = loadRubric("yueyang-county");

/** The first header row of a sheet (1-based), found by its 一级指标 cell. */
function headerRowOf(sheet: ExcelJS.Worksheet): number {
  for (let row = 1; row <= sheet.rowCount; row++) if (String(sheet.getCell(row, 1).value ?? "").includes("一级指标")) return row;
  throw new Error(`no header on ${sheet.name}`);
}

interface Added {
  readonly words: readonly string[];
  /** What is typed under each added header, on the first items. */
  readonly values: readonly (string | number)[];
}

/** The example with columns added to the right of 得分 on 岳阳县 (first header only, as a user types them). */
function withColumns(added: Added): ExcelJS.Workbook {
  const workbook = buildYueyangCountyExample();
  const sheet = workbook.getWorksheet("岳阳县");
  if (!sheet) throw new Error("no 岳阳县 sheet");
  const header = headerRowOf(sheet);
  const width = sheet.getRow(header).cellCount;
  added.words.forEach((word, i) => {
    sheet.getCell(header, width + 1 + i).value = word;
    added.values.forEach((value, r) => (sheet.getCell(header + 1 + r, width + 1 + i).value = value));
  });
  return workbook;
}

const CASES: readonly (readonly [string, Added, readonly string[]])[] = [
  ["备注 with text", { words: ["备注"], values: ["已核", "材料齐全"] }, []],
  ["备注 with numbers", { words: ["备注"], values: [88, 2] }, ["COLUMN_IGNORED"]],
  ["校验 with numbers", { words: ["校验"], values: [1, 0, 1] }, ["COLUMN_IGNORED"]],
  ["核查状态 and 整改情况", { words: ["核查状态", "整改情况"], values: ["已核查", 1] }, ["COLUMN_IGNORED", "COLUMN_IGNORED"]],
  ["an unknown word", { words: ["核对人"], values: ["张三"] }, ["COLUMN_UNKNOWN"]],
  ["two unknown words, numbers under them", { words: ["复查1", "复查2"], values: [3, 4] }, ["COLUMN_UNKNOWN", "COLUMN_UNKNOWN"]],
  ["a second 得分 column", { words: ["得分"], values: [2, 3] }, ["COLUMN_UNKNOWN"]],
];

describe.each([
  ["without a rubric", undefined],
  ["with --rubric", yueyangRubric],
] as const)("the 岳阳 example with columns added %s", (_, rubric) => {
  it.each(CASES)("%s: three units, 岳阳县 96.5, its 合计 written as 96.5", (_name, added, codes) => {
    const grid = workbookToGrid(withColumns(added));
    const score = scoreWorkbook(grid, rubric ? { rubric } : {});
    expect(score.units.map((u) => [u.unit, u.total.toString()])).toEqual([
      ["岳阳县", "96.5"],
      ["华容县", "97"],
      ["汨罗市", "98.5"],
    ]);
    const totalWrite = score.writes.filter((w) => w.sheet === "岳阳县").map((w) => w.value);
    expect(totalWrite).toContain(96.5);
    expect(totalWrite).not.toContain(88);
    const columnCodes = score.findings.filter((f) => f.code.startsWith("COLUMN_")).map((f) => f.code);
    expect(columnCodes).toEqual(codes);
  });
});

it("names the ignored column and the numbers in it, in Chinese and English", () => {
  const grid = workbookToGrid(withColumns({ words: ["校验"], values: [1, 0, 1] }));
  const found = scoreWorkbook(grid).findings.find((f) => f.code === "COLUMN_IGNORED");
  expect(found?.params).toEqual({ header: "校验", numbers: "3" });
  expect(found?.sheet).toBe("岳阳县");
});
