/**
 * How a workbook's cells are split into reads that each stay well under Excel
 * on the web's 5 MB response cap ("payload size limit for requests and
 * responses of 5MB", resource limits for Office Add-ins). One action used to
 * read values and formulas of every sheet in one sync: 32–43 KB per unit sheet
 * before JSON escaping, so the cap fell at roughly 85–160 sheets.
 *
 * A chunk is a row band of one sheet or several whole sheets, sized by the
 * bytes its cells can bring back at most as Kaohe's sheets go: each cell
 * three times (value, formula and number format, loaded in the same sync),
 * as JSON, escaped. Round trips of a read: READ_FIXED_SYNCS + one per chunk.
 */

/**
 * JSON bytes one cell brings back, as planned for: 96 for its value and
 * formula together, 32 for its number format ("General", with quotes and
 * comma, is 10; a zh-CN date code such as yyyy"年"m"月"d"日" escaped, ~30).
 */
export const BYTES_PER_CELL = 128;
/** What one chunk may bring back: well under the 5 MB cap, for cells longer than planned. */
export const CHUNK_BUDGET_BYTES = 1536 * 1024;
export const CELLS_PER_CHUNK = Math.floor(CHUNK_BUDGET_BYTES / BYTES_PER_CELL);

/** The used range of a sheet, 0-based; null for an empty sheet. */
export interface SheetExtent {
  readonly name: string;
  readonly box: { readonly top: number; readonly left: number; readonly rows: number; readonly columns: number } | null;
}

/** One range to read: rows [top, top+rows) of a sheet's used columns. */
export interface ChunkPart {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** Parts read in one sync. */
export type Chunk = readonly ChunkPart[];

/** Splits every sheet's used range into chunks of at most CELLS_PER_CHUNK cells, in sheet order. */
export function planChunks(extents: readonly SheetExtent[], cellsPerChunk = CELLS_PER_CHUNK): Chunk[] {
  const chunks: ChunkPart[][] = [];
  let current: ChunkPart[] = [];
  let room = cellsPerChunk;
  const close = (): void => {
    if (current.length > 0) chunks.push(current);
    current = [];
    room = cellsPerChunk;
  };
  for (const { name, box } of extents) {
    if (box === null) continue;
    // A row is never split: at least one row per part, however wide.
    let top = box.top;
    const end = box.top + box.rows;
    while (top < end) {
      if (room < box.columns && current.length > 0) close();
      const rows = Math.min(end - top, Math.max(1, Math.floor(room / box.columns)));
      current.push({ sheet: name, top, left: box.left, rows, columns: box.columns });
      room -= rows * box.columns;
      top += rows;
      if (room <= 0) close();
    }
  }
  close();
  return chunks;
}
