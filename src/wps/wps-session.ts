import type { CellRef, HostCapabilities, HostSession, HostWrites, ObservedCell, ReadOptions } from "../host/port";
import { cellKey } from "../host/port";
import { sheetCache, writeCells, writeHiddenTable, writeMarks } from "./apply-writes";
import { drawSummary } from "./draw-summary";
import type { EtWorkbook } from "./et-model";
import { bgrToColor, XL_NONE } from "./et-model";
import type { WpsWorkbookRead } from "./read-workbook";
import { readWorkbook } from "./read-workbook";

/** What ET gives the planners: merged areas, comments as marks, no tint, no chart or print setup here. */
export const WPS_CAPABILITIES: HostCapabilities = { merges: true, marks: "comment", fillTint: false, pageLayout: false, charts: false };

/** Fill and comment of each cell to mark or unmark: a few calls per cell (ET has no batch read of formats). */
function observeCells(workbook: EtWorkbook, cells: readonly CellRef[]): Map<string, ObservedCell> {
  const sheetOf = sheetCache(workbook);
  const found = new Map<string, ObservedCell>();
  for (const ref of cells) {
    const range = sheetOf(ref.sheet).Range(ref.cell);
    const interior = range.Interior;
    const color = interior.Pattern === XL_NONE ? null : bgrToColor(interior.Color);
    const comment = range.Comment;
    found.set(cellKey(ref), { fill: { color, tint: null }, note: comment ? comment.Text() : null });
  }
  return found;
}

/**
 * The host session over the ET object model. Read: ~11 calls per sheet plus
 * its merged areas (read-merges.ts); observe: 6–7 per marked cell; apply: a
 * few per vertical run of scores, per fill run and per comment. Nothing is
 * read cell by cell.
 */
export function wpsSession(workbook: EtWorkbook): HostSession {
  let read: WpsWorkbookRead | undefined;
  return {
    read(options: ReadOptions = {}) {
      read = readWorkbook(workbook, options.merges ?? true, options.sheets);
      return Promise.resolve(read);
    },
    observe(cells) {
      const existing = read?.existing;
      return Promise.resolve(observeCells(workbook, existing ? cells.filter((c) => existing.has(c.sheet)) : cells));
    },
    apply(writes: HostWrites) {
      const exists = (name: string): boolean => read?.existing.has(name) ?? false;
      const sheetOf = sheetCache(workbook);
      writeCells(sheetOf, writes.cells);
      for (const table of writes.hiddenTables) writeHiddenTable(workbook, table, exists(table.name));
      writeMarks(sheetCache(workbook), writes.fills, writes.notes);
      if (writes.summary) drawSummary(workbook, writes.summary);
      return Promise.resolve();
    },
  };
}
