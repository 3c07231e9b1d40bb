// Catalogue, part 2: bad values where the assessor types the 得分 itself
// (三河: no 分值, no 扣分 column; the typed score is the entry and is never
// replaced), scored against sanhe-2018-department — in the core on grids,
// and once through the CLI to see the typed cells survive.
import type { CellValue, Report } from "../../src/core";
import { buildReport, scoreWorkbook, toA1 } from "../../src/core";
import { gridToWorkbook } from "../../bench/grid-to-xlsx";
import { loadRubric, SANHE_TABLE, sanheTemplate } from "../../bench/sanhe-grid";
import { scoreFile, writeWorkbook } from "./helpers";

const rubric = loadRubric(SANHE_TABLE);
const template = sanheTemplate({ mergeIndicators: true }, rubric);
/** 决策公开 (2 points) and 财政信息 (a 重点领域 item with no points). */
const DECISION = template.items[0];
const NAMED = template.items.find((i) => i.points === null);

/** 市财政局's sheet, every item at full points (不涉及 where it has none), one cell changed. */
function sheetWith(row: number, value: CellValue): { sheets: { name: string; values: CellValue[][]; merges: typeof template.merges }[] } {
  const values = template.rows.map((r) => [...r]);
  for (const item of template.items) {
    const cells = values[item.row];
    if (cells) cells[template.scoreColumn] = item.row === row ? value : item.points === null ? "不涉及" : Number(item.points);
  }
  return { sheets: [{ name: "市财政局", values, merges: template.merges }] };
}

function score(row: number, value: CellValue): Report {
  const result = scoreWorkbook(sheetWith(row, value), { rubric });
  return buildReport(result.units, result.findings);
}

const cell = (row: number): string => toA1(row, template.scoreColumn);

test("the two rows the cases use", () => {
  expect(DECISION).toEqual({ row: 3, points: "2" });
  expect(NAMED?.points).toBeNull();
});

describe("typed 得分 on 决策公开 (2 points)", () => {
  const row = DECISION?.row ?? 0;
  const itemScore = (report: Report): string | undefined => report.units[0]?.items.find((i) => i.row === row + 1)?.score;

  test.each(["一分", "√", "是", "NaN", "#DIV/0!"])("%s → ENTRY_NOT_NUMBER, scored 0", (text) => {
    const report = score(row, text);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "ENTRY_NOT_NUMBER", cell: cell(row) }));
    expect(itemScore(report)).toBe("0");
  });

  test.each(["1.5分", "１．５", 1.5])("%s → 1.5, no finding", (value) => {
    const report = score(row, value);
    expect(report.findings.filter((f) => f.cell === cell(row))).toEqual([]);
    expect(itemScore(report)).toBe("1.5");
  });

  test("-1 → ENTRY_NEGATIVE, scored 0", () => {
    const report = score(row, -1);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "ENTRY_NEGATIVE", cell: cell(row), message: "得分不能为负数（-1），此项按 0 计" }));
    expect(itemScore(report)).toBe("0");
  });

  test.each([1e308, 99999999999, Number.POSITIVE_INFINITY])("%d → SCORE_ABOVE_POINTS (Infinity: ENTRY_NOT_NUMBER), never above 2", (value) => {
    const report = score(row, value);
    const codes = report.findings.filter((f) => f.cell === cell(row)).map((f) => f.code);
    expect(codes).toContain(Number.isFinite(value) ? "SCORE_ABOVE_POINTS" : "ENTRY_NOT_NUMBER");
    expect(Number(itemScore(report))).toBeLessThanOrEqual(2);
    expect(Number(report.units[0]?.total)).toBeLessThanOrEqual(100);
  });

  // Fixed (was a bug): an unreadable typed 得分 is reported twice and the second finding
  // is false: ENTRY_NOT_NUMBER ("“一分”不是数字") and ENTRY_MISSING ("“决策公开”
  // 尚未填写") on the same cell. score-item.ts's typed branch treats the
  // invalid entry (read as kind "none") as a blank one. Should: only
  // ENTRY_NOT_NUMBER — the assessor did fill the cell in.
  test.each(["一分", "NaN", Number.POSITIVE_INFINITY])("%s: ENTRY_NOT_NUMBER alone, not also ENTRY_MISSING", (value) => {
    expect(score(row, value).findings.filter((f) => f.cell === cell(row)).map((f) => f.code)).toEqual(["ENTRY_NOT_NUMBER"]);
  });

  test("left blank → ENTRY_MISSING (warning)", () => {
    expect(score(row, null).findings).toContainEqual(expect.objectContaining({ code: "ENTRY_MISSING", severity: "warning", cell: cell(row) }));
  });
});

test("a score typed on a row with no points (重点领域 财政信息) → ENTRY_WITHOUT_POINTS", () => {
  const row = NAMED?.row ?? 0;
  const report = score(row, 1);
  expect(report.findings).toContainEqual(expect.objectContaining({ code: "ENTRY_WITHOUT_POINTS", severity: "error", cell: cell(row), message: "此行没有分值，不能填写得分（1）" }));
});

test("through the CLI: the typed 得分 cells, bad ones included, are all still there", async () => {
  const grid = sheetWith(DECISION?.row ?? 0, "一分");
  const input = await writeWorkbook(gridToWorkbook(grid));
  const { run, report } = await scoreFile(input, ["--rubric", SANHE_TABLE]);
  expect(run.code).toBe(0);
  expect(report.findings.map((f) => f.code)).toContain("ENTRY_NOT_NUMBER");
});
