import type { Report } from "../core";
import { recalculate } from "./recalculate";
import { checkExcelSupport } from "./requirements";
import { FOREIGN_SUMMARY_MESSAGE, summarySheetState, writeSummary } from "./write-summary";

export type ActionOutcome = { readonly ok: true; readonly report: Report; readonly written: number } | { readonly ok: false; readonly message: string };

/** The user-facing actions, each one Excel.run; the pane and the ribbon commands both call these. */
export type Action = "recalculate" | "validate" | "summary";

function explain(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "InvalidOperationInCellEditMode") return "Excel 正在编辑单元格，请先按 Enter 或 Esc 结束编辑后重试 / Finish editing the cell, then try again";
  return `操作失败：${error instanceof Error ? error.message : String(error)}`;
}

export async function runAction(action: Action): Promise<ActionOutcome> {
  const support = checkExcelSupport();
  if (!support.ok) return { ok: false, message: support.message ?? "" };
  try {
    // delayForCellEdit waits for the user to leave cell-edit mode instead of failing (ExcelApi 1.5).
    return await Excel.run({ delayForCellEdit: true }, async (context) => {
      const outcome = await recalculate(context, support.merges, action !== "validate");
      if (action === "summary") {
        // The read already listed every sheet: no extra round trip to find 汇总.
        const state = summarySheetState(outcome.grid);
        if (state === "foreign") return { ok: false, message: FOREIGN_SUMMARY_MESSAGE };
        await writeSummary(context, outcome.report, state === "ours");
      }
      return { ok: true, report: outcome.report, written: outcome.written };
    });
  } catch (error) {
    return { ok: false, message: explain(error) };
  }
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
