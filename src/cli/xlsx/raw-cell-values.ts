import type { CellValue, SheetGrid, WorkbookGrid } from "../../core";
import { parseA1 } from "../../core";
import { sheetParts } from "./package-parts";
import type { XlsxPackage } from "./xlsx-package";
import { attr, unescapeXml } from "./xml-text";

/**
 * Cells exceljs reads as a number they are not. A `t="d"` cell (an ISO 8601
 * date, as Strict OOXML files and some generators store dates) is parsed
 * with parseFloat: <v>2026-01-02T00:00:00</v> becomes 2026 points. A number
 * cell whose <v> is no number ("1,5", "abc" from a careless generator)
 * becomes NaN or its leading digits. Read from the sheet's own XML, such a
 * cell is given to the core as the text it holds, so it is reported
 * (ENTRY_NOT_NUMBER quoting what is there) instead of counted.
 */
const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

function textOf(type: string | undefined, v: string): string | undefined {
  if (type === "d") {
    // A midnight time says nothing: 2026-01-02T00:00:00 shows as 2026-01-02.
    return v.replace(/T00:00(:00(\.0+)?)?Z?$/, "");
  }
  if ((type === undefined || type === "n") && !NUMBER.test(v)) return v;
  return undefined;
}

/** A1 → the text to read instead, for every misread cell of one sheet's XML. */
export function misreadCells(sheetXml: string): Map<string, string> {
  const found = new Map<string, string>();
  // Only cells that are typed d, or untyped/n with a <v> that is not plain digits, can be misread: the pattern skips the rest cheaply.
  for (const [, open = "", v = ""] of sheetXml.matchAll(/(<(?:\w+:)?c(?:\s[^>]*)?(?<!\/)>)(?:(?!<\/?(?:\w+:)?c[\s>/])[\s\S])*?<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/g)) {
    const type = attr(open, "t");
    if (type !== undefined && type !== "d" && type !== "n") continue;
    const text = textOf(type, unescapeXml(v));
    const address = attr(open, "r");
    if (text !== undefined && address !== undefined) found.set(address, text);
  }
  return found;
}

function corrected(sheet: SheetGrid, cells: ReadonlyMap<string, string>): SheetGrid {
  const values: CellValue[][] = sheet.values.map((row) => [...row]);
  for (const [address, text] of cells) {
    const at = parseA1(address);
    const row = at ? values[at.row] : undefined;
    // Only where exceljs put a value (a cell under a merge's master is not read at all).
    if (!at || !row || row[at.col] === undefined || row[at.col] === null) continue;
    row[at.col] = text;
  }
  return { ...sheet, values };
}

/** The grid with every misread cell given as the text it holds. */
export function withRawCellValues(grid: WorkbookGrid, pkg: XlsxPackage): WorkbookGrid {
  const parts = new Map(sheetParts(pkg).map((s) => [s.name, s.part]));
  return {
    ...grid,
    sheets: grid.sheets.map((sheet) => {
      const xml = pkg.text(parts.get(sheet.name) ?? "");
      const cells = xml === undefined || !/\bt="d"|<(?:\w+:)?v>[^<]*[^\d.<-][^<]*<\//.test(xml) ? undefined : misreadCells(xml);
      return cells && cells.size > 0 ? corrected(sheet, cells) : sheet;
    }),
  };
}
