// Fills a FakeDocument the way Excel would hold the same workbook: from the
// core's plain grids, or from an exceljs workbook (as if the .xlsx were
// opened in Excel).
import type ExcelJS from "exceljs";
import type { CellRange, WorkbookGrid } from "../../core";
import { parseA1 } from "../../core";
import type { ExcelValue, Visibility } from "./document";
import { FakeDocument } from "./document";

export function documentFromGrid(grid: WorkbookGrid): FakeDocument {
  const doc = new FakeDocument();
  for (const g of grid.sheets) {
    const sheet = doc.addSheet(g.name);
    g.values.forEach((row, r) =>
      row.forEach((value, c) => {
        // An empty string is no content in Excel: Range.values gives "" for an empty cell anyway.
        if (value !== null && value !== "") sheet.edit(r, c).value = value;
      }),
    );
    for (const [a1, formula] of Object.entries(g.formulas ?? {})) {
      const pos = parseA1(a1);
      if (pos) sheet.edit(pos.row, pos.col).formula = `=${formula}`;
    }
    for (const [a1, format] of Object.entries(g.numberFormats ?? {})) {
      const pos = parseA1(a1);
      if (pos) sheet.edit(pos.row, pos.col).numberFormat = format;
    }
    sheet.merges = g.merges.map((m) => ({ ...m }));
  }
  return doc;
}

/** Excel reports a date as its serial number (days since 1899-12-30), not as text. */
function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function excelValue(value: ExcelJS.CellValue): ExcelValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return excelSerial(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return excelValue((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("hyperlink" in value) return String(value.text ?? "");
  if ("error" in value) return String(value.error);
  return "";
}

function parseRef(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(":");
  const from = a ? parseA1(a) : null;
  const to = b ? parseA1(b) : null;
  return from && to ? { top: from.row, left: from.col, bottom: to.row, right: to.col } : undefined;
}

/** A solid fill's colour as Excel reads it ("#RRGGBB"); exceljs keeps ARGB. */
function solidFill(fill: ExcelJS.Fill | undefined): string | undefined {
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

const VISIBILITY: Readonly<Record<string, Visibility>> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

export function documentFromExcelJs(workbook: ExcelJS.Workbook): FakeDocument {
  const doc = new FakeDocument();
  for (const ws of workbook.worksheets) {
    const sheet = doc.addSheet(ws.name);
    sheet.visibility = VISIBILITY[ws.state] ?? "Visible";
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const styled = Object.keys(cell.style ?? {}).length > 0;
        // Only a merged area's top-left cell holds a value in Excel.
        const covered = cell.isMerged && cell.master !== cell;
        const value = covered ? "" : excelValue(cell.value);
        const formula = covered ? undefined : cell.formula;
        if (value === "" && !formula && !styled) return;
        const target = sheet.edit(rowNumber - 1, colNumber - 1);
        target.value = value;
        if (formula) target.formula = `=${formula}`;
        if (styled) target.styled = true;
        // The cell's number format as Range.numberFormat reports it ("General" where none is set).
        if (cell.numFmt && cell.numFmt !== "General") target.numberFormat = cell.numFmt;
        const fill = solidFill(cell.fill);
        if (fill) target.fill = { color: fill, tint: 0 };
      });
    });
    sheet.merges = (ws.model.merges ?? []).flatMap((ref) => parseRef(ref) ?? []);
  }
  return doc;
}
