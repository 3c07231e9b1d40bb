import type { CellValue, SheetGrid } from "../../core";
import { parseAreaList } from "../parse-address";

export interface SelectionRead {
  /** The active sheet, whole, as the core reads it. */
  readonly sheet: SheetGrid;
  readonly protected: boolean;
  /** Top-left cell of the selection, 0-based. */
  readonly row: number;
  readonly col: number;
}

function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * The selected cell and the sheet it is on, in one round trip: the
 * selection is always on the active sheet, so both are asked for together.
 * Merged areas need ExcelApi 1.13; without them the core fills blank
 * indicator cells down, as in every action.
 */
export async function readSelection(context: Excel.RequestContext, canReadMerges: boolean): Promise<SelectionRead> {
  const workbook = context.workbook;
  const selected = workbook.getSelectedRange().load("rowIndex,columnIndex");
  const worksheet = workbook.worksheets.getActiveWorksheet().load("name");
  const used = worksheet.getUsedRangeOrNullObject(false).load("values,rowIndex,columnIndex");
  worksheet.protection.load("protected");
  const merged = canReadMerges ? worksheet.getUsedRange(false).getMergedAreasOrNullObject().load("address") : undefined;
  await context.sync();
  const values: CellValue[][] = [];
  if (!used.isNullObject) {
    for (let r = 0; r < used.rowIndex; r++) values.push([]);
    for (const row of used.values) values.push([...Array<CellValue>(used.columnIndex).fill(null), ...row.map(toCellValue)]);
  }
  const merges = merged && !merged.isNullObject ? parseAreaList(merged.address) : [];
  return {
    sheet: { name: worksheet.name, values, merges },
    protected: worksheet.protection.protected,
    row: selected.rowIndex,
    col: selected.columnIndex,
  };
}
