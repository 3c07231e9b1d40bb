import { LEDGER_SHEET, ledgerRows } from "../../core";
import type { DesiredMarks } from "../marks/desired-marks";
import { beginMarkPass } from "../marks/mark-pass";
import type { MarkSummary } from "../marks/mark-summary";
import type { UndoSummary } from "../plan-undo";
import { planUndo } from "../plan-undo";
import type { HostCapabilities, HostSession } from "../port";

const NO_MARKS: DesiredMarks = { marks: [], unmarked: 0 };

/**
 * 清除标记: takes away every fill and note Kaohe added and puts the fills
 * back as they were; what the user has changed since is left alone. The
 * same three steps as a calculation: the record sheet and each sheet's
 * protection come with the one read.
 */
export async function clearMarks(session: HostSession, capabilities: HostCapabilities): Promise<MarkSummary> {
  const read = await session.read({ merges: false });
  const marks = beginMarkPass(read, NO_MARKS, capabilities.marks);
  const plan = marks.plan(await session.observe(marks.cells));
  await session.apply({ cells: [], hiddenTables: [plan.record], fills: plan.fills, notes: plan.notes });
  return plan.summary;
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
export async function undoCalculation(session: HostSession, capabilities: HostCapabilities): Promise<UndoOutcome> {
  const read = await session.read({ merges: false });
  const plan = planUndo(read.grid, read.protectedSheets);
  const marks = beginMarkPass(read, NO_MARKS, capabilities.marks);
  const marked = marks.plan(await session.observe(marks.cells));
  const ledger = plan.ledgerExists || plan.ledger.length > 0 ? [{ name: LEDGER_SHEET, rows: ledgerRows(plan.ledger) }] : [];
  await session.apply({ cells: plan.restores, hiddenTables: [...ledger, marked.record], fills: marked.fills, notes: marked.notes });
  return { undo: plan.summary, marks: marked.summary };
}
