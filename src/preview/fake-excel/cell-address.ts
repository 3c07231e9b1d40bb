// Where a note or a comment goes: Office.js takes a Range or an address.
import { parseA1 } from "../../core";
import type { FakeSheet } from "./document";
import { FakeOfficeError } from "./errors";
import type { RangeTarget } from "./format";

export interface CellTarget {
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly col: number;
}

/** The cell a range stands for, resolved at sync; more than one cell is InvalidCellAddress (NoteCollection.add docs). */
export function singleCell(target: RangeTarget | null, what: string): CellTarget {
  if (!target) throw new FakeOfficeError("InvalidObjectPath", `${what} on a null range`);
  const { sheet, box } = target;
  if (box.top !== box.bottom || box.left !== box.right) throw new FakeOfficeError("InvalidCellAddress", `${what}: not a single cell`);
  return { sheet, row: box.top, col: box.left };
}

/** "A1" (or "$A$1") on a known sheet. */
export function cellOf(sheet: FakeSheet, address: string, what: string): CellTarget {
  const pos = parseA1(address.replace(/\$/g, ""));
  if (!pos || address.includes(":")) throw new FakeOfficeError("InvalidCellAddress", `${what}: "${address}"`);
  return { sheet, row: pos.row, col: pos.col };
}
