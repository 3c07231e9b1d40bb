import type { CellValue, SheetGrid } from "../core";
import { SUMMARY_SHEET, toA1 } from "../core";
import type { HostWorkbook } from "../host/port";
import { parseAreaList } from "./parse-address";

/** The read, and what the adapter keeps from it for the writing step. */
export interface ExcelWorkbookRead extends HostWorkbook {
  /** Names of the sheets that exist (as Excel spells them). */
  readonly existing: ReadonlySet<string>;
  /** Kaohe's 汇总 sheet's charts, listed with the read so a rewrite can delete them (a chart survives Range.clear). */
  readonly summaryCharts: readonly Excel.Chart[];
}

interface PendingSheet {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | undefined;
}

function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

function toGrid(pending: PendingSheet): SheetGrid {
  const { sheet, used, merged } = pending;
  const name = sheet.name;
  if (used.isNullObject) return { name, values: [], merges: [] };
  const top = used.rowIndex;
  const left = used.columnIndex;
  const values: CellValue[][] = Array.from({ length: top }, () => []);
  const formulas: Record<string, string> = {};
  used.values.forEach((row, r) => {
    values.push([...Array<CellValue>(left).fill(null), ...row.map(toCellValue)]);
    (used.formulas[r] ?? []).forEach((formula, c) => {
      if (typeof formula === "string" && formula.startsWith("=")) formulas[toA1(top + r, left + c)] = formula.slice(1);
    });
  });
  const merges = merged && !merged.isNullObject ? parseAreaList(merged.address) : [];
  return { name, values, formulas, merges };
}

/**
 * Reads every sheet the core needs in two round trips whatever the
 * workbook's size: one to list the sheets, one for all their used ranges,
 * formulas, merged areas and protection (ExcelApi 1.13 for merges; without
 * it the core falls back to filling blank cells down). With `only`, the
 * listing is skipped: those sheets are read in one round trip.
 */
export async function readWorkbook(context: Excel.RequestContext, canReadMerges: boolean, only?: readonly string[]): Promise<ExcelWorkbookRead> {
  const collection = context.workbook.worksheets;
  let sheets: Excel.Worksheet[];
  if (only) {
    sheets = only.map((name) => collection.getItem(name).load("name,visibility"));
  } else {
    collection.load("items/name,items/visibility");
    await context.sync();
    sheets = collection.items;
  }
  const pending: PendingSheet[] = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(false);
    used.load("values,formulas,rowIndex,columnIndex");
    sheet.protection.load("protected");
    // Merges come from getUsedRange, never from `used`: on an empty sheet `used`
    // is a null object, and what the host does with a method called on a null
    // object is undocumented. getUsedRange covers the same cells and returns A1
    // for a blank sheet instead of a null object.
    const merged = canReadMerges ? sheet.getUsedRange(false).getMergedAreasOrNullObject() : undefined;
    merged?.load("address");
    return { sheet, used, merged };
  });
  const summary = only ? undefined : sheets.find((s) => s.name === SUMMARY_SHEET);
  const charts = summary?.charts.load("items/name");
  await context.sync();
  const protectedSheets = new Set(pending.filter((p) => p.sheet.protection.protected).map((p) => p.sheet.name));
  return {
    grid: { sheets: pending.map(toGrid) },
    protectedSheets,
    // Workbook structure protection is read by the issue-12 adapter work (Workbook.protection); not yet here.
    structureProtected: false,
    hiddenSheets: new Set(sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name)),
    existing: new Set(sheets.map((s) => s.name)),
    summaryCharts: charts?.items ?? [],
  };
}
