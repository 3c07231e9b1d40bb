import type { CellRange } from "../core";
import { parseA1, toA1 } from "../core";

/** "B3:D9" of a 0-based box ("B3" for one cell). */
export function boxAddress(box: CellRange): string {
  const from = toA1(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? from : `${from}:${toA1(box.bottom, box.right)}`;
}

/** The 0-based box of "B3:D9", "$B$3" or "Sheet1!B3:D9". */
export function parseBoxAddress(address: string): CellRange {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = bare.split(":");
  const from = a ? parseA1(a) : null;
  const to = b ? parseA1(b) : null;
  if (!from || !to) throw new Error(`ET gave an address Kaohe cannot read: "${address}"`);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}
