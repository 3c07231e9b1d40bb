/**
 * The host actions bound to one Excel.RequestContext, for the adapter's
 * tests and the bench: the same code the pane and the ribbon run
 * (src/host/actions), through the Excel session.
 */
import type { CalculateMode, CalculateOutcome } from "../host/actions/calculate";
import { calculate as hostCalculate } from "../host/actions/calculate";
import type { UndoOutcome } from "../host/actions/maintain";
import { clearMarks, undoCalculation } from "../host/actions/maintain";
import type { MarkSummary } from "../host/marks/mark-summary";
import { excelCapabilities, excelSession } from "./excel-session";
import type { ExcelSupport } from "./requirements";

export type { CalculateMode, CalculateOutcome } from "../host/actions/calculate";

/** 重新计算 / 提交前校验 / 生成汇总 in four round trips plus the read's chunks, three with nothing to mark (sync-budget.ts). */
export function calculate(context: Excel.RequestContext, support: ExcelSupport, mode: CalculateMode): Promise<CalculateOutcome> {
  return hostCalculate(excelSession(context, support), excelCapabilities(support), mode);
}

/** 清除标记 in four round trips plus the read's chunks (three when there is no mark). */
export function clearMarksIn(context: Excel.RequestContext, support: ExcelSupport): Promise<MarkSummary> {
  return clearMarks(excelSession(context, support), excelCapabilities(support));
}

/** 撤销上次计算 in four round trips plus the read's chunks (three when there is no mark). */
export function undoCalculationIn(context: Excel.RequestContext, support: ExcelSupport): Promise<UndoOutcome> {
  return undoCalculation(excelSession(context, support), excelCapabilities(support));
}
