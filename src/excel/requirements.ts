/**
 * The Excel API sets Kaohe relies on, checked once per action before any
 * call that needs them (Office.context.requirements.isSetSupported), so an
 * older host gets a fallback instead of an ApiNotFound in the middle of a batch.
 */

/** How a finding's cell is marked besides its fill colour. */
export type MarkKind =
  /** Worksheet.notes (ExcelApi 1.18): the classic yellow note, what users of these sheets know. */
  | "note"
  /** Workbook.comments (ExcelApi 1.10): a threaded comment, where notes are not yet available. */
  | "comment"
  /** Neither: the cell is only shaded; the message stays in the pane's list. */
  | "fill";

export interface ExcelSupport {
  readonly ok: boolean;
  /** Merged areas (1.13); without it blank indicator cells are filled down instead. */
  readonly merges: boolean;
  readonly marks: MarkKind;
  /**
   * RangeFill.tintAndShade (1.9): the only way to tell "no fill" from solid
   * white, since fill.color reads "#FFFFFF" for both
   * (https://github.com/OfficeDev/office-js/issues/6218, #4900).
   */
  readonly fillTint: boolean;
  /** Worksheet.pageLayout (1.9): landscape, fit to width, print area for 汇总. */
  readonly pageLayout: boolean;
  /** Excel.run({ mergeUndoGroup }) (1.20): a whole action is one Ctrl+Z step. */
  readonly undoGroup: boolean;
  /** Workbook.getSelectedRanges (1.9): a Ctrl+click selection of several areas is read, not refused. */
  readonly selectedRanges: boolean;
  readonly message?: string;
}

/** getRangeByIndexes and ChartSeries.setXAxisValues need 1.7; getUsedRangeOrNullObject 1.4. */
const MINIMUM = "1.7";

const UNSUPPORTED: ExcelSupport = {
  ok: false,
  merges: false,
  marks: "fill",
  fillTint: false,
  pageLayout: false,
  undoGroup: false,
  selectedRanges: false,
  message: `此版本的 Excel 不支持 ExcelApi ${MINIMUM}，请升级 Office / This Excel lacks ExcelApi ${MINIMUM}; please update Office`,
};

/**
 * Whether the office.js the page loaded defines a class of a newer API set.
 * The host and the library can differ: the npm @microsoft/office-js 1.1.110
 * (2022) has no Worksheet.notes (1.18) and no mergeUndoGroup (1.20), yet a
 * current Microsoft 365 answers isSetSupported("ExcelApi", "1.20") with true
 * — then `ws.notes` is undefined and mergeUndoGroup is dropped without a word
 * (issue 12). Each set is recognised by a class it introduced.
 */
function libraryDefines(name: "CommentCollection" | "NoteCollection" | "CustomFunctionManager"): boolean {
  const excel = (globalThis as { Excel?: Record<string, unknown> }).Excel;
  return typeof excel?.[name] === "function";
}

export function checkExcelSupport(): ExcelSupport {
  const requirements = Office.context.requirements;
  const has = (minor: number): boolean => requirements.isSetSupported("ExcelApi", `1.${minor}`);
  if (!has(7)) return UNSUPPORTED;
  // notes → comments → fill: the first that both the host and the loaded library have.
  const notes = has(18) && libraryDefines("NoteCollection");
  const comments = has(10) && libraryDefines("CommentCollection");
  return {
    ok: true,
    merges: has(13),
    marks: notes ? "note" : comments ? "comment" : "fill",
    fillTint: has(9),
    pageLayout: has(9),
    // CustomFunctionManager came with RunOptions.mergeUndoGroup in ExcelApi 1.20.
    undoGroup: has(20) && libraryDefines("CustomFunctionManager"),
    selectedRanges: has(9),
  };
}

/**
 * Options for every Excel.run that writes. delayForCellEdit (1.5) waits for
 * the user to leave cell-edit mode instead of failing with
 * InvalidOperationInCellEditMode; mergeUndoGroup is only passed where 1.20
 * says the host knows it.
 */
export function runOptions(support: ExcelSupport): Excel.RunOptions {
  return support.undoGroup ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true };
}
