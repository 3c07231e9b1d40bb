import type { CellRef, FillWrite, HiddenTableWrite, HostWorkbook, MarkKind, NoteWrite, ObservedCell } from "../port";
import type { DesiredMarks } from "./desired-marks";
import { markRecordRows, MARKS_SHEET, readMarkRecord } from "./mark-record";
import type { MarkSummary } from "./mark-summary";
import { cellsToObserve, planMarks } from "./plan-marks";

export interface MarkWrites {
  readonly fills: readonly FillWrite[];
  readonly notes: readonly NoteWrite[];
  /** The marks record's rewrite. */
  readonly record: HiddenTableWrite;
  readonly summary: MarkSummary;
}

export interface MarkPass {
  /** The cells whose fill and note the plan needs to see (session.observe). */
  readonly cells: readonly CellRef[];
  /** Once observed: the changes to make, touching only what is Kaohe's. */
  plan(observed: ReadonlyMap<string, ObservedCell>): MarkWrites;
}

/**
 * The marking half of an action, on any host: from the workbook as read
 * (which brought Kaohe's marks record) and the marks this run wants, the
 * cells to observe; then, from what they look like now, the fills, notes
 * and record to write. `desired` empty: 清除标记.
 */
export function beginMarkPass(read: HostWorkbook, desired: DesiredMarks, kind: MarkKind): MarkPass {
  const record = readMarkRecord(read.grid.sheets.find((s) => s.name === MARKS_SHEET));
  const scope = { existingSheets: new Set(read.grid.sheets.map((s) => s.name)), protectedSheets: read.protectedSheets };
  return {
    cells: cellsToObserve(desired.marks, record, scope),
    plan(observed) {
      const plan = planMarks(desired.marks, record, { ...scope, kind, observed });
      return {
        fills: plan.fills,
        notes: plan.notes,
        record: { name: MARKS_SHEET, rows: markRecordRows(plan.record) },
        summary: { kind, marked: plan.record.length, cleared: plan.cleared, unmarked: desired.unmarked },
      };
    },
  };
}
