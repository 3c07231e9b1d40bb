import type { DesiredMark } from "./desired-marks";
import type { CellRef, MarkKind, ObservedCell } from "../port";
import type { MarkEntry, MarkRecord, PriorFill } from "./mark-record";
import { markKey } from "./mark-record";
import { sameColor } from "./mark-style";

export interface FillOp {
  readonly sheet: string;
  readonly cell: string;
  /** A colour to set, or the fill to put back. */
  readonly fill: { readonly set: string } | { readonly restore: PriorFill };
}

export interface NoteOp {
  readonly sheet: string;
  readonly cell: string;
  readonly op: "add" | "update" | "delete";
  readonly text: string;
}

export interface MarkPlan {
  readonly fills: readonly FillOp[];
  readonly notes: readonly NoteOp[];
  /** The record after this run. */
  readonly record: readonly MarkEntry[];
  /** Cells whose marks were taken away. */
  readonly cleared: number;
}

export interface MarkContext {
  readonly kind: MarkKind;
  readonly existingSheets: ReadonlySet<string>;
  /** Marks on these cannot be changed now: their record entries are kept as they are. */
  readonly protectedSheets: ReadonlySet<string>;
  /** Every cell of the desired marks and of the record on a writable sheet. */
  readonly observed: ReadonlyMap<string, ObservedCell>;
}

/** The cells planMarks needs observed: the desired ones and the recorded ones on writable sheets. */
export function cellsToObserve(desired: readonly DesiredMark[], record: MarkRecord, ctx: Omit<MarkContext, "observed" | "kind">): CellRef[] {
  const cells = new Map<string, CellRef>();
  for (const c of [...desired, ...record.values()]) {
    if (ctx.existingSheets.has(c.sheet) && !ctx.protectedSheets.has(c.sheet)) cells.set(markKey(c.sheet, c.cell), { sheet: c.sheet, cell: c.cell });
  }
  return [...cells.values()];
}

/**
 * Brings the marks from what the record says Kaohe did to what this run's
 * findings want, touching only what is Kaohe's: a fill still in Kaohe's
 * colour, a note still holding Kaohe's text. A cell whose fill the user has
 * changed since counts as unmarked: its fill now is what to restore later.
 * Running it twice in a row plans no change the second time.
 */
export function planMarks(desired: readonly DesiredMark[], record: MarkRecord, ctx: MarkContext): MarkPlan {
  const fills: FillOp[] = [];
  const notes: NoteOp[] = [];
  const next: MarkEntry[] = [];
  let cleared = 0;
  const wanted = new Map(desired.map((d) => [markKey(d.sheet, d.cell), d]));
  const keys = new Set([...record.keys(), ...wanted.keys()]);
  for (const key of keys) {
    const rec = record.get(key);
    const want = wanted.get(key);
    const sheet = (want ?? rec)?.sheet ?? "";
    if (!ctx.existingSheets.has(sheet)) continue; // the sheet is gone, and its marks with it
    if (ctx.protectedSheets.has(sheet)) {
      if (rec) next.push(rec);
      continue;
    }
    const seen = ctx.observed.get(key);
    if (!seen) continue;
    const fillIsOurs = rec !== undefined && sameColor(seen.fill.color, rec.fill);
    const noteIsOurs = rec !== undefined && rec.added !== "" && rec.added === ctx.kind && seen.note === rec.text;
    const cell = (want ?? rec)?.cell ?? "";
    if (!want) {
      if (fillIsOurs && rec) fills.push({ sheet, cell, fill: { restore: rec.prior } });
      if (noteIsOurs && rec) notes.push({ sheet, cell, op: "delete", text: rec.text });
      cleared++;
      continue;
    }
    const prior = fillIsOurs && rec ? rec.prior : seen.fill;
    if (!(fillIsOurs && rec && sameColor(rec.fill, want.fill))) fills.push({ sheet, cell, fill: { set: want.fill } });
    let added: MarkEntry["added"] = "";
    if (noteIsOurs && rec) {
      added = rec.added;
      if (rec.text !== want.text) notes.push({ sheet, cell, op: "update", text: want.text });
    } else if (seen.note === null && ctx.kind !== "fill") {
      added = ctx.kind;
      notes.push({ sheet, cell, op: "add", text: want.text });
    }
    next.push({ sheet, cell, fill: want.fill, prior, added, text: added === "" ? "" : want.text });
  }
  return { fills, notes, record: next, cleared };
}
