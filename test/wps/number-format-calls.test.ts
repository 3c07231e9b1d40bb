// The WPS read of number formats is bounded: ET's Range.NumberFormat gives
// one code for a uniform range and null for a mixed one, so the adapter
// reads the used range once and halves only the mixed parts among the
// numbers (src/wps/read-number-formats.ts). Per sheet: 1 call when the sheet
// has one format, a few per column where formats go by column, and never
// more than 1 + 2 × FORMAT_PROBES_PER_SHEET, however many cells.
import type { CellValue, SheetGrid } from "../../src/core";
import { documentFromGrid } from "../../src/preview/fake-excel";
import { fakeEt } from "../../src/wps/fake-et/fake-et";
import { FORMAT_PROBES_PER_SHEET } from "../../src/wps/read-number-formats";
import { readWorkbook } from "../../src/wps/read-workbook";

/** A header row of text over `rows` × 20 numbers; `format(row, col)` is each number's format (undefined: General). */
function sheet(rows: number, format: (row: number, col: number) => string | undefined): SheetGrid {
  const values: CellValue[][] = [Array.from({ length: 20 }, (_, c) => `列${c + 1}`)];
  const numberFormats: Record<string, string> = {};
  for (let r = 1; r <= rows; r++) {
    values.push(Array.from({ length: 20 }, (_, c) => r * 20 + c));
    for (let c = 0; c < 20; c++) {
      const f = format(r, c);
      if (f) numberFormats[`${String.fromCharCode(65 + c)}${r + 1}`] = f;
    }
  }
  return { name: "表", values, merges: [], numberFormats };
}

const measured: string[] = [];
afterAll(() => console.log(`WPS number-format calls: ${measured.join("; ")}`));

/** The formats the adapter reads, and the host calls that took (the used range's own reads left out). */
function read(grid: SheetGrid): { formats: Readonly<Record<string, string>>; calls: number } {
  const et = fakeEt(documentFromGrid({ sheets: [grid] }));
  const book = et.application.ActiveWorkbook;
  if (!book) throw new Error("the fake ET has no workbook");
  const got = readWorkbook(book, false).grid.sheets[0];
  const calls = (et.counter.byMember.get("Range.NumberFormat") ?? 0) + (et.counter.byMember.get("Worksheet.Range") ?? 0);
  return { formats: got?.numberFormats ?? {}, calls };
}

test("one format for all the numbers: one call when the header shares it, three when it does not, whatever the size", () => {
  expect(read(sheet(5000, () => undefined))).toEqual({ formats: {}, calls: 1 });
  const small = read(sheet(10, () => "0.00"));
  const large = read(sheet(5000, () => "0.00"));
  // The General header makes the used range mixed: one more probe (Range + NumberFormat) over the numbers alone.
  expect([small.calls, large.calls]).toEqual([3, 3]);
  expect(Object.keys(large.formats)).toHaveLength(5000 * 20);
});

test("formats by column (a 0.0 得分 column, a date column): the same few calls at 10 and 5,000 rows, every number's format right", () => {
  const byColumn = (c: number): string | undefined => (c === 3 ? "0.0" : c === 7 ? "yyyy/m/d" : undefined);
  const small = read(sheet(10, (_, c) => byColumn(c)));
  const large = read(sheet(5000, (_, c) => byColumn(c)));
  measured.push(`by column: ${large.calls}`);
  expect(large.calls).toBe(small.calls);
  expect(large.calls).toBeLessThan(40);
  expect(large.formats).toEqual(sheet(5000, (_, c) => byColumn(c)).numberFormats);
});

test("a few stray dates among General numbers are each found", () => {
  const stray = new Set(["5,2", "4000,11", "4999,19"]);
  const grid = sheet(5000, (r, c) => (stray.has(`${r},${c}`) ? "yyyy/m/d" : undefined));
  const got = read(grid);
  measured.push(`3 stray dates in 100,000 numbers: ${got.calls}`);
  expect(got.formats).toEqual(grid.numberFormats);
  expect(got.calls).toBeLessThanOrEqual(1 + 2 * FORMAT_PROBES_PER_SHEET);
});

test("the worst case — a different format every few cells — stops at the bound", () => {
  const grid = sheet(5000, (r, c) => ((r + c) % 7 === 0 ? "0%" : undefined));
  const got = read(grid);
  expect(got.calls).toBe(1 + 2 * FORMAT_PROBES_PER_SHEET);
  expect(FORMAT_PROBES_PER_SHEET).toBe(256);
});
