import type { CellRange } from "../core";
import type { EtRange, EtWorksheet } from "./et-model";
import { boxAddress, parseBoxAddress } from "./et-address";

/**
 * The merged areas inside `box`. ET has no call that lists a sheet's merged
 * areas, only Range.MergeCells (true, false, or null for "some") and the
 * per-cell MergeArea. So the box is halved while MergeCells says "some":
 * a part with none costs two calls and ends there; a part wholly merged has
 * its top-left cell's MergeArea read (kept) and ends when that area covers
 * it; a part with some is halved again. The cost grows
 * with the number of merged areas (at most ~4 calls per area per halving
 * level, log2 of the box's size), never with the cells between them: a
 * sheet without merges costs exactly 2 calls (Range, MergeCells).
 */
export function readMerges(sheet: EtWorksheet, box: CellRange): CellRange[] {
  const found: CellRange[] = [];
  const visit = (part: CellRange): void => {
    const range: EtRange = sheet.Range(boxAddress(part));
    const merged = range.MergeCells;
    if (merged === false) return;
    const single = part.top === part.bottom && part.left === part.right;
    // "Some merged": the top-left cell may be plain; only halving tells where the areas are.
    if (merged === null && !single) return split(part);
    const topLeft = single ? range : sheet.Range(boxAddress({ top: part.top, left: part.left, bottom: part.top, right: part.left }));
    const area = parseBoxAddress(topLeft.MergeArea.Address(false, false));
    if (area.bottom > area.top || area.right > area.left) found.push(area);
    // The part lies inside one merged area: nothing else can be in it.
    if (area.top <= part.top && area.left <= part.left && area.bottom >= part.bottom && area.right >= part.right) return;
    if (!single) split(part);
  };
  const split = (part: CellRange): void => {
    const rows = part.bottom - part.top;
    const cols = part.right - part.left;
    if (rows >= cols) {
      const mid = part.top + Math.floor(rows / 2);
      visit({ ...part, bottom: mid });
      visit({ ...part, top: mid + 1 });
    } else {
      const mid = part.left + Math.floor(cols / 2);
      visit({ ...part, right: mid });
      visit({ ...part, left: mid + 1 });
    }
  };
  visit(box);
  // A merged area straddling a halving line is found from each side: keep it once, whole.
  const seen = new Map<string, CellRange>();
  for (const area of found) seen.set(boxAddress(area), area);
  return [...seen.values()];
}
