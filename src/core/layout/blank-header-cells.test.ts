import { scoreWorkbook } from "../score-workbook";
import { buildGrid } from "../testing/build-grid";
import { readScoresheets } from "./read-scoresheets";

const HEADER = ["一级指标", "二级指标", "分值", "扣分办法", "扣分", "得分"];

/** A printed table split by a page break: the header repeats at row 5. */
function printed(firstHeader: (string | null)[]) {
  return buildGrid("岳阳县", [
    firstHeader,
    ["组织领导", "工作部署", 2, "未纳入的扣1分", 1, null],
    [null, "机构保障", 1, "未设立的扣0.5分", null, null],
    [null, "经费保障", 1, "未纳入的扣1分", 1, null],
    HEADER,
    ["信息公开", "年度报告", 1, "未形成的扣1分", null, null],
    [null, "保密审查", 1, "公开涉密信息的扣1分", 0.5, null],
  ]);
}

describe("a blank header cell its page-break repeat names", () => {
  it("is one table read with the repeat's word, and the cell is named", () => {
    const reading = readScoresheets(printed(["一级指标", "二级指标", "分值", "扣分办法", null, "得分"]));
    expect(reading.tables).toHaveLength(1);
    expect(reading.tables[0]?.columns.deduction).toBe(4);
    expect(reading.findings.map((f) => [f.code, f.cell, f.params])).toEqual([["HEADER_CELL_BLANK", "E1", { header: "扣分", repeat: "E5" }]]);
  });

  it("scores the unit once, as if the header were whole", () => {
    const whole = scoreWorkbook({ sheets: [printed(HEADER)] });
    const holed = scoreWorkbook({ sheets: [printed(["一级指标", "二级指标", "分值", "扣分办法", null, "得分"])] });
    expect(holed.units.map((u) => [u.unit, u.total.toFixed()])).toEqual(whole.units.map((u) => [u.unit, u.total.toFixed()]));
    expect(holed.units).toHaveLength(1);
    expect(whole.findings.map((f) => f.code)).not.toContain("HEADER_CELL_BLANK");
  });

  it("a different word (not a blank) still starts a second table", () => {
    const reading = readScoresheets(printed(["一级指标", "二级指标", "分值", "扣分办法", "加分", "得分"]));
    expect(reading.tables).toHaveLength(2);
    expect(reading.findings.map((f) => f.code)).not.toContain("HEADER_CELL_BLANK");
  });
});
