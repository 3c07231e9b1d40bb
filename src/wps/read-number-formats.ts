import type { CellRange, CellValue } from "../core";
import { toA1 } from "../core";
import type { EtRange, EtWorksheet } from "./et-model";
import { boxAddress } from "./et-address";

/**
 * Most Range probes one sheet's number formats may take after the used
 * range's own NumberFormat: each probe is two host calls (Worksheet.Range,
 * Range.NumberFormat), so a sheet costs at most 1 + 2 × this, whatever its
 * size (test/wps/number-format-calls.test.ts). Halving finds one cell of
 * its own format among n numbers in about 2·log2(n) probes: ~26 on a
 * 48-unit matrix sheet (~7,000 cells), so the bound covers a sheet with
 * about ten such cells; a sheet whose formats go by column costs a few.
 */
export const FORMAT_PROBES_PER_SHEET = 256;

const GENERAL = new Set(["General", "G/通用格式"]);

interface At {
  readonly row: number;
  readonly col: number;
}

function boundsOf(cells: readonly At[]): CellRange | undefined {
  if (cells.length === 0) return undefined;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const { row, col } of cells) {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, col);
    right = Math.max(right, col);
  }
  return { top, left, bottom, right };
}

function inside(box: CellRange, at: At): boolean {
  return at.row >= box.top && at.row <= box.bottom && at.col >= box.left && at.col <= box.right;
}

/** The box's numbers split in two halves — columns while it has more than one, as formats go by column — each half trimmed to the numbers it holds. */
function halves(box: CellRange, cells: readonly At[]): { box: CellRange; cells: At[] }[] {
  const rows = box.bottom - box.top;
  const cols = box.right - box.left;
  const [a, b]: [CellRange, CellRange] =
    cols > 0
      ? [
          { ...box, right: box.left + Math.floor(cols / 2) },
          { ...box, left: box.left + Math.floor(cols / 2) + 1 },
        ]
      : [
          { ...box, bottom: box.top + Math.floor(rows / 2) },
          { ...box, top: box.top + Math.floor(rows / 2) + 1 },
        ];
  return [a, b].flatMap((half) => {
    const held = cells.filter((at) => inside(half, at));
    const trimmed = boundsOf(held);
    return trimmed ? [{ box: trimmed, cells: held }] : [];
  });
}

/**
 * The number formats of a sheet's numbers (SheetGrid.numberFormats), in a
 * bounded number of host calls. ET's Range.NumberFormat gives one code for
 * a range whose cells share it and null for a mixed one, and nothing per
 * cell; so: the used range first (one call: a sheet all in one format ends
 * there), then, while a part is mixed, the part is halved (halves()), each half trimmed to the numbers it
 * holds, for formats on text and blank cells change nothing. The cost grows
 * with the places the format changes between numbers, never with the cells
 * between them, and stops at FORMAT_PROBES_PER_SHEET; numbers in a part not
 * yet resolved then read as General (docs/wps.md).
 */
export function readNumberFormats(sheet: EtWorksheet, used: EtRange, grid: readonly (readonly CellValue[])[]): Record<string, string> {
  const numbers: At[] = [];
  grid.forEach((line, row) => line.forEach((value, col) => typeof value === "number" && numbers.push({ row, col })));
  const formats: Record<string, string> = {};
  const give = (format: string, cells: readonly At[]): void => {
    if (GENERAL.has(format)) return;
    for (const { row, col } of cells) formats[toA1(row, col)] = format;
  };
  const bounds = boundsOf(numbers);
  if (!bounds) return formats;
  const whole = used.NumberFormat;
  if (typeof whole === "string") {
    give(whole, numbers);
    return formats;
  }
  const queue = [{ box: bounds, cells: numbers }];
  let probes = 0;
  while (queue.length > 0 && probes < FORMAT_PROBES_PER_SHEET) {
    const part = queue.shift();
    if (!part) break;
    probes++;
    const format = sheet.Range(boxAddress(part.box)).NumberFormat;
    if (typeof format === "string") give(format, part.cells);
    else queue.push(...halves(part.box, part.cells));
  }
  return formats;
}
