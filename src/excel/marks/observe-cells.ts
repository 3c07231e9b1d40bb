import type { CellFill, CellRef, ObservedCell } from "../../host/port";
import { cellKey } from "../../host/port";
import type { ExcelSupport } from "../requirements";
import type { CommentsProbe } from "./observe-comments";

/** A note or comment found on a cell: the proxy to change or delete it by, kept for the writing step. */
export interface NoteProxy {
  content: string;
  delete(): void;
}

export interface ObservedCells {
  readonly cells: ReadonlyMap<string, ObservedCell>;
  readonly notes: ReadonlyMap<string, NoteProxy>;
}

/** Excel reads "#FFFFFF" for a cell with no fill (office-js#6218); only tintAndShade tells (null for no fill, office-js#4900). */
function readFill(fill: Excel.RangeFill, withTint: boolean): CellFill {
  if (withTint) return fill.tintAndShade === null ? { color: null, tint: null } : { color: fill.color, tint: fill.tintAndShade };
  // Before 1.9 white and no fill look the same; no fill is by far the likelier.
  return fill.color.toUpperCase() === "#FFFFFF" ? { color: null, tint: null } : { color: fill.color, tint: null };
}

/**
 * Queues the loads that tell what each cell looks like now — its fill and
 * its note — all for one sync, whatever their number. Returns the reader to
 * call after that sync, with the comments located (CommentsProbe) where the
 * host has them.
 */
export function observeCells(context: Excel.RequestContext, cells: readonly CellRef[], support: ExcelSupport): (comments: CommentsProbe | undefined) => ObservedCells {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string): Excel.Worksheet => {
    let sheet = sheets.get(name);
    if (!sheet) sheets.set(name, (sheet = context.workbook.worksheets.getItem(name)));
    return sheet;
  };
  const pending = cells.map(({ sheet, cell }) => {
    const ws = sheetOf(sheet);
    const fill = ws.getRange(cell).format.fill;
    fill.load(support.fillTint ? "color,tintAndShade" : "color");
    const note = support.marks === "note" ? ws.notes.getItemOrNullObject(cell).load("content") : undefined;
    return { sheet, cell, fill, note };
  });
  return (comments) => {
    const states = new Map<string, ObservedCell>();
    const notes = new Map<string, NoteProxy>();
    for (const { sheet, cell, fill, note } of pending) {
      const key = cellKey({ sheet, cell });
      let found: NoteProxy | undefined;
      if (note && !note.isNullObject) found = note;
      // On a note host a comment is the user's (Kaohe adds notes there): a note Kaohe may not add.
      const comment = comments?.at(sheet, cell);
      if (comment && !found) found = comment;
      if (found) notes.set(key, found);
      states.set(key, { fill: readFill(fill, support.fillTint), note: found ? found.content : null });
    }
    return { cells: states, notes };
  };
}
