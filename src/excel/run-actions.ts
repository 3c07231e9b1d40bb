/**
 * The add-in's actions, for the task pane and the ribbon commands alike —
 * the one surface of src/excel they need. Each is one Excel.run (with
 * delayForCellEdit, and mergeUndoGroup where ExcelApi 1.20 makes the run a
 * single Ctrl+Z step); each resolves to an outcome with a Chinese message,
 * never a rejected promise.
 *
 *   runAction("recalculate" | "validate" | "summary") → ActionOutcome
 *   clearMarks()                                       → MaintenanceOutcome
 *   undoLastCalculation()                              → MaintenanceOutcome
 *   runKaoheAction(any of the five)                    → KaoheOutcome
 *   selectCell(sheet, cell)                            → boolean
 */
import type { Report } from "../core";
import { explainError } from "./explain-error";
import { clearMarksIn, undoCalculationIn } from "./maintenance";
import type { MarkSummary } from "./marks/mark-pass";
import { describeCalculation, describeClear, describeUndo } from "./outcome-text";
import type { UndoSummary } from "./plan-undo";
import { calculate } from "./recalculate";
import type { ExcelSupport } from "./requirements";
import { checkExcelSupport, runOptions } from "./requirements";
import { FOREIGN_SUMMARY_MESSAGE, PROTECTED_SUMMARY_MESSAGE } from "./summary/summary-text";

export type { MarkSummary } from "./marks/mark-pass";
export type { UndoSummary } from "./plan-undo";
export type { MarkKind } from "./requirements";

/** The actions that score the workbook and return its report. */
export type Action = "recalculate" | "validate" | "summary";
/** Every action, the two that only take Kaohe's changes away included. */
export type KaoheAction = Action | "clearMarks" | "undo";

export type Failure = { readonly ok: false; readonly message: string };

export type ActionOutcome =
  | { readonly ok: true; readonly report: Report; readonly written: number; readonly marks: MarkSummary; readonly message: string }
  | Failure;

export type MaintenanceOutcome = { readonly ok: true; readonly marks: MarkSummary; readonly undo?: UndoSummary; readonly message: string } | Failure;

export type KaoheOutcome = ActionOutcome | MaintenanceOutcome;

async function inExcel<T>(batch: (context: Excel.RequestContext, support: ExcelSupport) => Promise<T>): Promise<T | Failure> {
  const support = checkExcelSupport();
  if (!support.ok) return { ok: false, message: support.message ?? "" };
  try {
    return await Excel.run(runOptions(support), (context) => batch(context, support));
  } catch (error) {
    return { ok: false, message: explainError(error) };
  }
}

/** 重新计算, 提交前校验 or 生成汇总. */
export function runAction(action: Action): Promise<ActionOutcome> {
  return inExcel(async (context, support): Promise<ActionOutcome> => {
    const outcome = await calculate(context, support, action);
    if (outcome.summary === "foreign") return { ok: false, message: FOREIGN_SUMMARY_MESSAGE };
    if (outcome.summary === "protected") return { ok: false, message: PROTECTED_SUMMARY_MESSAGE };
    const message = describeCalculation(action, outcome.report, outcome.written, outcome.marks);
    return { ok: true, report: outcome.report, written: outcome.written, marks: outcome.marks, message };
  });
}

/** 清除标记: every fill and note Kaohe added goes, the cells' own fills come back. */
export function clearMarks(): Promise<MaintenanceOutcome> {
  return inExcel(async (context, support): Promise<MaintenanceOutcome> => {
    const marks = await clearMarksIn(context, support);
    return { ok: true, marks, message: describeClear(marks) };
  });
}

/** 撤销上次计算: every cell Kaohe wrote back to what it held before, marks cleared. */
export function undoLastCalculation(): Promise<MaintenanceOutcome> {
  return inExcel(async (context, support): Promise<MaintenanceOutcome> => {
    const { undo, marks } = await undoCalculationIn(context, support);
    return { ok: true, marks, undo, message: describeUndo(undo, marks) };
  });
}

/** Any action by name: what the ribbon's commands call. */
export function runKaoheAction(action: KaoheAction): Promise<KaoheOutcome> {
  if (action === "clearMarks") return clearMarks();
  if (action === "undo") return undoLastCalculation();
  return runAction(action);
}

/**
 * Selects a finding's cell so the user sees what it is about. The pane calls
 * it as `void selectCell(…)`, so it must not reject: the sheet may have been
 * renamed or deleted since the finding was made, and a workbook-wide finding
 * has no sheet at all. Returns whether the cell was selected.
 */
export async function selectCell(sheet: string, cell: string): Promise<boolean> {
  if (sheet === "") return false;
  try {
    await Excel.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      if (cell !== "") target.getRange(cell).select();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
