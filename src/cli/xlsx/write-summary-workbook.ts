import ExcelJS from "exceljs";
import type { SummaryTable } from "../../core/summary/summary-table";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The 汇总 workbook: one printable table per group, landscape, fitted to the page width. */
export function summaryWorkbook(table: SummaryTable, title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kaohe";
  const sheet = workbook.addWorksheet("汇总", {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  const width = Math.max(...table.blocks.map((b) => b.header.length), 1);
  const heading = sheet.addRow([title]);
  sheet.mergeCells(heading.number, 1, heading.number, width);
  heading.getCell(1).font = { bold: true, size: 16 };
  heading.getCell(1).alignment = { horizontal: "center" };
  for (const block of table.blocks) {
    sheet.addRow([]);
    const name = sheet.addRow([`${block.group}（${block.rows.length} 个单位）`]);
    name.getCell(1).font = { bold: true, size: 12 };
    const header = sheet.addRow([...block.header]);
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.border = BORDER;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E7F5" } };
    });
    for (const values of block.rows) {
      const row = sheet.addRow([...values]);
      for (let c = 1; c <= block.header.length; c++) {
        const cell = row.getCell(c);
        cell.border = BORDER;
        if (typeof cell.value === "number" && c > 1) cell.numFmt = "0.##";
      }
    }
  }
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 22;
  for (let c = 3; c <= width; c++) sheet.getColumn(c).width = 11;
  return workbook;
}
