// fast-check arbitraries for sheets as adapters hand them to the core: cell
// values of every type (NaN and Infinity included, which no adapter should
// send but a formula error could), header words so tables are actually
// found, and merges that are odd in every way a file can make them —
// overlapping, out of bounds, single-cell, inverted.
import fc from "fast-check";
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../src/core";

/** Words that make the reader find headers, sections, totals, notes and entries. */
const WORDS = [
  "一级指标", "二级指标", "三级指标", "指标名称", "具体内容", "考核内容", "分值", "赋分", "扣分办法", "评分标准", "加分标准",
  "扣分", "加分", "得分", "考核分", "自评分", "实施情况", "序号", "合计", "总分", "小计", "注：1、扣完为止", "说明：",
  "被考核单位：岳阳县", "组织领导（5）", "政府信息公    开（40）", "加分 10分", "扣分10分", "决策公开(2分)", "2分", "２", "（40）", "—", "-",
  "不涉及", "/", "一票否决", "未纳入综合考评的扣1分", "每少一项扣0.5分", "每次加1分，加分上限3分", "1.5分", "一分", "√", "是", "NaN", "#DIV/0!",
];

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 20 }) },
  { weight: 2, arbitrary: fc.double({ noDefaultInfinity: false, noNaN: false }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, 99999999999, Number.MIN_VALUE) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A merge anywhere near the grid: inside, hanging over its edges, inverted, or a single cell. */
function mergeNear(rows: number, cols: number): fc.Arbitrary<CellRange> {
  return fc
    .tuple(fc.integer({ min: -2, max: rows + 3 }), fc.integer({ min: -2, max: cols + 3 }), fc.integer({ min: -1, max: 6 }), fc.integer({ min: -1, max: 4 }))
    .map(([top, left, down, across]) => ({ top, left, bottom: top + down, right: left + across }));
}

export function sheetGrid(name: fc.Arbitrary<string> = fc.constantFrom("表1", "岳阳县", "Sheet1", "")): fc.Arbitrary<SheetGrid> {
  return fc
    .tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 9 }))
    .chain(([rows, cols]) =>
      fc.record({
        name,
        // Ragged rows: a row may be shorter or longer than the others.
        values: fc.array(fc.array(cellValue, { maxLength: cols + 2 }), { minLength: rows, maxLength: rows }),
        merges: fc.array(mergeNear(rows, cols), { maxLength: 8 }),
      }),
    );
}

export const workbookGrid: fc.Arbitrary<WorkbookGrid> = fc.array(sheetGrid(), { maxLength: 3 }).map((sheets) => ({ sheets }));
