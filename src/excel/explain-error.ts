/** What a user can do about an Office error; the codes are OfficeExtension.ErrorCodes. */
export function explainError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case "InvalidOperationInCellEditMode":
      // Excel.run({ delayForCellEdit }) waits for the edit to end; some hosts still fail instead.
      return "Excel 正在编辑单元格，请先按 Enter 或 Esc 结束编辑后重试 / Finish editing the cell, then try again";
    case "AccessDenied":
      return "工作表受保护或工作簿只读，未能写入；请撤销保护后重试 / A sheet is protected or the workbook is read-only; unprotect it and try again";
    default:
      return `操作失败：${error instanceof Error ? error.message : String(error)}`;
  }
}
