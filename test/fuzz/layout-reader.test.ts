// Issue 8: the layout reader (and the whole recalculation behind it) never
// throws, whatever a sheet holds: random grids, odd merges, empty and huge
// sheets. Errors a user can cause come back as findings (DESIGN.md §5).
import fc from "fast-check";
import type { SheetGrid } from "../../src/core";
import { buildReport, scoreWorkbook } from "../../src/core";
import { readScoresheets } from "../../src/core/layout/read-scoresheets";
import { loadRubric, SANHE_TABLE, sanheTemplate } from "../../bench/sanhe-grid";
import { sheetGrid, workbookGrid } from "./grids";

const rubric = loadRubric(SANHE_TABLE);

test("readScoresheets on random grids with odd merges (5,000 runs)", () => {
  fc.assert(
    fc.property(sheetGrid(), (sheet) => {
      const reading = readScoresheets(sheet);
      // Whatever it found lies on the sheet.
      for (const table of reading.tables) for (const item of table.items) expect(item.row).toBeLessThan(sheet.values.length);
    }),
    { numRuns: 5000, seed: 81 },
  );
});

test("scoreWorkbook and the report on random workbooks, with and without a rubric (3,000 runs)", () => {
  fc.assert(
    fc.property(workbookGrid, fc.boolean(), (workbook, withRubric) => {
      const score = scoreWorkbook(workbook, withRubric ? { rubric } : {});
      buildReport(score.units, score.findings);
      for (const w of score.writes) expect(Number.isFinite(w.value)).toBe(true);
    }),
    { numRuns: 3000, seed: 82 },
  );
});

test("the real 三河 sheet with random merges thrown over it (500 runs)", () => {
  const template = sanheTemplate({ mergeIndicators: true }, rubric);
  const rows = template.rows.length;
  const merge = fc
    .tuple(fc.integer({ min: -1, max: rows + 1 }), fc.integer({ min: -1, max: 8 }), fc.integer({ min: -1, max: 5 }), fc.integer({ min: -1, max: 3 }))
    .map(([top, left, down, across]) => ({ top, left, bottom: top + down, right: left + across }));
  fc.assert(
    fc.property(fc.array(merge, { minLength: 1, maxLength: 10 }), (extra) => {
      const sheet: SheetGrid = { name: "单位", values: template.rows, merges: [...template.merges, ...extra] };
      const score = scoreWorkbook({ sheets: [sheet] }, { rubric });
      buildReport(score.units, score.findings);
    }),
    { numRuns: 500, seed: 83 },
  );
});

describe("edge-shaped sheets", () => {
  const empties: SheetGrid[] = [
    { name: "空", values: [], merges: [] },
    { name: "空行", values: [[], [], []], merges: [] },
    { name: "空值", values: [[null, null], [null]], merges: [] },
    { name: "只有合并", values: [], merges: [{ top: 0, left: 0, bottom: 3, right: 3 }] },
    { name: "单格合并", values: [["得分"]], merges: [{ top: 0, left: 0, bottom: 0, right: 0 }] },
    { name: "倒置合并", values: [["名单", "单位"]], merges: [{ top: 2, left: 2, bottom: 0, right: 0 }] },
    { name: "负坐标", values: [["名单", "单位"]], merges: [{ top: -1, left: -1, bottom: 0, right: 0 }] },
    { name: "越界合并", values: [["名单"]], merges: [{ top: 0, left: 0, bottom: 40, right: 30 }] },
  ];

  test.each(empties.map((s) => [s.name, s] as const))("%s: no table, a NO_TABLE finding, no throw", (_, sheet) => {
    const score = scoreWorkbook({ sheets: [sheet] });
    expect(score.units).toHaveLength(0);
    expect(score.findings.map((f) => f.code)).toContain("NO_TABLE");
  });

  test("a header and nothing under it: one unit with no items, total 0", () => {
    const score = scoreWorkbook({ sheets: [{ name: "表头", values: [["分值", "得分", "扣分办法"]], merges: [{ top: 2, left: 2, bottom: 0, right: 0 }] }] });
    expect(score.units).toHaveLength(1);
    expect(score.units[0]?.items).toHaveLength(0);
    expect(score.units[0]?.total.toFixed()).toBe("0");
  });

  test("a workbook with no sheets at all", () => {
    expect(scoreWorkbook({ sheets: [] }).findings.map((f) => f.code)).toEqual(["NO_TABLE"]);
  });

  test("a very wide sheet: one row of 16,384 columns with a header in it", () => {
    const row = Array.from({ length: 16384 }, (_, i) => (i === 100 ? "分值" : i === 101 ? "得分" : i === 102 ? "扣分办法" : i % 7 === 0 ? "x" : null));
    const started = performance.now();
    scoreWorkbook({ sheets: [{ name: "宽", values: [row, row.map((v) => (v === null ? 1 : v))], merges: [] }] });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  test("a tall sheet of junk: 50,000 rows, no header, finishes", () => {
    const values = Array.from({ length: 50_000 }, (_, i) => [`第${i}行`, i, i % 3 === 0 ? "扣1分" : null]);
    const started = performance.now();
    const score = scoreWorkbook({ sheets: [{ name: "长", values, merges: [] }] });
    expect(score.findings.map((f) => f.code)).toEqual(["NO_TABLE"]);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
