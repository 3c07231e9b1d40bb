import type { CellValue, SheetGrid } from "../../core";
import { parseAreaList } from "../parse-address";

export interface SelectionRead {
  /** The active sheet, whole, as the core reads it. */
  readonly sheet: SheetGrid;
  readonly protected: boolean;
  /** Top-left cell of the selection, 0-based. */
  readonly row: number;
  readonly col: number;
  /** Several areas were selected: only the first one's top-left cell is used. */
  readonly multiArea: boolean;
}

function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * The selected cell and the sheet it is on, in one round trip: the
 * selection is always on the active sheet, so both are asked for together.
 *
 * No merged areas here: this runs on every selection change while the pane
 * is open, and reading merged areas clears the user's undo stack on Windows
 * (office-js#5918) — typing, clicking and Ctrl+Z must keep working. The core
 * fills blank indicator cells down instead, as on hosts without ExcelApi 1.13.
 *
 * A Ctrl+click selection of several areas makes getSelectedRange throw
 * (Workbook.getSelectedRange docs): getSelectedRanges (1.9) is asked instead,
 * and the first area's top-left cell is the one the form follows.
 */
export async function readSelection(context: Excel.RequestContext, canReadAreas: boolean): Promise<SelectionRead> {
  const workbook = context.workbook;
  const areas = canReadAreas ? workbook.getSelectedRanges().load("address,areaCount") : undefined;
  const selected = areas ? undefined : workbook.getSelectedRange().load("rowIndex,columnIndex");
  const worksheet = workbook.worksheets.getActiveWorksheet().load("name");
  const used = worksheet.getUsedRangeOrNullObject(false).load("values,rowIndex,columnIndex");
  worksheet.protection.load("protected");
  await context.sync();
  const values: CellValue[][] = [];
  if (!used.isNullObject) {
    for (let r = 0; r < used.rowIndex; r++) values.push([]);
    for (const row of used.values) values.push([...Array<CellValue>(used.columnIndex).fill(null), ...row.map(toCellValue)]);
  }
  const first = areas ? parseAreaList(areas.address)[0] : undefined;
  return {
    sheet: { name: worksheet.name, values, merges: [] },
    protected: worksheet.protection.protected,
    row: first ? first.top : (selected?.rowIndex ?? 0),
    col: first ? first.left : (selected?.columnIndex ?? 0),
    multiArea: areas !== undefined && areas.areaCount > 1,
  };
}
