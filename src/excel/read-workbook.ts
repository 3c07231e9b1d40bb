import type { CellValue, SheetGrid, WorkbookGrid } from "../core";
import { toA1 } from "../core";
import { parseAreaList } from "./parse-address";

export interface ExcelWorkbookRead {
  readonly grid: WorkbookGrid;
  /** Sheets whose protection forbids Kaohe's writes. */
  readonly protectedSheets: ReadonlySet<string>;
}

interface PendingSheet {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | undefined;
}

function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

function toGrid(pending: PendingSheet): SheetGrid {
  const { sheet, used, merged } = pending;
  const name = sheet.name;
  if (used.isNullObject) return { name, values: [], merges: [] };
  const top = used.rowIndex;
  const left = used.columnIndex;
  const values: CellValue[][] = Array.from({ length: top }, () => []);
  const formulas: Record<string, string> = {};
  used.values.forEach((row, r) => {
    values.push([...Array<CellValue>(left).fill(null), ...row.map(toCellValue)]);
    (used.formulas[r] ?? []).forEach((formula, c) => {
      if (typeof formula === "string" && formula.startsWith("=")) formulas[toA1(top + r, left + c)] = formula.slice(1);
    });
  });
  const merges = merged && !merged.isNullObject ? parseAreaList(merged.address) : [];
  return { name, values, formulas, merges };
}

/**
 * Reads every sheet the core needs in two round trips whatever the
 * workbook's size: one to list the sheets, one for all their used ranges,
 * formulas, merged areas and protection (ExcelApi 1.13 for merges; without
 * it the core falls back to filling blank cells down).
 */
export async function readWorkbook(context: Excel.RequestContext, canReadMerges: boolean): Promise<ExcelWorkbookRead> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const pending: PendingSheet[] = sheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(false);
    used.load("values,formulas,rowIndex,columnIndex");
    sheet.protection.load("protected");
    // Merges come from getUsedRange, never from `used`: on an empty sheet `used`
    // is a null object, and what the host does with a method called on a null
    // object is undocumented. getUsedRange covers the same cells and returns A1
    // for a blank sheet instead of a null object.
    const merged = canReadMerges ? sheet.getUsedRange(false).getMergedAreasOrNullObject() : undefined;
    merged?.load("address");
    return { sheet, used, merged };
  });
  await context.sync();
  const protectedSheets = new Set(pending.filter((p) => p.sheet.protection.protected).map((p) => p.sheet.name));
  return { grid: { sheets: pending.map(toGrid) }, protectedSheets };
}
