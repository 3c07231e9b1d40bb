/**
 * The add-in's actions in Excel: the host actions (src/host/actions) over
 * the Office.js host port. Each is one Excel.run (with delayForCellEdit,
 * and mergeUndoGroup where ExcelApi 1.20 makes the run a single Ctrl+Z
 * step); each resolves to an outcome with a Chinese message, never a
 * rejected promise.
 */
import type { ActionOutcome, KaoheAction, KaoheOutcome, MaintenanceOutcome, Action } from "../host/actions/run-action";
import { runClearMarks, runHostAction, runScoring, runUndo } from "../host/actions/run-action";
import { createExcelHost } from "./excel-host";

export type { Action, ActionOutcome, Failure, KaoheAction, KaoheOutcome, MaintenanceOutcome } from "../host/actions/run-action";
export type { MarkSummary } from "../host/marks/mark-summary";
export type { UndoSummary } from "../host/plan-undo";
export type { MarkKind } from "../host/port";

/** 重新计算, 提交前校验 or 生成汇总. */
export function runAction(action: Action): Promise<ActionOutcome> {
  return runScoring(createExcelHost(), action);
}

/** 清除标记: every fill and note Kaohe added goes, the cells' own fills come back. */
export function clearMarks(): Promise<MaintenanceOutcome> {
  return runClearMarks(createExcelHost());
}

/** 撤销上次计算: every cell Kaohe wrote back to what it held before, marks cleared. */
export function undoLastCalculation(): Promise<MaintenanceOutcome> {
  return runUndo(createExcelHost());
}

/** Any action by name: what the ribbon's commands call. */
export function runKaoheAction(action: KaoheAction): Promise<KaoheOutcome> {
  return runHostAction(createExcelHost(), action);
}

/**
 * Selects a finding's cell so the user sees what it is about. Never
 * rejects: the sheet may have been renamed or deleted since the finding
 * was made, and a workbook-wide finding has no sheet at all.
 */
export function selectCell(sheet: string, cell: string): Promise<boolean> {
  return createExcelHost().select({ sheet, cell });
}
