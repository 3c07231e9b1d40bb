import { parseA1 } from "../grid/a1";
import type { SheetGrid } from "../grid/sheet-grid";
import { cellValue } from "../grid/sheet-grid";
import type { Finding } from "./finding";
import { finding } from "./finding";

/**
 * A formula saved without its result (openpyxl and other generators write
 * only <f>, leaving the calculation to Excel) reaches the grid as a formula
 * with no value. Read as blank, a 扣分 formula would silently raise the
 * score; so each such cell is an error naming it. Excel and WPS always
 * store the result, so a workbook saved there never has one.
 */
export function uncalculatedFormulas(sheet: SheetGrid): Finding[] {
  const found: Finding[] = [];
  for (const [cell, formula] of Object.entries(sheet.formulas ?? {})) {
    const pos = parseA1(cell);
    if (pos && cellValue(sheet, pos.row, pos.col) === null) found.push(finding("FORMULA_NOT_CALCULATED", sheet.name, cell, { formula }));
  }
  return found;
}
