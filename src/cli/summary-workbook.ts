import ExcelJS from "exceljs";
import type { SummaryTable } from "../core";
import { SUMMARY_NUMBER_FORMATS } from "../core";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The 汇总 workbook `kaohe summary` writes: the core table's title and
 * notes, then per assessment its heading, header, ranked rows and notes —
 * the same words every host prints; only the formatting is the file's.
 * Landscape, fitted to the page width; scores as 0.00.
 */
export function summaryWorkbook(table: SummaryTable): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kaohe";
  const sheet = workbook.addWorksheet("汇总", {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  const width = Math.max(...table.blocks.map((b) => b.header.length), 1);
  const heading = sheet.addRow([table.title]);
  sheet.mergeCells(heading.number, 1, heading.number, width);
  heading.getCell(1).font = { bold: true, size: 16 };
  heading.getCell(1).alignment = { horizontal: "center" };
  for (const note of table.notes) sheet.addRow([note]).getCell(1).font = { bold: true, color: { argb: "FFC00000" } };
  for (const block of table.blocks) {
    sheet.addRow([]);
    sheet.addRow([block.heading]).getCell(1).font = { bold: true, size: 12 };
    const header = sheet.addRow([...block.header]);
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.border = BORDER;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E7F5" } };
    });
    for (const values of block.rows) {
      const row = sheet.addRow([...values]);
      block.kinds.forEach((kind, c) => {
        const cell = row.getCell(c + 1);
        cell.border = BORDER;
        if (typeof cell.value === "number") cell.numFmt = SUMMARY_NUMBER_FORMATS[kind];
      });
    }
    for (const note of block.notes) sheet.addRow([note]).getCell(1).font = { italic: true, size: 9 };
  }
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 22;
  for (let c = 3; c <= width; c++) sheet.getColumn(c).width = 11;
  return workbook;
}
