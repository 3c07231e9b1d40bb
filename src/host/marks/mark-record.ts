import type { CellValue, SheetGrid } from "../../core";
import type { MarkKind } from "../port";

/**
 * Kaohe's record of the marks it made, in a very hidden sheet of the
 * workbook so 清除标记 still knows, after the file was closed and reopened,
 * which fills and notes are Kaohe's and what each cell looked like before.
 * A sheet of its own rather than columns in `_kaohe`: the core owns the
 * ledger's layout and rewrites it whole.
 */
// The name is the core's, so the CLI also knows the sheet is not a scoresheet.
export { MARKS_SHEET } from "../../core";

export const MARKS_HEADER = ["sheet", "cell", "fill", "priorColor", "priorTint", "added", "text"] as const;

/** A cell's fill before Kaohe shaded it. */
export interface PriorFill {
  /** null: no fill at all (not the same as solid white). */
  readonly color: string | null;
  /** tintAndShade when the host reports it (ExcelApi 1.9), else null. */
  readonly tint: number | null;
}

export interface MarkEntry {
  readonly sheet: string;
  readonly cell: string;
  /** The colour Kaohe put in the cell. */
  readonly fill: string;
  readonly prior: PriorFill;
  /** What Kaohe added besides the fill; "" when nothing (a note of the user's was there, or the host has neither). */
  readonly added: Exclude<MarkKind, "fill"> | "";
  /** The note's text as Kaohe wrote it: a note whose text differs is no longer Kaohe's. */
  readonly text: string;
}

export type MarkRecord = ReadonlyMap<string, MarkEntry>;

export function markKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v));

function parseAdded(value: string): MarkEntry["added"] {
  return value === "note" || value === "comment" ? value : "";
}

export function readMarkRecord(sheet: SheetGrid | undefined): MarkRecord {
  const record = new Map<string, MarkEntry>();
  for (const row of sheet?.values.slice(1) ?? []) {
    const [name, cell, fill, color, tint, added, note] = MARKS_HEADER.map((_, i) => text(row[i]));
    if (!name || !cell || !fill) continue;
    const tintValue = tint === undefined || tint === "" ? null : Number(tint);
    const prior = { color: color === undefined || color === "" ? null : color, tint: tintValue !== null && Number.isFinite(tintValue) ? tintValue : null };
    record.set(markKey(name, cell), { sheet: name, cell, fill, prior, added: parseAdded(added ?? ""), text: note ?? "" });
  }
  return record;
}

/** The record as the rows of its sheet, header first; every cell text. */
export function markRecordRows(entries: Iterable<MarkEntry>): string[][] {
  const rows: string[][] = [[...MARKS_HEADER]];
  for (const e of entries) {
    rows.push([e.sheet, e.cell, e.fill, e.prior.color ?? "", e.prior.tint === null ? "" : String(e.prior.tint), e.added, e.text]);
  }
  return rows;
}
