/**
 * Round trips (context.sync) per action: the constants below plus one per
 * chunk of the read, whatever the number of findings (DESIGN.md §5). A chunk
 * is sized by the bytes its cells are estimated to bring back so that no
 * response passes Excel on the web's 5 MB cap (read-chunks.ts);
 * test/excel/sync-count.test.ts asserts the count at 1, 48, 500 and 2,000
 * unit sheets and `npm run bench` states it with the bytes of each chunk.
 * Every action has the same shape:
 *   1. list the sheets, the workbook's structure protection (and, on note and
 *      comment hosts, the comments);
 *   2. every sheet's used range, protection and merged areas;
 *   3. the cells, chunk by chunk: values and formulas, Kaohe's ledger and
 *      marks record with them;
 *   4. observe the cells to mark or unmark (fill, note) — only when there is
 *      one: an action with no finding to mark and no mark to take away skips it;
 *   5. write everything: scores, ledger, marks, record, 汇总.
 * So: 3 + chunks with nothing to mark, 4 + chunks with marks.
 *
 * Why step 4 cannot go when there are marks (each merge was weighed):
 *  - into the write (5): marking a cell records the fill it had so 清除标记
 *    can give it back, and unmarking restores a fill or deletes a note only
 *    if it is still Kaohe's. Both need the cell's state in JavaScript before
 *    the write is queued; a batch has no conditionals and cannot copy a
 *    fill into a cell's value on the host.
 *  - into the read (3): the cells to observe are the findings' cells, known
 *    only once the core has scored what the read brought back.
 *  - steps 1 and 2 into one: a used range is reached through its sheet's
 *    proxy, which needs the sheet's name (WorksheetCollection.getItem); the
 *    only name-free paths (getFirst().getNext()…) need the sheet count, and
 *    calling a method on a null object past the last sheet is undocumented.
 *    Excel has no collection-wide "used ranges" load.
 * A write past 4 MB of values (the scores and ledger of some 1,500 unit
 * sheets and more) goes in one more sync per 4 MB, under the same cap on
 * requests (write-budget.ts).
 * On a host that marks with threaded comments (ExcelApi 1.10–1.17) new
 * comments go in a sync after the write: such a host cannot see a cell's
 * classic note, a cell holds a note or a comment, and a refused comment must
 * not stop the scores (marks/add-comments.ts; three more per refusal).
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
/** Any of the above when no cell is to be marked or unmarked: list, read, write. */
export const UNMARKED_SYNCS = 3;
