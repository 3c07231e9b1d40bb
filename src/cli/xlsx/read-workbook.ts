import ExcelJS from "exceljs";
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../core";
import { parseA1 } from "../../core";
import { prepareExcelJsReading } from "./builtin-formats";

// Before any workbook is parsed (run-scoring.ts and loadWorkbook both import this module first).
prepareExcelJsReading();

/**
 * exceljs → the core's plain grids. Formula cells give their cached result
 * as the value and their formula text separately, so the core can see that
 * an output cell holds a formula without ever evaluating one.
 */
/** Excel holds a date as its serial number (days since 1899-12-30); exceljs turns a date-formatted number into a Date. */
function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * A cell's value as Excel's Range.values gives it: a date is its serial
 * number, as the add-ins read it (its format says it is a date:
 * SheetGrid.numberFormats), so every host hands the core the same grid.
 */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return excelSerial(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return plainValue((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("hyperlink" in value) return String(value.text ?? "");
  if ("error" in value) return String(value.error);
  return null;
}

function formulaOf(value: ExcelJS.CellValue): string | undefined {
  if (value === null || typeof value !== "object" || value instanceof Date) return undefined;
  if ("formula" in value && typeof value.formula === "string") return value.formula;
  if ("sharedFormula" in value && typeof value.sharedFormula === "string") return value.sharedFormula;
  return undefined;
}

function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(":");
  const from = a ? parseA1(a) : null;
  const to = b ? parseA1(b) : null;
  if (!from || !to) return undefined;
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

export function sheetToGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: Record<string, string> = {};
  const hiddenRows: number[] = [];
  const numberFormats: Record<string, string> = {};
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = plainValue(cell.value);
      cells[colNumber - 1] = value;
      // exceljs gives the cellXfs format of the cell's style (built-in ids resolved, builtin-formats.ts).
      const format = cell.numFmt;
      if (typeof value === "number" && format && format !== "General") numberFormats[cell.address] = format;
      const formula = formulaOf(cell.value);
      if (formula !== undefined) formulas[cell.address] = formula;
    });
    values[r] = Array.from(cells, (v) => v ?? null);
  });
  const merges = (worksheet.model.merges ?? []).flatMap((ref) => parseRange(ref) ?? []);
  return { name: worksheet.name, values: Array.from(values, (row) => row ?? []), formulas, merges, hiddenRows, numberFormats };
}

export function workbookToGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.map(sheetToGrid) };
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
