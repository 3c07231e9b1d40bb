// Merged areas over the strict, counted fake ET: readMerges finds exactly
// the sheet's areas, and its host calls stay within mergeCallBound — which
// grows with the areas (and the columns holding them) times the logarithm
// of the sheet's height or width, never with the cells between them.
import fc from "fast-check";
import type { CellRange } from "../../src/core";
import { documentFromGrid } from "../../src/preview/fake-excel";
import type { EtWorksheet } from "../../src/wps/et-model";
import { fakeEt } from "../../src/wps/fake-et/fake-et";
import { mergeCallBound, readMerges } from "../../src/wps/read-merges";

/** A sheet of `rows` × `cols` numbers (so the used range is all of it) with `merges`; the areas found and the calls it took. */
function measure(rows: number, cols: number, merges: readonly CellRange[]): { found: CellRange[]; calls: number } {
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * cols + c));
  const et = fakeEt(documentFromGrid({ sheets: [{ name: "表1", values, merges: [...merges] }] }));
  const sheet: EtWorksheet | undefined = et.application.ActiveWorkbook?.Sheets.Item(1);
  if (!sheet) throw new Error("no sheet");
  const used = sheet.UsedRange;
  et.counter.reset();
  const found = readMerges(sheet, { top: 0, left: 0, bottom: rows - 1, right: cols - 1 }, used);
  return { found, calls: et.counter.calls };
}

const key = (a: CellRange): string => `${a.top},${a.left},${a.bottom},${a.right}`;
const sorted = (areas: readonly CellRange[]): string[] => areas.map(key).sort();

test("a sheet without merged areas costs one call (used.MergeCells), however many cells it has", () => {
  expect(measure(1, 1, []).calls).toBe(1);
  expect(measure(5000, 20, []).calls).toBe(1);
});

test("a column of 指标 merged down its items: 4 calls per area once the column is found", () => {
  // A1:A3, A4:A6, … A28:A30 on 30 rows × 8 columns, as a scoresheet's first column.
  const areas = Array.from({ length: 10 }, (_, i) => ({ top: 3 * i, left: 0, bottom: 3 * i + 2, right: 0 }));
  const { found, calls } = measure(30, 8, areas);
  expect(sorted(found)).toEqual(sorted(areas));
  // 1 (used) + 3 levels of column halving × 2 strips × 2 calls + 10 areas × (strip, MergeCells, MergeArea, Address),
  // and 2 for the check that the column holds merged cells at all (the run ends at row 30: no gallop past it).
  expect(calls).toBe(1 + 3 * 2 * 2 + 2 + 10 * 4);
  expect(calls).toBeLessThanOrEqual(mergeCallBound(30, 8, areas));
});

test("the same areas on a sheet 100 times taller cost only a logarithm more, not 100 times", () => {
  const areas = [
    { top: 0, left: 0, bottom: 0, right: 7 },
    { top: 5, left: 1, bottom: 9, right: 1 },
  ];
  const small = measure(40, 8, areas).calls;
  const tall = measure(4000, 8, areas).calls;
  expect(tall - small).toBeLessThanOrEqual(2 * 2 * Math.ceil(Math.log2(100)) * 8);
  expect(tall).toBeLessThanOrEqual(mergeCallBound(4000, 8, areas));
});

/** Non-overlapping areas of 2+ cells inside rows × cols, from random candidates (overlapping ones dropped). */
const layouts = fc
  .record({ rows: fc.integer({ min: 1, max: 60 }), cols: fc.integer({ min: 1, max: 12 }) })
  .chain(({ rows, cols }) =>
    fc
      .array(fc.record({ top: fc.nat(rows - 1), left: fc.nat(cols - 1), height: fc.integer({ min: 1, max: 6 }), width: fc.integer({ min: 1, max: 4 }) }), { maxLength: 25 })
      .map((candidates) => {
        const areas: CellRange[] = [];
        for (const c of candidates) {
          const a = { top: c.top, left: c.left, bottom: Math.min(rows - 1, c.top + c.height - 1), right: Math.min(cols - 1, c.left + c.width - 1) };
          if (a.top === a.bottom && a.left === a.right) continue;
          if (areas.some((b) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right)) continue;
          areas.push(a);
        }
        return { rows, cols, areas };
      }),
  );

test("any layout: exactly the sheet's merged areas, within mergeCallBound", () => {
  fc.assert(
    fc.property(layouts, ({ rows, cols, areas }) => {
      const { found, calls } = measure(rows, cols, areas);
      expect(sorted(found)).toEqual(sorted(areas));
      expect(calls).toBeLessThanOrEqual(mergeCallBound(rows, cols, areas));
    }),
    { numRuns: 300 },
  );
});

test("without the used range's EtRange, one more call makes it", () => {
  const values = [[1, 2], [3, 4]];
  const et = fakeEt(documentFromGrid({ sheets: [{ name: "表1", values, merges: [] }] }));
  const sheet = et.application.ActiveWorkbook?.Sheets.Item(1);
  if (!sheet) throw new Error("no sheet");
  et.counter.reset();
  expect(readMerges(sheet, { top: 0, left: 0, bottom: 1, right: 1 })).toEqual([]);
  expect(et.counter.calls).toBe(2);
});
