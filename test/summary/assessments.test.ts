// 汇总 from the core (issue 11): per assessment, per unit, with what makes a
// number readable — on fixtures built from the source documents, scored as
// `kaohe summary --rubric auto` and 生成汇总 do (scoreWorkbooks, summarize).
import { bundledCatalog } from "../../src/catalog/bundled";
import type { Summary, SummaryBlock, WorkbookGrid } from "../../src/core";
import { autoScoreOptions, scoreWorkbooks, summarize } from "../../src/core";
import { fixtureById } from "../fixtures/catalog/all-fixtures";
import { readFixture } from "../layout/read-fixture";

jest.setTimeout(60_000);

const auto = autoScoreOptions(bundledCatalog());

async function summaryOf(id: string, options = auto): Promise<Summary> {
  const grid: WorkbookGrid = (await readFixture(fixtureById(id))).grid;
  return summarize(scoreWorkbooks([{ source: `${id}.xlsx`, workbook: grid }], options));
}

const column = (block: SummaryBlock, name: string): number => block.header.indexOf(name);

describe("三河 matrix (one column per unit)", () => {
  let summary: Summary;
  beforeAll(async () => {
    summary = await summaryOf("sanhe-2018.matrix");
  });

  test("the assessment's title, headings with 总分 and count, no doubled brackets", () => {
    expect(summary.table.title).toBe("《三河市2018年政务公开工作考核指标》考核结果汇总");
    expect(summary.table.blocks.map((b) => b.heading)).toEqual(["市政府有关部门（总分100分，30个单位）", "各镇区、街道办（总分100分，18个单位）"]);
  });

  test("every finding of a unit's scoring carries its unit, and 待处理问题 counts that unit's own", () => {
    for (const unit of summary.units) for (const f of unit.unit.findings) expect(f.unit).toBe(unit.unit.unit);
    const block = summary.table.blocks[0]!;
    const open = column(block, "待处理问题");
    const counts = block.rows.map((r) => r[open]);
    for (const row of block.rows) {
      const unit = summary.units.find((u) => u.unit.unit === row[1])!;
      const own = summary.findings.filter((f) => f.unit === unit.unit.unit && f.severity !== "info").length;
      expect(row[open]).toBe(own);
    }
    // Not the whole sheet's count on every row, as before.
    expect(new Set(counts).size).toBeGreaterThan(1);
  });

  test("with unresolved errors the title block says so, with their number", () => {
    const errors = summary.findings.filter((f) => f.severity === "error").length;
    expect(errors).toBeGreaterThan(0);
    expect(summary.table.notes).toEqual([`尚有 ${errors} 个错误未处理，排名仅供参考`]);
    expect(summary.table.errors).toBe(errors);
  });

  test("scores are marked as scores (hosts format them 0.00)", () => {
    const block = summary.table.blocks[0]!;
    expect(block.kinds[column(block, "折算总分")]).toBe("score");
    expect(block.kinds[column(block, "排名")]).toBe("rank");
    expect(block.kinds[column(block, "待处理问题")]).toBe("count");
  });

  test("the report ranks as the table does", () => {
    for (const block of summary.table.blocks) {
      for (const row of block.rows) expect(summary.report.units.find((u) => u.unit === row[1] && u.group === block.group)?.rank).toBe(row[0]);
    }
  });
});

describe("攀枝花 政务信息 (veto, converted results)", () => {
  let summary: Summary;
  beforeAll(async () => {
    summary = await summaryOf("panzhihua-2016-info.workbook");
  });

  test("a vetoed unit is never ranked above a unit without a veto", () => {
    let vetoed = 0;
    for (const block of summary.table.blocks) {
      const veto = column(block, "一票否决");
      const rows = block.rows.map((r) => ({ rank: Number(r[0]), veto: r[veto] === "是" }));
      vetoed += rows.filter((r) => r.veto).length;
      for (const a of rows) for (const b of rows) if (a.veto && !b.veto) expect(a.rank).toBeGreaterThan(b.rank);
    }
    expect(vetoed).toBeGreaterThan(0);
  });

  test("米易县政府's veto puts it after every county without one; the report agrees", () => {
    const county = summary.table.blocks.find((b) => b.rubricId === "panzhihua-2016-info-county")!;
    const row = county.rows.find((r) => r[1] === "米易县政府")!;
    expect(row[column(county, "一票否决")]).toBe("是");
    const clean = county.rows.filter((r) => r[column(county, "一票否决")] !== "是");
    expect(Number(row[0])).toBe(clean.length + 1);
    expect(summary.report.units.find((u) => u.unit === "米易县政府")?.rank).toBe(clean.length + 1);
  });

  test("a converted result says what it is: 扣 x 分（最多扣 1 分）, x / 3 分, and the block notes the rule", () => {
    const county = summary.table.blocks.find((b) => b.rubricId === "panzhihua-2016-info-county")!;
    for (const row of county.rows) {
      const total = Number(row[column(county, "折算总分")]);
      expect(row[column(county, "折算说明")]).toBe(`扣 ${Math.abs(total).toFixed(2)} 分（最多扣 1 分）`);
    }
    expect(county.notes[0]).toMatch(/^折算总分：考核结果按最多扣 1 分折算/);
    expect(county.notes.some((n) => n.startsWith("一票否决："))).toBe(true);
    const city = summary.table.blocks.find((b) => b.rubricId === "panzhihua-2016-info-city")!;
    expect(city.rows[0]?.[column(city, "折算说明")]).toMatch(/^\d\.\d\d \/ 3 分$/);
  });
});

describe("攀枝花 公开 and 效能 tables of one unit", () => {
  test("two assessments, each its own block and ranking, no DUPLICATE_UNIT", async () => {
    const summary = await summaryOf("panzhihua-2016.openness-and-efficiency");
    expect(summary.findings.filter((f) => f.code === "DUPLICATE_UNIT")).toEqual([]);
    expect(summary.table.blocks.map((b) => [b.rubricId, b.rows.map((r) => r[1])])).toEqual([
      ["panzhihua-2016-openness", ["市财政局"]],
      ["panzhihua-2016-efficiency", ["市财政局"]],
    ]);
    // Each row counts the findings of its own table only.
    const open = summary.table.blocks.map((b) => b.rows[0]?.[column(b, "待处理问题")]);
    const byTable = summary.units.map((u) => u.unit.findings.filter((f) => f.severity !== "info").length);
    expect(open).toEqual(byTable);
  });
});

describe("a warning about the official table itself", () => {
  test("三河 重点领域信息公开 标注 15 分，各项合计 10 分: once, not once per unit sheet; gone with the rubric chosen", async () => {
    const own = await summaryOf("sanhe-2018.unit-sheets", {});
    const mismatches = own.findings.filter((f) => f.code === "SECTION_POINTS_MISMATCH");
    expect(mismatches.length).toBe(1);
    expect(mismatches[0]?.params).toEqual({ section: "重点领域信息公开", declared: "15", sum: "10" });
    const chosen = await summaryOf("sanhe-2018.unit-sheets");
    expect(chosen.findings.filter((f) => f.code === "SECTION_POINTS_MISMATCH")).toEqual([]);
  });
});
