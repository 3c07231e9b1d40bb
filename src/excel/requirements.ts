/** The Excel API sets Kaohe relies on, checked before any call that needs them. */
export interface ExcelSupport {
  readonly ok: boolean;
  /** Merged areas (1.13); without it blank indicator cells are filled down instead. */
  readonly merges: boolean;
  readonly message?: string;
}

/** getRangeByIndexes needs 1.7; getUsedRangeOrNullObject 1.4. */
const MINIMUM = "1.7";

export function checkExcelSupport(): ExcelSupport {
  const requirements = Office.context.requirements;
  if (!requirements.isSetSupported("ExcelApi", MINIMUM)) {
    return {
      ok: false,
      merges: false,
      message: `此版本的 Excel 不支持 ExcelApi ${MINIMUM}，请升级 Office / This Excel lacks ExcelApi ${MINIMUM}; please update Office`,
    };
  }
  return { ok: true, merges: requirements.isSetSupported("ExcelApi", "1.13") };
}
