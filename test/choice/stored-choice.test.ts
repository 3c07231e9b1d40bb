// The stored choice travels in the workbook as cell text of Kaohe's settings
// sheet: decoded from the grid by the core, planned as rows for the host to
// write, honoured by `kaohe … --rubric auto` exactly as by the add-in, and
// overridden by an explicit --rubric.
import { bundledCatalog } from "../../src/catalog/bundled";
import type { SheetGrid, StoredChoice, WorkbookGrid } from "../../src/core";
import {
  chooseRubrics,
  findingMessage,
  readStoredChoice,
  SETTINGS_PIECE,
  SETTINGS_SHEET,
  storedChoiceRows,
  withAllChoice,
  withGroupsChoice,
  withTableChoice,
} from "../../src/core";
import { gridToWorkbook } from "../../bench/grid-to-xlsx";
import { readReport, scoreFile, writeWorkbook } from "../bad-input/helpers";
import { fixtureById } from "../fixtures/catalog/all-fixtures";
import { readFixture } from "../layout/read-fixture";

jest.setTimeout(60_000);

const catalog = bundledCatalog();
const department = catalog.rubrics.find((r) => r.id === "sanhe-2018-department")!;

function settingsSheet(stored: StoredChoice): SheetGrid {
  return { name: SETTINGS_SHEET, values: storedChoiceRows(stored), merges: [] };
}

function withSettings(workbook: WorkbookGrid, sheet: SheetGrid): WorkbookGrid {
  return { sheets: [...workbook.sheets.filter((s) => s.name !== SETTINGS_SHEET), sheet] };
}

describe("stored choice as cell text", () => {
  test("nothing stored: no choice", () => {
    expect(readStoredChoice({ sheets: [] })).toEqual({ tables: [] });
  });

  test("a custom rubric of ~70 KB is split into cells of at most 32,000 characters and read back whole", () => {
    const stored = withGroupsChoice(withAllChoice({ tables: [] }, { kind: "custom", rubric: department }), { kind: "bundled", id: "sanhe-2018-groups" });
    const rows = storedChoiceRows(stored);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const [cell] of rows) expect(String(cell).length).toBeLessThanOrEqual(SETTINGS_PIECE + 1);
    // No piece can be taken for a number or a formula.
    for (const [cell] of rows.slice(1)) expect(String(cell).startsWith("|")).toBe(true);
    expect(readStoredChoice({ sheets: [settingsSheet(stored)] })).toEqual(stored);
  });

  test("per-table choices: set, replaced, removed by auto", () => {
    const a = { sheet: "市财政局", anchor: "A3" };
    let stored = withTableChoice({ tables: [] }, a, { kind: "bundled", id: "sanhe-2018-town" });
    stored = withTableChoice(stored, a, { kind: "sheet" });
    expect(stored.tables).toEqual([{ ...a, choice: { kind: "sheet" } }]);
    expect(readStoredChoice({ sheets: [settingsSheet(stored)] })).toEqual(stored);
    expect(withTableChoice(stored, a, { kind: "auto" }).tables).toEqual([]);
  });

  test("a corrupt stored custom rubric: STORED_RUBRIC_INVALID naming the item, and auto", async () => {
    const workbook = (await readFixture(fixtureById("sanhe-2018.unit-sheets"))).grid;
    const broken = { ...department, items: department.items.map((item, i) => (i === 2 ? { ...item, points: "many" } : item)) };
    const sheet = settingsSheet({ all: { kind: "custom", rubric: broken }, tables: [] });
    const choices = chooseRubrics(withSettings(workbook, sheet), catalog, readStoredChoice({ sheets: [sheet] }));
    expect(choices.tables.every((t) => t.reason === "stored-fallback" && t.rubric?.id.startsWith("sanhe-2018-"))).toBe(true);
    const f = choices.findings[0]!;
    expect(f.code).toBe("STORED_RUBRIC_INVALID");
    expect(findingMessage(f)).toMatch(/自定义细则无效：items\[2: [^\]]+\]\.points/);
  });

  test("a stored text cut short is unreadable, not a crash", () => {
    const rows = storedChoiceRows({ all: { kind: "custom", rubric: department }, tables: [] });
    const cut: SheetGrid = { name: SETTINGS_SHEET, values: rows.slice(0, 2), merges: [] };
    const stored = readStoredChoice({ sheets: [cut] });
    expect(stored.all).toEqual({ kind: "unreadable", reason: expect.stringContaining("不是有效的 JSON") });
  });
});

describe("kaohe --rubric auto honours the stored choice; --rubric ID overrides it", () => {
  let input: string;

  beforeAll(async () => {
    const fixture = (await readFixture(fixtureById("sanhe-2018.unit-sheets"))).grid;
    // Two sheets are enough: one 部门, one 镇区.
    const sheets = [fixture.sheets.find((s) => s.name === "市财政局")!, fixture.sheets.find((s) => s.name === "燕郊镇")!];
    const stored = withAllChoice({ tables: [] }, { kind: "sheet" });
    input = await writeWorkbook(gridToWorkbook({ sheets: [...sheets, settingsSheet(stored)] }));
  });

  test("stored 按表内评分标准: --rubric auto reads the sheets' own text, as the add-in would", async () => {
    const { report } = await scoreFile(input, ["--rubric", "auto"]);
    expect(report.units.length).toBe(2);
    for (const unit of report.units) expect(unit.rubric).toMatch(/^sheet-/);
  });

  test("--rubric sanhe-2018-department overrides the stored choice", async () => {
    const scored = await scoreFile(input, ["--rubric", "sanhe-2018-department"]);
    expect(scored.report.units.map((u) => u.rubric)).toEqual(["sanhe-2018-department", "sanhe-2018-department"]);
    expect(readReport(scored.input.replace(/\.xlsx$/, ".json")).units[0]?.grade).not.toBeNull();
  });

  test("without the stored sheet --rubric auto matches each table's own rubric", async () => {
    const fixture = (await readFixture(fixtureById("sanhe-2018.unit-sheets"))).grid;
    const plain = await writeWorkbook(gridToWorkbook({ sheets: [fixture.sheets.find((s) => s.name === "市财政局")!, fixture.sheets.find((s) => s.name === "燕郊镇")!] }));
    const { report } = await scoreFile(plain, ["--rubric", "auto"]);
    expect(report.units.map((u) => u.rubric)).toEqual(["sanhe-2018-department", "sanhe-2018-town"]);
  });
});
