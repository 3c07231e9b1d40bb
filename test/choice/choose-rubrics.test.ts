// One choice function for the CLI and every host (issue 11): per table,
// which rubric scores it, how sure the match is, and what became of a
// stored choice that cannot be honoured. On real fixtures built from the
// source documents.
import { bundledCatalog } from "../../src/catalog/bundled";
import type { StoredChoice, WorkbookGrid } from "../../src/core";
import { choiceLabel, choiceReasonText, chooseRubrics, confidenceLabel, findingMessage, scoreOptionsFor, scoreWorkbook } from "../../src/core";
import { fixtureById } from "../fixtures/catalog/all-fixtures";
import { readFixture } from "../layout/read-fixture";

jest.setTimeout(60_000);

const catalog = bundledCatalog();
const grid = async (id: string): Promise<WorkbookGrid> => (await readFixture(fixtureById(id))).grid;

describe("chooseRubrics", () => {
  test("三河 unit sheets: every sheet matched to its table's rubric, 高, with the counts", async () => {
    const choices = chooseRubrics(await grid("sanhe-2018.unit-sheets"), catalog);
    expect(choices.tables.length).toBe(48);
    const ids = new Set(choices.tables.map((t) => t.rubric?.id));
    expect([...ids].sort()).toEqual(["sanhe-2018-department", "sanhe-2018-town"]);
    for (const t of choices.tables) {
      expect(t.reason).toBe("matched");
      expect(t.stats?.matched).toBe(t.stats?.rows);
    }
    const town = choices.tables.find((t) => t.rubric?.id === "sanhe-2018-town");
    expect(town && choiceLabel(town)).toBe("按《三河市2018年政务公开工作考核指标（各镇区、街道办）》评分");
    expect(town && confidenceLabel(town)).toBe("高");
    expect(town && choiceReasonText(town)).toMatch(/^自动匹配：表中 30 行有 30 行对应细则 30 项/);
    expect(choices.findings).toEqual([]);
  });

  test("a matrix is one table: one choice for all its unit columns", async () => {
    const choices = chooseRubrics(await grid("sanhe-2018.matrix"), catalog);
    const sheets = new Set(choices.tables.map((t) => t.sheet));
    expect(choices.tables.length).toBe(sheets.size);
  });

  test("攀枝花 公开 and 效能 on one workbook: each table its own rubric", async () => {
    const choices = chooseRubrics(await grid("panzhihua-2016.openness-and-efficiency"), catalog);
    expect([...new Set(choices.tables.map((t) => t.rubric?.id))].sort()).toEqual(["panzhihua-2016-efficiency", "panzhihua-2016-openness"]);
  });

  test("a stored choice for all tables is honoured; an explicit one wins over it", async () => {
    const workbook = await grid("sanhe-2018.unit-sheets");
    const stored: StoredChoice = { all: { kind: "sheet" }, tables: [] };
    const choices = chooseRubrics(workbook, catalog, stored);
    expect(choices.tables.every((t) => t.rubric === undefined && t.reason === "stored")).toBe(true);
    const explicit = chooseRubrics(workbook, catalog, stored, { kind: "bundled", id: "sanhe-2018-town" });
    expect(explicit.tables.every((t) => t.rubric?.id === "sanhe-2018-town" && t.reason === "explicit")).toBe(true);
  });

  test("a table's own stored choice wins over the one for all", async () => {
    const workbook = await grid("sanhe-2018.unit-sheets");
    const first = chooseRubrics(workbook, catalog).tables[0]!;
    const stored: StoredChoice = { all: { kind: "sheet" }, tables: [{ sheet: first.sheet, anchor: first.anchor, choice: { kind: "auto" } }] };
    const choices = chooseRubrics(workbook, catalog, stored);
    expect(choices.tables[0]?.rubric?.id).toBe(first.rubric?.id);
    expect(choices.tables[1]?.rubric).toBeUndefined();
  });

  test("a stored rubric this version does not bundle: a finding, and the table is matched automatically", async () => {
    const workbook = await grid("sanhe-2018.unit-sheets");
    const choices = chooseRubrics(workbook, catalog, { all: { kind: "bundled", id: "sanhe-2017-town" }, tables: [] });
    expect(choices.tables.every((t) => t.reason === "stored-fallback" && t.rubric !== undefined)).toBe(true);
    expect(choices.findings.length).toBe(48);
    const f = choices.findings[0]!;
    expect(f.code).toBe("STORED_RUBRIC_UNKNOWN");
    expect(findingMessage(f)).toContain("“sanhe-2017-town”不是本版本内置的细则");
    expect(findingMessage(f, "en-US")).toContain("not bundled");
    const first = choices.tables[0]!;
    expect(choiceReasonText(first)).toMatch(/^保存的选择无法使用，已改为自动匹配/);
    // The scores are those of auto, and the findings reach the report.
    const score = scoreWorkbook(workbook, scoreOptionsFor(choices, catalog));
    const auto = scoreWorkbook(workbook, scoreOptionsFor(chooseRubrics(workbook, catalog), catalog));
    expect(score.units.map((u) => u.total.toFixed())).toEqual(auto.units.map((u) => u.total.toFixed()));
    expect(score.findings.filter((x) => x.code === "STORED_RUBRIC_UNKNOWN").length).toBe(48);
  });

  test("scoring with the choice gives the rubric's policies (百分比转换, 等次)", async () => {
    const workbook = await grid("sanhe-2018.unit-sheets");
    const score = scoreWorkbook(workbook, scoreOptionsFor(chooseRubrics(workbook, catalog), catalog));
    expect(score.units.length).toBe(48);
    expect(score.units.every((u) => u.grade !== null)).toBe(true);
    expect(score.units.every((u) => u.rubricId.startsWith("sanhe-2018-"))).toBe(true);
  });
});
