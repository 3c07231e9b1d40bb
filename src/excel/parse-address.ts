import type { CellRange } from "../core";
import { parseA1 } from "../core";

/**
 * Excel addresses carry their sheet ("'岳阳县'!A1:B4, '岳阳县'!D1:D4");
 * the core wants 0-based rectangles.
 */
export function parseAreaList(address: string): CellRange[] {
  if (address.trim() === "") return [];
  return address.split(",").flatMap((part) => {
    const ref = part.slice(part.lastIndexOf("!") + 1).trim();
    const [a, b = a] = ref.split(":");
    const from = a ? parseA1(a) : null;
    const to = b ? parseA1(b) : null;
    return from && to ? [{ top: from.row, left: from.col, bottom: to.row, right: to.col }] : [];
  });
}
