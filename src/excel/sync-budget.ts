/**
 * Round trips (context.sync) per action, whatever the number of sheets or
 * findings (DESIGN.md §5); test/excel/sync-count.test.ts asserts each for
 * 1, 3 and 50 unit sheets. Every action has the same shape:
 *   1. list the sheets (and, on comment hosts, the comments);
 *   2. read every sheet: values, formulas, merges, protection, and with
 *      them Kaohe's ledger and marks record;
 *   3. observe the cells to mark or unmark (fill, note) and the 汇总
 *      sheet's charts;
 *   4. write everything: scores, ledger, marks, record, 汇总.
 */
export const RECALCULATE_SYNCS = 4;
/** 提交前校验 writes no score, but marks the cells: the same four. */
export const VALIDATE_SYNCS = 4;
/** 生成汇总 recalculates and writes the sheet in the same writing sync. */
export const SUMMARY_SYNCS = 4;
/** 清除标记: the read brings the record; step 3 checks the marks are still Kaohe's. */
export const CLEAR_MARKS_SYNCS = 4;
/** 撤销上次计算: the read brings the ledger and the cells' current values. */
export const UNDO_SYNCS = 4;
