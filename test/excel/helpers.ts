// Shared arrangements for the adapter tests: the 岳阳 example in the fake,
// the CLI's view of the same workbook, and reading cells back.
import type ExcelJS from "exceljs";
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { CellValue, SheetGrid, WorkbookGrid, WorkbookScore } from "../../src/core";
import { LEDGER_SHEET, parseA1, scoreWorkbook } from "../../src/core";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import type { FakeCell, FakeDocument, FakeSheet } from "../../src/preview/fake-excel";
import { documentFromExcelJs } from "../../src/preview/fake-excel";

export interface Example {
  readonly workbook: ExcelJS.Workbook;
  readonly doc: FakeDocument;
  /** What the CLI computes for the same workbook. */
  readonly cli: WorkbookScore;
}

export function yueyangExample(prepare?: (workbook: ExcelJS.Workbook) => void): Example {
  const workbook = buildYueyangCountyExample();
  prepare?.(workbook);
  return { workbook, doc: documentFromExcelJs(workbook), cli: scoreWorkbook(workbookToGrid(workbook)) };
}

export function sheetOf(doc: FakeDocument, name: string): FakeSheet {
  const sheet = doc.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A cell's value as Range.values would give it ("" when empty). */
export function valueAt(doc: FakeDocument, sheet: string, a1: string): string | number | boolean {
  const pos = parseA1(a1);
  if (!pos) throw new Error(`bad address ${a1}`);
  return sheetOf(doc, sheet).cell(pos.row, pos.col)?.value ?? "";
}

/** The ledger sheet's rows as stored. */
export function ledgerSheetRows(doc: FakeDocument): (string | number | boolean)[][] {
  const sheet = sheetOf(doc, LEDGER_SHEET);
  const box = sheet.usedBox(true);
  if (!box) return [];
  const rows: (string | number | boolean)[][] = [];
  for (let r = 0; r <= box.bottom; r++) {
    const row: (string | number | boolean)[] = [];
    for (let c = 0; c <= box.right; c++) row.push(sheet.cell(r, c)?.value ?? "");
    rows.push(row);
  }
  return rows;
}

/** The same unit sheet `count` times, each under its own name and 被考核单位. */
export function unitWorkbook(template: SheetGrid, count: number): WorkbookGrid {
  return {
    sheets: Array.from({ length: count }, (_, i) => {
      const unit = `单位${String(i + 1).padStart(2, "0")}`;
      const values = template.values.map((row) => row.map((v): CellValue => (typeof v === "string" && v.startsWith("被考核单位：") ? `被考核单位：${unit}` : v)));
      return { ...template, name: unit, values };
    }),
  };
}

/** A cell as the fake holds it (undefined when never touched). */
export function cellAt(doc: FakeDocument, sheet: string, a1: string): FakeCell | undefined {
  const pos = parseA1(a1);
  if (!pos) throw new Error(`bad address ${a1}`);
  return sheetOf(doc, sheet).cell(pos.row, pos.col);
}

/** The five cells the 岳阳 example's findings concern, with their severities. */
export const EXAMPLE_FINDING_CELLS = [
  ["华容县", "G41", "warning"],
  ["华容县", "G45", "warning"],
  ["华容县", "H67", "warning"],
  ["华容县", "G69", "warning"],
  ["汨罗市", "G30", "error"],
] as const;
