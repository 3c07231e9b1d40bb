// Sheets with random entries for the scoring properties: the 三河 table
// (typed 得分, scored against its rubric file) and the 岳阳 example (扣分 and
// 加分 columns, scored from its own text or against its rubric file), plus
// what "scoring the scored grid again" means — the writes applied and the
// ledger sheet added, as the CLI and the add-in leave the workbook.
import fc from "fast-check";
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { CellValue, Rubric, SheetGrid, WorkbookGrid, WorkbookScore } from "../../src/core";
import { LEDGER_SHEET, ledgerRows, parseA1 } from "../../src/core";
import { readScoresheets } from "../../src/core/layout/read-scoresheets";
import { inferRubric } from "../../src/core/rubric/infer-rubric";
import type { SanheTemplate } from "../../bench/sanhe-grid";
import { loadRubric, SANHE_TABLE, sanheTemplate } from "../../bench/sanhe-grid";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";

/** What an assessor types in an entry or typed-score cell, good and bad. */
export const entryValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }).map((tenths) => tenths / 10) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10 }).map((halves) => halves / 2) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: -1 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>("1.5分", "１．５", "0.5", "不涉及", "/", "一分", "√", "是", "一票否决", "NaN", 1e308, 99999999999, Number.NaN) },
);

export interface Sheets {
  readonly sanhe: { readonly template: SanheTemplate; readonly rubric: Rubric };
  readonly yueyang: { readonly sheet: SheetGrid; readonly deduction: number; readonly bonus: number; readonly rows: readonly number[]; readonly inferred: Rubric; readonly rubric: Rubric };
}

let cached: Sheets | undefined;

/** Built once per test file: the source documents are read and the example laid out only once. */
export function sheets(): Sheets {
  if (cached) return cached;
  const rubric = loadRubric(SANHE_TABLE);
  const sheet = workbookToGrid(buildYueyangCountyExample()).sheets[0];
  const table = sheet ? readScoresheets(sheet).tables[0] : undefined;
  const { deduction, bonus } = table?.columns ?? {};
  if (!sheet || !table || deduction === undefined || bonus === undefined) throw new Error("the 岳阳 example changed shape");
  // Its entries are cleared: the properties type their own.
  const values = sheet.values.map((row, r) => row.map((v, c): CellValue => (table.items.some((i) => i.row === r) && (c === deduction || c === bonus) ? null : v)));
  const blank = { ...sheet, values };
  cached = {
    sanhe: { template: sanheTemplate({ mergeIndicators: true }, rubric), rubric },
    yueyang: { sheet: blank, deduction, bonus, rows: table.items.map((i) => i.row), inferred: inferRubric(table).rubric, rubric: loadRubric("yueyang-county") },
  };
  return cached;
}

/** A copy of `sheet` named `name` with `cells` set ([row, col, value]). */
export function withCells(sheet: SheetGrid, name: string, cells: readonly (readonly [number, number, CellValue])[]): SheetGrid {
  const values = sheet.values.map((row) => [...row]);
  for (const [r, c, v] of cells) {
    while (values.length <= r) values.push([]);
    const row = values[r] ?? [];
    while (row.length <= c) row.push(null);
    row[c] = v;
  }
  return { ...sheet, name, values };
}

/** Entries for the 三河 sheet: one typed 得分 per item. */
export function sanheEntries(count: number): fc.Arbitrary<CellValue[]> {
  return fc.array(entryValue, { minLength: count, maxLength: count });
}

export function sanheUnit(name: string, scores: readonly CellValue[], template: SanheTemplate = sheets().sanhe.template): SheetGrid {
  const base: SheetGrid = { name, values: template.rows, merges: template.merges };
  return withCells(base, name, template.items.map((item, i) => [item.row, template.scoreColumn, scores[i] ?? null] as const));
}

/** Entries for the 岳阳 sheet: 扣分 and 加分 per item row. */
export function yueyangEntries(): fc.Arbitrary<[CellValue, CellValue][]> {
  const count = sheets().yueyang.rows.length;
  const pair = fc.tuple(entryValue, fc.oneof({ weight: 4, arbitrary: fc.constant<CellValue>(null) }, { weight: 1, arbitrary: entryValue }));
  return fc.array(pair, { minLength: count, maxLength: count });
}

export function yueyangUnit(name: string, entries: readonly (readonly [CellValue, CellValue])[]): SheetGrid {
  const { sheet, deduction, bonus, rows } = sheets().yueyang;
  const cells = rows.flatMap((row, i) => {
    const [d, b] = entries[i] ?? [null, null];
    return [[row, deduction, d] as const, [row, bonus, b] as const];
  });
  // The example names its unit in a "被考核单位：" line; the sheet name must agree.
  const values = sheet.values.map((r) => r.map((v): CellValue => (typeof v === "string" && v.startsWith("被考核单位：") ? `被考核单位：${name}` : v)));
  return withCells({ ...sheet, values }, name, cells);
}

/** The workbook as Kaohe leaves it: its writes in their cells and its ledger sheet beside them. */
export function applyScore(workbook: WorkbookGrid, score: WorkbookScore): WorkbookGrid {
  const sheetsOut = workbook.sheets
    .filter((s) => s.name !== LEDGER_SHEET)
    .map((s) => {
      const cells = score.writes.filter((w) => w.sheet === s.name).flatMap((w) => {
        const at = parseA1(w.cell);
        return at ? [[at.row, at.col, w.value] as const] : [];
      });
      return withCells(s, s.name, cells);
    });
  const ledger: SheetGrid = { name: LEDGER_SHEET, values: ledgerRows(score.ledger), merges: [] };
  return { sheets: score.ledger.length > 0 ? [...sheetsOut, ledger] : sheetsOut };
}
