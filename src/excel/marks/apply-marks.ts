import { chunkRun, groupRuns } from "../cell-runs";
import { queueHiddenTable } from "../hidden-sheet";
import type { ExcelSupport } from "../requirements";
import type { PriorFill } from "./mark-record";
import { markKey, markRecordRows, MARKS_SHEET } from "./mark-record";
import type { CellState } from "./observe-cells";
import type { FillOp, MarkPlan } from "./plan-marks";

type FillChange = FillOp["fill"];

function sameChange(a: FillChange, b: FillChange): boolean {
  if ("set" in a) return "set" in b && a.set === b.set;
  return "restore" in b && a.restore.color === b.restore.color && a.restore.tint === b.restore.tint;
}

function queueFill(fill: Excel.RangeFill, change: FillChange, withTint: boolean): void {
  if ("set" in change) {
    fill.color = change.set;
    return;
  }
  const prior: PriorFill = change.restore;
  // fill.clear() is "no fill"; setting "#FFFFFF" would paint the gridlines over (office-js#2349).
  if (prior.color === null) fill.clear();
  else {
    fill.color = prior.color;
    if (withTint && prior.tint !== null) fill.tintAndShade = prior.tint;
  }
}

/**
 * Queues a mark plan: fills by vertical runs of the same change (a column of
 * findings is one range operation), notes one per cell as the API has them,
 * and the record's rewrite. The caller syncs.
 */
export function queueMarks(
  context: Excel.RequestContext,
  plan: MarkPlan,
  observed: ReadonlyMap<string, CellState>,
  support: ExcelSupport,
  recordExists: boolean,
): void {
  const sheets = context.workbook.worksheets;
  const fills = groupRuns(plan.fills.map((f) => ({ sheet: f.sheet, cell: f.cell, value: f.fill })), sameChange);
  for (const piece of fills.flatMap(chunkRun)) {
    const change = piece.values[0];
    if (change) queueFill(sheets.getItem(piece.sheet).getRangeByIndexes(piece.top, piece.col, piece.values.length, 1).format.fill, change, support.fillTint);
  }
  for (const op of plan.notes) {
    if (op.op === "add") {
      const cell = sheets.getItem(op.sheet).getRange(op.cell);
      if (support.marks === "note") sheets.getItem(op.sheet).notes.add(cell, op.text);
      else context.workbook.comments.add(cell, op.text);
      continue;
    }
    const target = observed.get(markKey(op.sheet, op.cell))?.note?.target;
    if (!target) continue;
    if (op.op === "update") target.content = op.text;
    else target.delete();
  }
  queueHiddenTable(sheets, MARKS_SHEET, markRecordRows(plan.record), recordExists);
}
