import type { CellValue, SheetGrid } from "../core";
import { toA1 } from "../core";
import type { HostWorkbook } from "../host/port";
import type { EtGrid, EtValue, EtWorkbook, EtWorksheet } from "./et-model";
import { XL_SHEET_VISIBLE } from "./et-model";
import { readMerges } from "./read-merges";
import { readNumberFormats } from "./read-number-formats";

/** The read, and what the adapter keeps from it for the writing step. */
export interface WpsWorkbookRead extends HostWorkbook {
  /** Names of the sheets that exist (as ET spells them). */
  readonly existing: ReadonlySet<string>;
}

function toCellValue(value: EtValue): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  return value;
}

/** Value2 / Formula of one cell is a scalar, of more cells rows of cells. */
function asGrid(value: EtValue | EtGrid): EtGrid {
  return Array.isArray(value) ? value : [[value]];
}

/**
 * One sheet in a bounded number of calls whatever its size: name,
 * visibility, protection, the used range's position and size, its whole
 * Value2 and Formula arrays (two calls), its numbers' formats
 * (read-number-formats.ts: one call when the sheet has one format) and its
 * merged areas (read-merges.ts).
 */
function readSheet(sheet: EtWorksheet, merges: boolean): { grid: SheetGrid; visible: boolean; protectedSheet: boolean } {
  const name = sheet.Name;
  const visible = sheet.Visible === XL_SHEET_VISIBLE;
  const protectedSheet = sheet.ProtectContents;
  const used = sheet.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  const values = asGrid(used.Value2);
  const formulaCells = asGrid(used.Formula);
  const grid: CellValue[][] = Array.from({ length: top }, () => []);
  const formulas: Record<string, string> = {};
  values.forEach((row, r) => {
    grid.push([...Array<CellValue>(left).fill(null), ...row.map(toCellValue)]);
    (formulaCells[r] ?? []).forEach((formula, c) => {
      if (typeof formula === "string" && formula.startsWith("=")) formulas[toA1(top + r, left + c)] = formula.slice(1);
    });
  });
  // An empty sheet's UsedRange is its blank A1: it holds nothing, as Excel's null used range.
  if (rows === 1 && cols === 1 && toCellValue(values[0]?.[0]) === null) grid.length = 0;
  const box = { top, left, bottom: top + rows - 1, right: left + cols - 1 };
  const numberFormats = readNumberFormats(sheet, used, grid);
  return { grid: { name, values: grid, formulas, numberFormats, merges: merges ? readMerges(sheet, box, used) : [] }, visible, protectedSheet };
}

/** Every sheet (or only `only`), in tab order, Kaohe's very hidden ones included. */
export function readWorkbook(workbook: EtWorkbook, merges: boolean, only?: readonly string[]): WpsWorkbookRead {
  const sheets = workbook.Sheets;
  const list: EtWorksheet[] = [];
  if (only) for (const name of only) list.push(sheets.Item(name));
  else {
    const count = sheets.Count;
    for (let i = 1; i <= count; i++) list.push(sheets.Item(i));
  }
  const read = list.map((sheet) => readSheet(sheet, merges));
  return {
    grid: { sheets: read.map((r) => r.grid) },
    protectedSheets: new Set(read.filter((r) => r.protectedSheet).map((r) => r.grid.name)),
    structureProtected: workbook.ProtectStructure,
    hiddenSheets: new Set(read.filter((r) => !r.visible).map((r) => r.grid.name)),
    existing: new Set(read.map((r) => r.grid.name)),
  };
}
