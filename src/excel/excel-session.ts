import type { AppliedWrites, HostCapabilities, HostSession, HostWrites, ReadOptions } from "../host/port";
import { addComments } from "./marks/add-comments";
import { hiddenTablePieces, queueAddHiddenSheets } from "./hidden-sheet";
import { queueMarks } from "./marks/apply-marks";
import type { NoteProxy } from "./marks/observe-cells";
import { observeCells } from "./marks/observe-cells";
import { startComments } from "./marks/observe-comments";
import type { ExcelWorkbookRead } from "./read-workbook";
import { readWorkbook } from "./read-workbook";
import type { ExcelSupport } from "./requirements";
import { queueSummary } from "./summary/draw-summary";
import { cellPieces } from "./write-results";
import { queueWithinBudget } from "./write-budget";

/** What the host port's planners may rely on, from the API sets this Excel has. */
export function excelCapabilities(support: ExcelSupport): HostCapabilities {
  return { merges: support.merges, marks: support.marks, fillTint: support.fillTint, pageLayout: support.pageLayout, charts: true };
}

/**
 * The host session over one Excel.RequestContext: reads in one place
 * (readWorkbook: list + read, 2 syncs, and one per chunk of cells), observes
 * in one (1 sync; none with nothing to observe), writes in one (1 sync; one
 * more for new comments on comment hosts) — sync-budget.ts. The comments'
 * listing (note and comment hosts) rides on the read's first sync.
 */
/** The adapter's own refusal, before anything is written: explain-error.ts says what to do. */
export class WorkbookStructureProtected extends Error {
  readonly code = "WorkbookStructureProtected";
  constructor(sheets: readonly string[]) {
    super(`the workbook's structure is protected; Kaohe would add ${sheets.join(", ")}`);
  }
}

/** Kaohe's sheet operations (add + very hidden) in a run of their own, outside the action's undo group. */
async function addSheetsOutsideUndoGroup(names: readonly string[]): Promise<void> {
  await Excel.run({ delayForCellEdit: true }, async (context) => {
    queueAddHiddenSheets(context.workbook.worksheets, names);
    await context.sync();
  });
}

/**
 * `undoGroup`: the run was opened with mergeUndoGroup, so sheet operations
 * without undo support must not be queued in it (they would throw
 * UndoNotSupported, office-js#6001 reports crashes on Ctrl+Z after them).
 */
export function excelSession(context: Excel.RequestContext, support: ExcelSupport, undoGroup = false): HostSession {
  const comments = startComments(context, support.marks);
  let read: ExcelWorkbookRead | undefined;
  let notes: ReadonlyMap<string, NoteProxy> = new Map();
  return {
    async read(options: ReadOptions = {}) {
      // Cells to observe ride on the read's first sync (the 录入 form's note: two syncs in all).
      const observing = options.observe && options.observe.length > 0 ? observeCells(context, options.observe, support) : undefined;
      read = await readWorkbook(context, (options.merges ?? true) && support.merges, options.sheets, options.cells ?? true);
      if (!observing) return read;
      // The comments were listed with it; only where there are some must they be located first.
      if (comments && comments.listed > 0) {
        comments.locate();
        await context.sync();
      }
      const found = observing(comments);
      notes = found.notes;
      return { ...read, observed: found.cells };
    },
    async observe(cells) {
      const existing = read?.existing;
      const wanted = existing ? cells.filter((c) => existing.has(c.sheet)) : cells;
      // Nothing to mark or unmark: no round trip (an action on a clean workbook takes three).
      if (wanted.length === 0) return new Map();
      // Observe without a read first: the comments' listing needs its own sync.
      if (!read && comments) await context.sync();
      if (comments && comments.listed > 0) comments.locate();
      const observed = observeCells(context, wanted, support);
      await context.sync();
      const found = observed(comments);
      notes = found.notes;
      return found.cells;
    },
    async apply(writes: HostWrites): Promise<AppliedWrites | void> {
      const sheets = context.workbook.worksheets;
      const exists = (name: string): boolean => read?.existing.has(name) ?? false;
      const missing = writes.hiddenTables.filter((t) => t.rows.length > 1 && !exists(t.name)).map((t) => t.name);
      const adds = [...missing, ...(writes.summary?.mode === "add" ? [writes.summary.name] : [])];
      // Checked first: a protected structure would fail the first sheets.add after the scores were written.
      if (adds.length > 0 && read?.structureProtected === true) throw new WorkbookStructureProtected(adds);
      if (missing.length > 0) {
        if (undoGroup) await addSheetsOutsideUndoGroup(missing);
        else queueAddHiddenSheets(sheets, missing);
      }
      const empty = (name: string): boolean => (read?.grid.sheets.find((s) => s.name === name)?.values.length ?? 0) === 0;
      // Past 4 MB of values (some 1,500 unit sheets) the scores and tables go in more than one sync (write-budget.ts).
      await queueWithinBudget(context, [
        ...cellPieces(sheets, writes.cells),
        ...writes.hiddenTables.flatMap((table) => hiddenTablePieces(sheets, table.name, table.rows, exists(table.name), empty(table.name))),
      ]);
      const comments = queueMarks(context, writes.fills, writes.notes, notes, support);
      if (writes.summary) queueSummary(sheets, writes.summary, writes.summary.mode === "replace" ? (read?.summaryCharts ?? []) : [], support);
      await context.sync();
      // New comments (ExcelApi 1.10–1.17) after the rest, in a sync of their own: one may be refused (add-comments.ts).
      const notesNotAdded = await addComments(context, comments);
      if (notesNotAdded > 0) return { notesNotAdded };
    },
  };
}
