import type { CellRange, CellValue, SheetGrid } from "./sheet-grid";
import { cellValue } from "./sheet-grid";

const CACHE = new WeakMap<SheetGrid, MergeIndex>();

/** One index per sheet, however many tables and units read it. */
export function mergeIndexOf(sheet: SheetGrid): MergeIndex {
  let index = CACHE.get(sheet);
  if (!index) {
    index = new MergeIndex(sheet);
    CACHE.set(sheet, index);
  }
  return index;
}

/**
 * Answers "which merged area covers this cell" in O(1), so reading a sheet
 * with many merges stays linear in its size.
 */
export class MergeIndex {
  /** Per cell (row * width + col): 1 + the index in sheet.merges of the area covering it, 0 for none. */
  private readonly byCell: Uint32Array;
  private readonly width: number;

  constructor(private readonly sheet: SheetGrid) {
    let widest = 1;
    for (const row of sheet.values) widest = Math.max(widest, row.length);
    this.width = widest;
    // Only cells the sheet holds can be read: a merge over whole columns (A1:J1048576) is clipped to them.
    const rows = sheet.values.length;
    // A flat array, not a map: every cell of every sheet is looked up here, most of them more than once.
    this.byCell = new Uint32Array(sheet.merges.length === 0 ? 0 : rows * widest);
    sheet.merges.forEach((m, i) => {
      for (let r = Math.max(0, m.top); r <= Math.min(m.bottom, rows - 1); r++) {
        for (let c = Math.max(0, m.left); c <= Math.min(m.right, widest - 1); c++) this.byCell[r * this.width + c] = i + 1;
      }
    });
  }

  areaAt(row: number, col: number): CellRange | undefined {
    if (col >= this.width || col < 0 || row < 0) return undefined;
    const at = this.byCell[row * this.width + col];
    return at === undefined || at === 0 ? undefined : this.sheet.merges[at - 1];
  }

  /** The value a reader sees at a cell: a merged area's top-left value. */
  valueAt(row: number, col: number): CellValue {
    const area = this.areaAt(row, col);
    return area ? cellValue(this.sheet, area.top, area.left) : cellValue(this.sheet, row, col);
  }

  /** True when the cell is inside a merge but not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const area = this.areaAt(row, col);
    return area !== undefined && (area.top !== row || area.left !== col);
  }
}
