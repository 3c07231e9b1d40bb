import type { CellValue, SheetGrid } from "../core";
import { SUMMARY_SHEET, toA1 } from "../core";
import type { HostWorkbook } from "../host/port";
import { parseAreaList } from "./parse-address";
import type { ChunkPart, SheetExtent } from "./read-chunks";
import { planChunks } from "./read-chunks";

/** The read, and what the adapter keeps from it for the writing step. */
export interface ExcelWorkbookRead extends HostWorkbook {
  /** Names of the sheets that exist (as Excel spells them). */
  readonly existing: ReadonlySet<string>;
  /** Kaohe's 汇总 sheet's charts, listed with the read so a rewrite can delete them (a chart survives Range.clear). */
  readonly summaryCharts: readonly Excel.Chart[];
  /** Syncs the cells took: one per chunk (read-chunks.ts). */
  readonly chunks: number;
}

/**
 * Round trips of a read besides its chunks: list the sheets (and the
 * workbook's structure protection); their extents, protection and merged
 * areas. With `only`, the listing is skipped.
 */
export const READ_FIXED_SYNCS = 2;

interface SheetCells {
  readonly values: CellValue[][];
  readonly formulas: Record<string, string>;
  /** Only numbers whose format is not General (SheetGrid.numberFormats). */
  readonly numberFormats: Record<string, string>;
}

function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** Puts one read part's values, formulas and number formats in place in its sheet's grid. */
function place(cells: SheetCells, part: ChunkPart, range: Excel.Range): void {
  range.values.forEach((row, r) => {
    const at = part.top + r;
    const line = (cells.values[at] = cells.values[at] ?? []);
    const formats = range.numberFormat[r];
    row.forEach((v, c) => {
      line[part.left + c] = toCellValue(v);
      const format: unknown = formats?.[c];
      if (typeof v === "number" && typeof format === "string" && format !== "General") cells.numberFormats[toA1(at, part.left + c)] = format;
    });
    (range.formulas[r] ?? []).forEach((formula, c) => {
      if (typeof formula === "string" && formula.startsWith("=")) cells.formulas[toA1(at, part.left + c)] = formula.slice(1);
    });
  });
}

/** Fills the holes `place` leaves (columns left of the used range) with null, as the core expects. */
function dense(values: CellValue[][]): CellValue[][] {
  return Array.from({ length: values.length }, (_, r) => Array.from({ length: values[r]?.length ?? 0 }, (_, c) => values[r]?.[c] ?? null));
}

/**
 * Reads every sheet the core needs in a small constant number of round
 * trips plus one per chunk, each chunk's response well under Excel on the
 * web's 5 MB (read-chunks.ts): list the sheets with the workbook's structure
 * protection; then each sheet's used range, protection and merged areas
 * (ExcelApi 1.13 — read once per action, never on selection change:
 * office-js#5918); then the cells, chunk by chunk: values, formulas and
 * number formats in the same sync (a date-typed 扣分 is a number to
 * Range.values; its format says what Excel shows). Without merges the core
 * fills blank cells down.
 */
export async function readWorkbook(context: Excel.RequestContext, canReadMerges: boolean, only?: readonly string[], withCells = true): Promise<ExcelWorkbookRead> {
  const collection = context.workbook.worksheets;
  // ExcelApi 1.7, the add-in's minimum: add, delete, rename and hide are refused under it.
  const structure = context.workbook.protection.load("protected");
  let sheets: Excel.Worksheet[];
  if (only) {
    sheets = only.map((name) => collection.getItem(name).load("name,visibility"));
  } else {
    collection.load("items/name,items/visibility");
    await context.sync();
    sheets = collection.items;
  }
  const extents = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(false).load("rowIndex,columnIndex,rowCount,columnCount");
    sheet.protection.load("protected");
    // Merges come from getUsedRange, never from `used`: on an empty sheet `used`
    // is a null object, and what the host does with a method called on a null
    // object is undocumented. getUsedRange covers the same cells and returns A1
    // for a blank sheet instead of a null object.
    const merged = canReadMerges ? sheet.getUsedRange(false).getMergedAreasOrNullObject().load("address") : undefined;
    return { sheet, used, merged };
  });
  const summary = only ? undefined : sheets.find((s) => s.name === SUMMARY_SHEET);
  const charts = summary?.charts.load("items/name");
  try {
    await context.sync();
  } catch (error) {
    // Past 512 merged areas on one sheet the merged-area read fails the sync
    // (Range.getMergedAreasOrNullObject docs): read again without merges, and let the core fill down.
    if (!canReadMerges) throw error;
    return readWorkbook(context, false, only, withCells);
  }
  const plan: SheetExtent[] = extents.map(({ sheet, used }) => ({
    name: sheet.name,
    box: used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount },
  }));
  const cells = new Map<string, SheetCells>(sheets.map((s) => [s.name, { values: [], formulas: {}, numberFormats: {} }]));
  // Without cells (a protection check) no chunk is read: the extents' sync was the whole read.
  const chunks = withCells ? planChunks(plan) : [];
  for (const chunk of chunks) {
    const reads = chunk.map((part) => ({ part, range: collection.getItem(part.sheet).getRangeByIndexes(part.top, part.left, part.rows, part.columns).load("values,formulas,numberFormat") }));
    await context.sync();
    for (const { part, range } of reads) {
      const target = cells.get(part.sheet);
      if (target) place(target, part, range);
    }
  }
  const grids: SheetGrid[] = extents.map(({ sheet, merged }) => {
    const read = cells.get(sheet.name) ?? { values: [], formulas: {}, numberFormats: {} };
    const areas = merged && !merged.isNullObject ? parseAreaList(merged.address) : [];
    return { name: sheet.name, values: dense(read.values), formulas: read.formulas, numberFormats: read.numberFormats, merges: areas };
  });
  return {
    grid: { sheets: grids },
    protectedSheets: new Set(extents.filter((e) => e.sheet.protection.protected).map((e) => e.sheet.name)),
    structureProtected: structure.protected,
    hiddenSheets: new Set(sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name)),
    existing: new Set(sheets.map((s) => s.name)),
    summaryCharts: charts?.items ?? [],
    chunks: chunks.length,
  };
}
