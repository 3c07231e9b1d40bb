import { chunkRun, groupRuns } from "../../host/cell-runs";
import type { FillWrite, NoteWrite } from "../../host/port";
import { cellKey } from "../../host/port";
import type { ExcelSupport } from "../requirements";
import type { NoteProxy } from "./observe-cells";

type FillChange = FillWrite["fill"];

function sameChange(a: FillChange, b: FillChange): boolean {
  if ("set" in a) return "set" in b && a.set === b.set;
  return "restore" in b && a.restore.color === b.restore.color && a.restore.tint === b.restore.tint;
}

function queueFill(fill: Excel.RangeFill, change: FillChange, withTint: boolean): void {
  if ("set" in change) {
    fill.color = change.set;
    return;
  }
  const prior = change.restore;
  // fill.clear() is "no fill"; setting "#FFFFFF" would paint the gridlines over (office-js#2349).
  if (prior.color === null) fill.clear();
  else {
    fill.color = prior.color;
    if (withTint && prior.tint !== null) fill.tintAndShade = prior.tint;
  }
}

/**
 * Queues fills by vertical runs of the same change (a column of findings
 * is one range operation) and notes one per cell as the API has them;
 * "update" and "delete" act on the note or comment observe found. The
 * caller syncs. On a host that marks with comments the new comments are not
 * queued but returned, for add-comments.ts to add after the other writes.
 */
export function queueMarks(
  context: Excel.RequestContext,
  fills: readonly FillWrite[],
  notes: readonly NoteWrite[],
  observed: ReadonlyMap<string, NoteProxy>,
  support: ExcelSupport,
): NoteWrite[] {
  const comments: NoteWrite[] = [];
  const sheets = context.workbook.worksheets;
  const runs = groupRuns(fills.map((f) => ({ sheet: f.sheet, cell: f.cell, value: f.fill })), sameChange);
  for (const piece of runs.flatMap(chunkRun)) {
    const change = piece.values[0];
    if (change) queueFill(sheets.getItem(piece.sheet).getRangeByIndexes(piece.top, piece.col, piece.values.length, 1).format.fill, change, support.fillTint);
  }
  for (const op of notes) {
    if (op.op === "add") {
      if (support.marks === "note") sheets.getItem(op.sheet).notes.add(sheets.getItem(op.sheet).getRange(op.cell), op.text);
      else if (support.marks === "comment") comments.push(op);
      continue;
    }
    const target = observed.get(cellKey(op));
    if (!target) continue;
    if (op.op === "update") target.content = op.text;
    else target.delete();
  }
  return comments;
}
