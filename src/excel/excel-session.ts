import type { HostCapabilities, HostSession, HostWrites, ReadOptions } from "../host/port";
import { queueHiddenTable } from "./hidden-sheet";
import { queueMarks } from "./marks/apply-marks";
import type { NoteProxy } from "./marks/observe-cells";
import { observeCells } from "./marks/observe-cells";
import { startComments } from "./marks/observe-comments";
import type { ExcelWorkbookRead } from "./read-workbook";
import { readWorkbook } from "./read-workbook";
import type { ExcelSupport } from "./requirements";
import { queueSummary } from "./summary/draw-summary";
import { queueCells } from "./write-results";

/** What the host port's planners may rely on, from the API sets this Excel has. */
export function excelCapabilities(support: ExcelSupport): HostCapabilities {
  return { merges: support.merges, marks: support.marks, fillTint: support.fillTint, pageLayout: support.pageLayout, charts: true };
}

/**
 * The host session over one Excel.RequestContext: reads in one place
 * (readWorkbook: list + read, 2 syncs), observes in one (1 sync), writes in
 * one (1 sync) — sync-budget.ts. The comments' listing (hosts that mark
 * with comments) rides on the read's first sync.
 */
export function excelSession(context: Excel.RequestContext, support: ExcelSupport): HostSession {
  const comments = startComments(context, support.marks);
  let read: ExcelWorkbookRead | undefined;
  let notes: ReadonlyMap<string, NoteProxy> = new Map();
  return {
    async read(options: ReadOptions = {}) {
      read = await readWorkbook(context, (options.merges ?? true) && support.merges, options.sheets);
      return read;
    },
    async observe(cells) {
      const existing = read?.existing;
      const wanted = existing ? cells.filter((c) => existing.has(c.sheet)) : cells;
      const observed = observeCells(context, wanted, support, comments);
      await context.sync();
      const found = observed();
      notes = found.notes;
      return found.cells;
    },
    async apply(writes: HostWrites) {
      const sheets = context.workbook.worksheets;
      const exists = (name: string): boolean => read?.existing.has(name) ?? false;
      queueCells(sheets, writes.cells);
      for (const table of writes.hiddenTables) queueHiddenTable(sheets, table.name, table.rows, exists(table.name));
      queueMarks(context, writes.fills, writes.notes, notes, support);
      if (writes.summary) queueSummary(sheets, writes.summary, writes.summary.mode === "replace" ? (read?.summaryCharts ?? []) : [], support);
      await context.sync();
    },
  };
}
