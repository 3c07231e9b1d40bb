/**
 * The add-in's actions over any host port, for the task pane and the ribbon
 * commands alike. Each is one host session (one Excel.run: one Ctrl+Z step
 * where the host can) and resolves to an outcome with a Chinese message,
 * never a rejected promise.
 */
import type { Report } from "../../core";
import type { MarkSummary } from "../marks/mark-summary";
import { describeCalculation, describeClear, describeUndo } from "../outcome-text";
import type { UndoSummary } from "../plan-undo";
import type { HostFailure, HostPort, ProgressStep } from "../port";
import { isHostFailure } from "../port";
import { FOREIGN_SUMMARY_MESSAGE, PROTECTED_SUMMARY_MESSAGE } from "../summary/summary-text";
import { calculate } from "./calculate";
import { clearMarks, undoCalculation } from "./maintain";

/** The actions that score the workbook and return its report. */
export type Action = "recalculate" | "validate" | "summary";
/** Every action, the two that only take Kaohe's changes away included. */
export type KaoheAction = Action | "clearMarks" | "undo";

export type Failure = HostFailure;

export type ActionOutcome =
  | { readonly ok: true; readonly report: Report; readonly written: number; readonly marks: MarkSummary; readonly message: string }
  | Failure;

export type MaintenanceOutcome = { readonly ok: true; readonly marks: MarkSummary; readonly undo?: UndoSummary; readonly message: string } | Failure;

export type KaoheOutcome = ActionOutcome | MaintenanceOutcome;

/** 重新计算, 提交前校验 or 生成汇总. */
export async function runScoring(host: HostPort, action: Action, progress?: (step: ProgressStep) => void): Promise<ActionOutcome> {
  const outcome = await host.session("write", (session) => calculate(session, host.capabilities, action, progress));
  if (isHostFailure(outcome)) return outcome;
  if (outcome.summary === "foreign") return { ok: false, message: FOREIGN_SUMMARY_MESSAGE };
  if (outcome.summary === "protected") return { ok: false, message: PROTECTED_SUMMARY_MESSAGE };
  const message = describeCalculation(action, outcome.report, outcome.written, outcome.marks);
  return { ok: true, report: outcome.report, written: outcome.written, marks: outcome.marks, message };
}

/** 清除标记: every fill and note Kaohe added goes, the cells' own fills come back. */
export async function runClearMarks(host: HostPort): Promise<MaintenanceOutcome> {
  const marks = await host.session("write", (session) => clearMarks(session, host.capabilities));
  if (isHostFailure(marks)) return marks;
  return { ok: true, marks, message: describeClear(marks) };
}

/** 撤销上次计算: every cell Kaohe wrote back to what it held before, marks cleared. */
export async function runUndo(host: HostPort): Promise<MaintenanceOutcome> {
  const outcome = await host.session("write", (session) => undoCalculation(session, host.capabilities));
  if (isHostFailure(outcome)) return outcome;
  return { ok: true, marks: outcome.marks, undo: outcome.undo, message: describeUndo(outcome.undo, outcome.marks) };
}

/** Any action by name: what the ribbon's commands call. */
export function runHostAction(host: HostPort, action: KaoheAction, progress?: (step: ProgressStep) => void): Promise<KaoheOutcome> {
  if (action === "clearMarks") return runClearMarks(host);
  if (action === "undo") return runUndo(host);
  return runScoring(host, action, progress);
}
