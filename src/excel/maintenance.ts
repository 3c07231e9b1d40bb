import { LEDGER_SHEET, ledgerRows } from "../core";
import { groupRuns } from "./cell-runs";
import { queueHiddenTable } from "./hidden-sheet";
import type { DesiredMarks } from "./marks/desired-marks";
import type { MarkSummary } from "./marks/mark-pass";
import { beginMarks } from "./marks/mark-pass";
import { startComments } from "./marks/observe-comments";
import type { UndoSummary } from "./plan-undo";
import { planUndo } from "./plan-undo";
import { readWorkbook } from "./read-workbook";
import type { ExcelSupport } from "./requirements";
import { queueRuns } from "./write-results";

const NO_MARKS: DesiredMarks = { marks: [], unmarked: 0 };

/**
 * 清除标记: takes away every fill and note Kaohe added and puts the fills
 * back as they were; what the user has changed since is left alone. The same
 * four round trips as a recalculation (sync-budget.ts): the record sheet and
 * the protection of each sheet come with the one read of the workbook.
 */
export async function clearMarksIn(context: Excel.RequestContext, support: ExcelSupport): Promise<MarkSummary> {
  const comments = startComments(context, support.marks);
  const read = await readWorkbook(context, false);
  const marks = beginMarks(context, support, read, NO_MARKS, comments);
  await context.sync();
  const summary = marks.finish();
  await context.sync();
  return summary;
}

export interface UndoOutcome {
  readonly undo: UndoSummary;
  readonly marks: MarkSummary;
}

/**
 * 撤销上次计算: every cell Kaohe wrote back to its content before Kaohe,
 * the marks cleared, the ledger updated (planUndo). Running it again finds
 * nothing left to undo and changes nothing.
 */
export async function undoCalculationIn(context: Excel.RequestContext, support: ExcelSupport): Promise<UndoOutcome> {
  const comments = startComments(context, support.marks);
  const read = await readWorkbook(context, false);
  const plan = planUndo(read.grid, read.protectedSheets);
  const marks = beginMarks(context, support, read, NO_MARKS, comments);
  await context.sync();
  const sheets = context.workbook.worksheets;
  queueRuns(sheets, groupRuns(plan.restores));
  queueHiddenTable(sheets, LEDGER_SHEET, ledgerRows(plan.ledger), plan.ledgerExists);
  const cleared = marks.finish();
  await context.sync();
  return { undo: plan.summary, marks: cleared };
}
