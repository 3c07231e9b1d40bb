/**
 * Every Excel error a user can meet, said in Chinese first with what to do
 * (English beside it). The codes are OfficeExtension.ErrorCodes / Excel.ErrorCodes
 * as the host raises them; WorkbookStructureProtected is the adapter's own,
 * raised before anything is written (excel-session.ts).
 */
const EXPLAINED: Readonly<Record<string, string>> = {
  // Excel.run({ delayForCellEdit }) waits for the edit to end; some hosts still fail instead.
  InvalidOperationInCellEditMode: "Excel 正在编辑单元格，请先按 Enter 或 Esc 结束编辑后重试 / Finish editing the cell, then try again",
  AccessDenied: "工作表受保护或工作簿只读，未能写入；请撤销保护后重试 / A sheet is protected or the workbook is read-only; unprotect it and try again",
  WorkbookStructureProtected:
    "工作簿结构受保护，考核评分无法添加它记录计算所需的隐藏工作表，本次未写入任何内容。请点“审阅 → 保护工作簿”取消结构保护后重试 / The workbook's structure is protected, so Kaohe cannot add its hidden record sheet; nothing was written. Unprotect the workbook (Review → Protect Workbook) and try again",
  UndoNotSupported:
    "Excel 无法把这次操作合并为一步撤销，操作未完成。请重试；若仍失败，请改用“撤销上次计算”按钮撤回 / Excel could not group this action into one undo step; try again, or use 撤销上次计算 instead of Ctrl+Z",
  RequestPayloadSizeLimitExceeded:
    "一次写入的数据超过了 Excel 网页版的 5 MB 上限，操作未完成。请在桌面版 Excel 中运行，或把工作簿拆分后重试 / The data to write exceeds Excel on the web's 5 MB limit; run it in desktop Excel or split the workbook",
  ResponsePayloadSizeLimitExceeded:
    "工作簿太大，一次读取超过了 Excel 网页版的 5 MB 上限，操作未完成。请在桌面版 Excel 中运行，或把工作簿拆分后重试 / The workbook is too large for one read in Excel on the web (5 MB); run it in desktop Excel or split the workbook",
  InvalidSelection: "当前选择了多个区域，请只选择一个单元格后重试 / Several areas are selected; select one cell and try again",
  InvalidOperation: "Excel 拒绝了这次操作（可能有其他加载项或共同编辑者正在修改工作簿），请稍后重试 / Excel refused the operation (another add-in or co-author may be editing); try again shortly",
  ItemNotFound: "找不到要处理的工作表或单元格，可能刚被重命名或删除；请重新打开任务窗格后重试 / A sheet or cell was not found (renamed or deleted?); reopen the pane and try again",
  ItemAlreadyExists: "工作簿中已有同名工作表，考核评分无法添加自己的工作表；请重命名该表后重试 / A sheet of that name already exists; rename it and try again",
  ApiNotFound: "此版本的 Excel 缺少考核评分需要的功能，请升级 Office 或改用 Excel 网页版 / This Excel lacks an API Kaohe needs; update Office or use Excel on the web",
  GeneralException: "Excel 内部出错，操作未完成。请保存工作簿后重试；若反复出现，请重启 Excel / Excel had an internal error; save the workbook, try again, or restart Excel",
  RequestAborted: "请求被 Excel 中止（可能工作簿已关闭或正在保存），请稍后重试 / Excel aborted the request; try again shortly",
  ActivityLimitReached: "Excel 正忙，请稍后重试 / Excel is busy; try again shortly",
  Conflict: "工作簿正被其他人同时修改，请稍后重试 / The workbook is being changed by someone else; try again shortly",
};

/** What a user can do about an Office error. */
export function explainError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const known = code === undefined ? undefined : EXPLAINED[code];
  if (known !== undefined) return known;
  // A proxy missing from the loaded office.js reads as undefined (issue 12): the library and Excel do not match.
  if (error instanceof TypeError) {
    return `加载的 office.js 与此 Excel 不匹配，操作未完成；请联系信息管理员更新加载项使用的 office.js（${error.message}） / The loaded office.js does not match this Excel; ask IT to update it`;
  }
  return `操作失败：${error instanceof Error ? error.message : String(error)}`;
}
