import ExcelJS from "exceljs";
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../core";
import { parseA1 } from "../../core";

/**
 * exceljs → the core's plain grids. Formula cells give their cached result
 * as the value and their formula text separately, so the core can see that
 * an output cell holds a formula without ever evaluating one.
 */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
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
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      cells[colNumber - 1] = plainValue(cell.value);
      const formula = formulaOf(cell.value);
      if (formula !== undefined) formulas[cell.address] = formula;
    });
    values[r] = Array.from(cells, (v) => v ?? null);
  });
  const merges = (worksheet.model.merges ?? []).flatMap((ref) => parseRange(ref) ?? []);
  return { name: worksheet.name, values: Array.from(values, (row) => row ?? []), formulas, merges, hiddenRows };
}

export function workbookToGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.map(sheetToGrid) };
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
