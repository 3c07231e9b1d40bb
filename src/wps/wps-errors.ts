/**
 * The refusals the WPS host reports before touching the workbook, in the
 * Excel host's words where the cause is the same (explain-error.ts).
 * Cell-edit mode: ET's JS API has no error code for it; Application.Ready
 * (documented as in VBA: false while the application is not ready for
 * calls, as while a cell is edited) is read first, and an action refuses
 * while it is false. What real WPS does with a call made during an edit is
 * untested (docs/wps.md).
 */
export const CELL_EDIT_MESSAGE = "WPS 表格正在编辑单元格，请先按 Enter 或 Esc 结束编辑后重试 / Finish editing the cell, then try again";
export const READ_ONLY_MESSAGE = "工作簿以只读方式打开，未能写入；请另存为或取消只读后重试 / The workbook is open read-only; save a copy or reopen it for editing";
export const NO_WORKBOOK_MESSAGE = "没有打开的工作簿 / No workbook is open";

export function explainWpsError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/protect|保护/i.test(text)) return "工作表受保护或工作簿只读，未能写入；请撤销保护后重试 / A sheet is protected or the workbook is read-only; unprotect it and try again";
  return `操作失败：${text}`;
}
