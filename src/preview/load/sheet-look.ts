import type ExcelJS from "exceljs";

/** What the preview draws besides values and fills: column widths and a few cell styles from the .xlsx. */
export interface CellLook {
  readonly bold?: boolean;
  readonly align?: string;
  readonly wrap?: boolean;
}

export interface SheetLook {
  /** Pixels, by 0-based column. */
  readonly widths: readonly number[];
  /** By A1 address. */
  readonly cells: ReadonlyMap<string, CellLook>;
}

export type WorkbookLook = ReadonlyMap<string, SheetLook>;

/** Excel's default column: 8.43 characters, 64 pixels. */
export const DEFAULT_WIDTH_PX = 64;

/** Excel's width unit is the width of a digit of the default font, about 7 pixels, plus 5 of padding. */
function widthPx(chars: number | undefined): number {
  return chars === undefined ? DEFAULT_WIDTH_PX : Math.round(chars * 7 + 5);
}

export function readLook(workbook: ExcelJS.Workbook): WorkbookLook {
  const looks = new Map<string, SheetLook>();
  for (const ws of workbook.worksheets) {
    const widths: number[] = [];
    for (let c = 1; c <= ws.columnCount; c++) widths.push(widthPx(ws.getColumn(c).width));
    const cells = new Map<string, CellLook>();
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const look: { bold?: boolean; align?: string; wrap?: boolean } = {};
        if (cell.font?.bold) look.bold = true;
        if (cell.alignment?.horizontal) look.align = cell.alignment.horizontal;
        if (cell.alignment?.wrapText) look.wrap = true;
        if (Object.keys(look).length > 0) cells.set(cell.address, look);
      });
    });
    looks.set(ws.name, { widths, cells });
  }
  return looks;
}
