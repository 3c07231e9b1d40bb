import type { ExcelWorkbookRead } from "../read-workbook";
import type { ExcelSupport, MarkKind } from "../requirements";
import { queueMarks } from "./apply-marks";
import type { DesiredMarks } from "./desired-marks";
import { MARKS_SHEET, readMarkRecord } from "./mark-record";
import { observeCells } from "./observe-cells";
import type { CommentsProbe } from "./observe-comments";
import { cellsToObserve, planMarks } from "./plan-marks";

export interface MarkSummary {
  /** How cells were marked on this host: note, comment, or fill only. */
  readonly kind: MarkKind;
  /** Cells carrying a mark after the run. */
  readonly marked: number;
  /** Cells whose earlier mark was taken away. */
  readonly cleared: number;
  /** Cells with a finding left unmarked (protected sheet, or over MAX_MARKED_CELLS). */
  readonly unmarked: number;
}

export interface MarkPass {
  /** After the observing sync: plans and queues the marks for the writing sync. */
  finish(): MarkSummary;
}

/**
 * The marking half of an action, in two steps around one sync: observe the
 * cells to mark and the cells marked before (queued now), then queue the
 * changes (finish, after that sync). `read` is the action's read of the
 * workbook, which brought the record sheet with everything else.
 */
export function beginMarks(
  context: Excel.RequestContext,
  support: ExcelSupport,
  read: ExcelWorkbookRead,
  desired: DesiredMarks,
  comments: CommentsProbe | undefined,
): MarkPass {
  const recordSheet = read.grid.sheets.find((s) => s.name === MARKS_SHEET);
  const record = readMarkRecord(recordSheet);
  const scope = { existingSheets: new Set(read.grid.sheets.map((s) => s.name)), protectedSheets: read.protectedSheets };
  const readObserved = observeCells(context, cellsToObserve(desired.marks, record, scope), support, comments);
  return {
    finish() {
      const observed = readObserved();
      const plan = planMarks(desired.marks, record, { ...scope, kind: support.marks, observed });
      queueMarks(context, plan, observed, support, recordSheet !== undefined);
      return { kind: support.marks, marked: plan.record.length, cleared: plan.cleared, unmarked: desired.unmarked };
    },
  };
}

