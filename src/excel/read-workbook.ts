import type { CellValue, SheetGrid } from "../core";
import { SUMMARY_SHEET, toA1 } from "../core";
import type { HostWorkbook } from "../host/port";
import { parseAreaList } from "./parse-address";
import type { ChunkPart, SheetExtent } from "./read-chunks";
import { CellBytes, cellsPerChunk, jsonUtf8Bytes, PAYLOAD_CAP_BYTES, planParts } from "./read-chunks";

/** The read, and what the adapter keeps from it for the writing step. */
export interface ExcelWorkbookRead extends HostWorkbook {
  /** Names of the sheets that exist (as Excel spells them). */
  readonly existing: ReadonlySet<string>;
  /** Kaohe's 汇总 sheet's charts, listed with the read so a rewrite can delete them (a chart survives Range.clear). */
  readonly summaryCharts: readonly Excel.Chart[];
  /** Syncs the cells took: one per chunk (read-chunks.ts), and one per chunk the host refused for its size, if any. */
  readonly chunks: number;
  /** What each chunk brought back, in JSON bytes (UTF-8), as the adapter weighed it. */
  readonly chunkBytes: readonly number[];
}

/**
 * What each chunk loads of its cells. The chunk sizing counts them: a
 * property added here (a number format…) makes the chunks smaller by itself.
 */
export const CELL_PROPERTIES = ["values", "formulas", "numberFormat"] as const;

/** The host refused a chunk for its size (Excel on the web, 5 MB): it is read again in smaller ones. */
function tooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
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

const cellsIn = (chunk: readonly ChunkPart[]): number => chunk.reduce((n, p) => n + p.rows * p.columns, 0);

/** The bands left once `chunk` — a prefix of `bands`, planParts' first — is read. A sheet is in `bands` once. */
function after(bands: readonly ChunkPart[], chunk: readonly ChunkPart[]): ChunkPart[] {
  const last = chunk[chunk.length - 1];
  if (!last) return [...bands];
  const at = bands.findIndex((b) => b.sheet === last.sheet);
  const band = bands[at];
  if (!band) return [];
  const end = last.top + last.rows;
  const left = band.top + band.rows - end;
  return [...(left > 0 ? [{ ...band, top: end, rows: left }] : []), ...bands.slice(at + 1)];
}

/**
 * Reads the cells chunk by chunk, one sync each, every chunk sized by what
 * those before it weighed (CellBytes). A chunk the host refuses for its size
 * is weighed at the cap and planned again, smaller: one more sync, only then.
 */
async function readChunks(context: Excel.RequestContext, extents: readonly SheetExtent[], cells: ReadonlyMap<string, SheetCells>): Promise<{ syncs: number; weighed: number[] }> {
  const collection = context.workbook.worksheets;
  const weight = new CellBytes(CELL_PROPERTIES.length);
  let bands: ChunkPart[] = extents.flatMap(({ name, box }) => (box === null ? [] : [{ sheet: name, ...box }]));
  const weighed: number[] = [];
  let syncs = 0;
  while (bands.length > 0) {
    const chunk = planParts(bands, cellsPerChunk(weight.perCell))[0] ?? [];
    const reads = chunk.map((part) => ({ part, range: collection.getItem(part.sheet).getRangeByIndexes(part.top, part.left, part.rows, part.columns).load(CELL_PROPERTIES.join(",")) }));
    try {
      syncs++;
      await context.sync();
    } catch (error) {
      // One row is the least a chunk holds: a row past the cap cannot be read in parts.
      if (!tooLarge(error) || chunk.length === 0 || cellsIn(chunk) <= (chunk[0]?.columns ?? 0)) throw error;
      weight.record(PAYLOAD_CAP_BYTES, cellsIn(chunk));
      continue;
    }
    let bytes = 0;
    for (const { part, range } of reads) {
      for (const property of CELL_PROPERTIES) bytes += jsonUtf8Bytes(range[property]);
      const target = cells.get(part.sheet);
      if (target) place(target, part, range);
    }
    weight.record(bytes, cellsIn(chunk));
    weighed.push(bytes);
    bands = after(bands, chunk);
  }
  return { syncs, weighed };
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
  const { syncs, weighed } = withCells ? await readChunks(context, plan, cells) : { syncs: 0, weighed: [] };
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
    chunks: syncs,
    chunkBytes: weighed,
  };
}
