/**
 * Round trips (context.sync) per action: the constant below plus one per
 * chunk of the read, whatever the number of findings (DESIGN.md §5). A chunk
 * holds at most CELLS_PER_CHUNK cells so that no response passes Excel on the
 * web's 5 MB cap (read-chunks.ts); test/excel/sync-count.test.ts asserts the
 * count at 1, 48, 500 and 2,000 unit sheets. Every action has the same shape:
 *   1. list the sheets, the workbook's structure protection (and, on note and
 *      comment hosts, the comments);
 *   2. every sheet's used range, protection and merged areas;
 *   3. the cells, chunk by chunk: values and formulas, Kaohe's ledger and
 *      marks record with them;
 *   4. observe the cells to mark or unmark (fill, note);
 *   5. write everything: scores, ledger, marks, record, 汇总.
 * The first write into a workbook on an ExcelApi 1.20 host adds Kaohe's very
 * hidden sheets in a run of its own (one more round trip, that time only):
 * setting a sheet's visibility has no undo support inside the undo group.
 */
export const RECALCULATE_SYNCS = 4;
/** 提交前校验 writes no score, but marks the cells: the same. */
export const VALIDATE_SYNCS = 4;
/** 生成汇总 recalculates and writes the sheet in the same writing sync. */
export const SUMMARY_SYNCS = 4;
/** 清除标记: the read brings the record; step 4 checks the marks are still Kaohe's. */
export const CLEAR_MARKS_SYNCS = 4;
/** 撤销上次计算: the read brings the ledger and the cells' current values. */
export const UNDO_SYNCS = 4;
