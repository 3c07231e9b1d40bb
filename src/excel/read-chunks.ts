/**
 * How a workbook's cells are split into reads that each stay under Excel on
 * the web's 5 MB response cap ("payload size limit for requests and
 * responses of 5MB", resource limits for Office Add-ins). One action used to
 * read values and formulas of every sheet in one sync: 32–43 KB per unit
 * sheet, so the cap fell at roughly 85–160 sheets.
 *
 * A chunk is a row band of one sheet or several whole sheets, sized by the
 * bytes its cells are estimated to bring back: so many bytes per cell for
 * each property loaded (values, formulas, …), at first as Kaohe's sheets go
 * at their longest, then from what the chunks already read actually
 * weighed (CellBytes). Round trips of a read: READ_FIXED_SYNCS + one per chunk.
 */

/** Excel on the web's cap on one response (and one request). */
export const PAYLOAD_CAP_BYTES = 5 * 1024 * 1024;
/** JSON bytes one cell brings back for one loaded property, before anything was read: a long cell of a scoresheet. */
export const BYTES_PER_CELL_PROPERTY = 48;
/**
 * What one chunk may be planned to bring back: the cap less a fifth for the
 * estimate's error, the response's own framing and the listing's share.
 */
export const CHUNK_BUDGET_BYTES = 4 * 1024 * 1024;
/**
 * A measured weight is raised by a quarter for the cells not read yet, which
 * may be longer than those read. Unit sheets are copies of one table, so
 * their weight varies little; a chunk that still passes the cap is refused
 * by the host and read again smaller (read-workbook.ts), never lost.
 */
export const MEASURED_MARGIN = 1.25;

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

/** Cells a chunk may hold when each weighs `bytesPerCell`. */
export function cellsPerChunk(bytesPerCell: number, budget = CHUNK_BUDGET_BYTES): number {
  return Math.max(1, Math.floor(budget / Math.max(1, bytesPerCell)));
}

/** Splits every sheet's used range into chunks of at most `cells` cells, in sheet order. */
export function planChunks(extents: readonly SheetExtent[], cells: number): Chunk[] {
  return planParts(
    extents.flatMap(({ name, box }) => (box === null ? [] : [{ sheet: name, ...box }])),
    cells,
  );
}

/** Packs row bands into chunks of at most `cells` cells; a row is never split (one row per part at least, however wide). */
export function planParts(bands: readonly ChunkPart[], cells: number): Chunk[] {
  const chunks: ChunkPart[][] = [];
  let current: ChunkPart[] = [];
  let room = cells;
  const close = (): void => {
    if (current.length > 0) chunks.push(current);
    current = [];
    room = cells;
  };
  for (const band of bands) {
    let top = band.top;
    const end = band.top + band.rows;
    while (top < end) {
      if (room < band.columns && current.length > 0) close();
      const rows = Math.min(end - top, Math.max(1, Math.floor(room / band.columns)));
      current.push({ ...band, top, rows });
      room -= rows * band.columns;
      top += rows;
      if (room <= 0) close();
    }
  }
  close();
  return chunks;
}

/** UTF-8 bytes of a value as JSON: what the host sends back for it. */
export function jsonUtf8Bytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Two more bytes for U+0800–U+FFFF (CJK); a surrogate pair's two units make 4 bytes, one more each.
    if (code >= 0x800) bytes += code >= 0xd800 && code <= 0xdfff ? 1 : 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/**
 * The estimate of a cell's weight for `properties` loaded properties: the
 * planning constant until something was read, then twice the heaviest
 * chunk's measured average (never less than a tenth of the planning
 * constant: an empty first sheet says little of the next).
 */
export class CellBytes {
  private measured = 0;

  constructor(readonly properties: number) {}

  /** What one chunk of `cells` cells weighed in all. */
  record(bytes: number, cells: number): void {
    if (cells > 0) this.measured = Math.max(this.measured, bytes / cells);
  }

  get perCell(): number {
    const planned = BYTES_PER_CELL_PROPERTY * this.properties;
    return this.measured === 0 ? planned : Math.max(planned / 10, this.measured * MEASURED_MARGIN);
  }
}
