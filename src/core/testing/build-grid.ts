import { parseA1 } from "../grid/a1";
import type { CellRange, CellValue, SheetGrid } from "../grid/sheet-grid";

/** Builds a sheet inline for tests: rows of values, merges as "A2:A5". */
export function buildGrid(name: string, values: CellValue[][], merges: string[] = [], formulas: Record<string, string> = {}): SheetGrid {
  return { name, values, merges: merges.map(toRange), formulas };
}

function toRange(ref: string): CellRange {
  const [a = "", b = a] = ref.split(":");
  const from = parseA1(a);
  const to = parseA1(b);
  if (!from || !to) throw new Error(`bad range ${ref}`);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}
