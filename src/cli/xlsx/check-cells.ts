import { PackageError } from "./package-parts";
import { attr } from "./xml-text";

/**
 * Cells Excel would call damaged, and exceljs would read as something else
 * without a word: named instead (exit 2 with the part and the cell).
 * - a row or cell past 1,048,576 rows or column XFD;
 * - a cell type (t) that is none of Excel's (exceljs reads t="x" as a number);
 * - a shared-string cell whose <v> is no index into the table — past its end
 *   (read as blank), negative (exceljs fails) or fractional (exceljs picks
 *   another string).
 */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = "XFD";
const CELL_TYPES = new Set(["b", "d", "e", "inlineStr", "n", "s", "str"]);

function beyondLimits(ref: string): boolean {
  const match = /^([A-Za-z]+)(\d+)$/.exec(ref);
  if (!match) return false;
  const column = (match[1] ?? "").toUpperCase();
  const row = Number(match[2]);
  return column.length > 3 || (column.length === 3 && column > MAX_COLUMN) || row > MAX_ROW || row < 1;
}

export function checkSheetCells(xml: string, part: string, sheet: string, sharedCount: number): void {
  for (const [, row = ""] of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\sr="(\d+)"/g)) {
    if (Number(row) > MAX_ROW || Number(row) < 1) throw new PackageError(part, "beyond-sheet-limits", sheet, { cell: "", index: Number(row), count: 0 });
  }
  // Each cell's start tag, and for t="s" the <v> right after it.
  for (const [, open = "", v] of xml.matchAll(/(<(?:\w+:)?c(?:\s[^>]*)?>)(?:\s*<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>)?/g)) {
    const ref = attr(open, "r") ?? "";
    if (beyondLimits(ref)) throw new PackageError(part, "beyond-sheet-limits", sheet, { cell: ref, index: 0, count: 0 });
    const type = attr(open, "t");
    if (type !== undefined && !CELL_TYPES.has(type)) throw new PackageError(part, "invalid-cell", sheet, { cell: ref, index: 0, count: 0, text: `单元格类型 t="${type}" 不是 Excel 的单元格类型` });
    if (type !== "s" || v === undefined || open.endsWith("/>")) continue;
    if (!/^\s*\d+\s*$/.test(v)) throw new PackageError(part, "invalid-cell", sheet, { cell: ref, index: 0, count: 0, text: `共享字符串编号“${v}”不是有效的编号` });
    if (Number(v) >= sharedCount) throw new PackageError(part, "shared-string-out-of-range", sheet, { cell: ref || "?", index: Number(v), count: sharedCount });
  }
}
