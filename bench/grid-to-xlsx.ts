// Plain grids → an exceljs workbook (values and merges), so the bench and the
// bad-input tests can put the in-memory 三河 sheets into real .xlsx files.
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../src/core";

export function gridToWorkbook(grid: WorkbookGrid): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null) ws.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return workbook;
}
