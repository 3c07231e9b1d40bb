// The same units' entries written as an assessor's matrix (one column per
// unit) and as one sheet per unit give identical reports: only where each
// number came from (sheet, row, cell) differs.
import { buildReport, scoreWorkbook } from "../../src/core";
import type { Report, ReportUnit } from "../../src/core";
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import { fixtureById } from "../fixtures/catalog/all-fixtures";

function report(id: string): Report {
  const score = scoreWorkbook(workbookToGrid(fixtureById(id).build().workbook));
  return buildReport(score.units, score.findings);
}

/** A unit's scores without the places they were read from. */
function scores(unit: ReportUnit) {
  return {
    unit: unit.unit,
    total: unit.total,
    raw: unit.raw,
    max: unit.max,
    bonus: unit.bonus,
    penalty: unit.penalty,
    sections: unit.sections,
    items: unit.items.map((i) => ({ path: i.path, max: i.max, deduction: i.deduction, bonus: i.bonus, score: i.score, applicable: i.applicable })),
  };
}

const byUnit = (r: Report) => r.units.map(scores).sort((a, b) => a.unit.localeCompare(b.unit, "zh-CN"));

// 岳阳's matrix holds 扣分/得分 pairs where its sheets hold 扣分/加分 columns, so only
// 三河 (a typed 得分 in both forms, from one seed) can be compared report for report.
describe.each([["sanhe-2018.matrix", "sanhe-2018.unit-sheets", 48]])("%s and %s", (matrix, sheets, units) => {
  const fromMatrix = report(matrix);
  const fromSheets = report(sheets);

  it(`reads the same ${units} units`, () => {
    expect(fromMatrix.units).toHaveLength(units);
    expect(fromMatrix.units.map((u) => u.unit).sort()).toEqual(fromSheets.units.map((u) => u.unit).sort());
  });

  it("gives every unit the same scores, item by item", () => {
    expect(byUnit(fromMatrix)).toEqual(byUnit(fromSheets));
  });

  it("finds the same problems (by code and unit)", () => {
    const codes = (r: Report) => r.findings.map((f) => f.code).sort();
    expect(codes(fromMatrix)).toEqual(codes(fromSheets));
  });
});
