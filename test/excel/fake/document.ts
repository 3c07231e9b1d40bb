// The workbook as Excel holds it, behind the fake's proxies: what a test
// arranges before a run and inspects after it. Only the proxies' queued
// operations change it, and only at context.sync().
import type { CellRange } from "../../../src/core";
import { toA1 } from "../../../src/core";
import { FakeOfficeError } from "./errors";

/** What Range.values holds for one cell: never null; "" for an empty cell. */
export type ExcelValue = string | number | boolean;

export interface FakeCell {
  value: ExcelValue;
  /** With its "=", as Range.formulas gives it. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  /** Formatted (borders, fill…) though maybe empty: counts toward the used range. */
  styled?: boolean;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };

export class FakeSheet {
  visibility: Visibility = "Visible";
  isProtected = false;
  merges: CellRange[] = [];
  /** Sparse: row → column → cell. */
  readonly rows = new Map<number, Map<number, FakeCell>>();

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** The cell to change, created when missing. */
  edit(row: number, col: number): FakeCell {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    let cell = cells.get(col);
    if (!cell) cells.set(col, (cell = { value: "" }));
    return cell;
  }

  /** Every stored cell inside `box`. */
  *cellsIn(box: CellRange): Generator<{ row: number; col: number; cell: FakeCell }> {
    for (const [row, cells] of this.rows) {
      if (row < box.top || row > box.bottom) continue;
      for (const [col, cell] of cells) if (col >= box.left && col <= box.right) yield { row, col, cell };
    }
  }

  /** Worksheet.getUsedRange: cells with a value (or, unless valuesOnly, a format or a merge). */
  usedBox(valuesOnly: boolean): CellRange | null {
    let box: CellRange | null = null;
    const grow = (r: CellRange): void => {
      box = box
        ? { top: Math.min(box.top, r.top), left: Math.min(box.left, r.left), bottom: Math.max(box.bottom, r.bottom), right: Math.max(box.right, r.right) }
        : r;
    };
    for (const { row, col, cell } of this.cellsIn(WHOLE_SHEET)) {
      const used = cell.value !== "" || cell.formula !== undefined || (!valuesOnly && (cell.styled === true || cell.bold === true || cell.numberFormat !== undefined));
      if (used) grow({ top: row, left: col, bottom: row, right: col });
    }
    if (!valuesOnly) this.merges.forEach(grow);
    return box;
  }

  failIfProtected(action: string): void {
    if (this.isProtected) throw new FakeOfficeError("AccessDenied", `${action} on protected sheet "${this.name}"`);
  }
}

/** One queued change as it reached the document: what the chunking tests count. */
export interface WriteRecord {
  readonly sync: number;
  readonly kind: "values" | "numberFormat" | "clear" | "bold" | "addSheet" | "visibility";
  readonly sheet: string;
  readonly box?: CellRange;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: Visibility;
  readonly merges: readonly string[];
  readonly cells: readonly (readonly [string, FakeCell])[];
}

export class FakeDocument {
  readonly sheets: FakeSheet[] = [];
  /** ExcelApi 1.x minor version the fake host supports. */
  apiVersion = 17;
  activeSheet: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  readonly writes: WriteRecord[] = [];
  /** The next sync fails with this (e.g. InvalidOperationInCellEditMode). */
  failNextSync: FakeOfficeError | undefined;

  /** Sheet names are case-insensitive in Excel. */
  sheet(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `a sheet named "${name}" exists`);
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeOfficeError("InvalidArgument", `bad sheet name "${name}"`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** A plain copy of everything a user could see or Kaohe could own, for before/after comparisons. */
  snapshot(): SheetSnapshot[] {
    return this.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      merges: [...s.merges].map((m) => rangeA1(m)).sort(),
      cells: [...s.cellsIn(WHOLE_SHEET)].map(({ row, col, cell }) => [toA1(row, col), { ...cell }] as const).sort((a, b) => a[0].localeCompare(b[0])),
    }));
  }
}

export function rangeA1(box: CellRange): string {
  const from = toA1(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? from : `${from}:${toA1(box.bottom, box.right)}`;
}

/** Excel quotes a sheet name in an address unless it is a plain ASCII identifier; quotes inside are doubled. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, box: CellRange): string {
  return `${quoteSheetName(sheet)}!${rangeA1(box)}`;
}
