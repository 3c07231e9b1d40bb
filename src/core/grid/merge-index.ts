import type { CellRange, CellValue, SheetGrid } from "./sheet-grid";
import { cellValue } from "./sheet-grid";

/**
 * Answers "which merged area covers this cell" in O(1), so reading a sheet
 * with many merges stays linear in its size.
 */
export class MergeIndex {
  private readonly byCell = new Map<number, CellRange>();
  private readonly width: number;

  constructor(private readonly sheet: SheetGrid) {
    let widest = 1;
    for (const m of sheet.merges) widest = Math.max(widest, m.right + 1);
    for (const row of sheet.values) widest = Math.max(widest, row.length);
    this.width = widest;
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.byCell.set(r * this.width + c, m);
      }
    }
  }

  areaAt(row: number, col: number): CellRange | undefined {
    if (col >= this.width) return undefined;
    return this.byCell.get(row * this.width + col);
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
