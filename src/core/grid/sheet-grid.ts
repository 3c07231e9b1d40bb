/**
 * The plain data every adapter hands the core: one sheet's values and merged
 * areas, addressed by 0-based row and column. Nothing here knows about Excel
 * or the .xlsx library; both adapters translate into this shape.
 */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based and inclusive on every side. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  readonly name: string;
  /** Row-major values; rows may be ragged, a missing cell reads as null. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formulas by A1 address (without "="), only for cells that hold one. */
  readonly formulas?: Readonly<Record<string, string>>;
  readonly merges: readonly CellRange[];
  /**
   * Number formats by A1 address, only for cells that hold a number and whose
   * format is not General ("yyyy/m/d", "0%", "0.0"). Sparse on purpose: a
   * scoresheet's numbers are a small share of its cells and most are General,
   * so every host sends a few entries, not a string per cell; text, booleans
   * and blanks never need one (a format changes only how a number shows).
   * The core reads it to say what Excel shows (number-format.ts); absent
   * where a host read no formats.
   */
  readonly numberFormats?: Readonly<Record<string, string>>;
  /** 0-based indexes of hidden rows. */
  readonly hiddenRows?: readonly number[];
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

export function cellValue(sheet: SheetGrid, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}

export function rowCount(sheet: SheetGrid): number {
  return sheet.values.length;
}

export function columnCount(sheet: SheetGrid): number {
  let widest = 0;
  for (const row of sheet.values) widest = Math.max(widest, row.length);
  return widest;
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
