import type { Finding, Report, WorkbookScore } from "../core";
import { buildReport, LEDGER_SHEET, scoreWorkbook, SUMMARY_SHEET } from "../core";
import { hostSummaryTable } from "../host/summary-table";
import { hostScoreOptions } from "../host/score-options";
import { holdBackProtected } from "./hold-back";
import { desiredMarks } from "./marks/desired-marks";
import { MARKS_SHEET } from "./marks/mark-record";
import type { MarkSummary } from "./marks/mark-pass";
import { beginMarks } from "./marks/mark-pass";
import { startComments } from "./marks/observe-comments";
import type { ExcelWorkbookRead } from "./read-workbook";
import { readWorkbook } from "./read-workbook";
import type { ExcelSupport } from "./requirements";
import { summarySheetState } from "./summary/summary-state";
import { beginSummary } from "./summary/write-summary";
import { queueResults } from "./write-results";

/** 重新计算 writes scores and marks; 提交前校验 only marks; 生成汇总 also writes the 汇总 sheet. */
export type CalculateMode = "recalculate" | "validate" | "summary";

export interface CalculateOutcome {
  readonly report: Report;
  /** Output cells written (0 when only checking). */
  readonly written: number;
  readonly marks: MarkSummary;
  /**
   * "foreign": a 汇总 sheet that is not Kaohe's stood in the way; "protected":
   * Kaohe's 汇总 is protected. Either way it was left alone, and the scores
   * and marks were still written.
   */
  readonly summary: "written" | "foreign" | "protected" | "none";
}

interface Scored {
  readonly score: WorkbookScore;
  readonly held: ReturnType<typeof holdBackProtected>;
  readonly findings: readonly Finding[];
}

function scoreRead(read: ExcelWorkbookRead): Scored {
  // The marks record is Kaohe's, not a scoresheet (the core knows only `_kaohe` and 汇总).
  const score = scoreWorkbook({ sheets: read.grid.sheets.filter((s) => s.name !== MARKS_SHEET) }, hostScoreOptions(read.grid));
  const held = holdBackProtected(score.writes, score.ledger, read.grid, read.protectedSheets);
  return { score, held, findings: [...score.findings, ...held.findings] };
}

/**
 * One action over the whole workbook in four round trips, whatever its
 * size or the number of findings (sync-budget.ts): list the sheets; read them
 * all; observe the cells to mark and the 汇总 sheet's charts; write scores,
 * ledger, marks and 汇总 together. Protected sheets are not written: each
 * gets a SHEET_PROTECTED finding instead.
 */
export async function calculate(context: Excel.RequestContext, support: ExcelSupport, mode: CalculateMode): Promise<CalculateOutcome> {
  const comments = startComments(context, support.marks); // rides on readWorkbook's first sync
  const read = await readWorkbook(context, support.merges);
  const { score, held, findings: scored } = scoreRead(read);
  const grouped = mode === "summary" ? hostSummaryTable(read.grid, hostScoreOptions(read.grid)) : undefined;
  const findings = [...scored, ...(grouped?.findings ?? [])];
  const report = buildReport(score.units, findings);
  const marks = beginMarks(context, support, read, desiredMarks(report.findings, read.protectedSheets), comments);
  const state = mode === "summary" ? summarySheetState(read.grid) : "absent";
  const locked = state === "ours" && read.protectedSheets.has(SUMMARY_SHEET);
  const summary = grouped && state !== "foreign" && !locked ? beginSummary(context, grouped.table, state, support) : undefined;
  await context.sync();
  const write = mode !== "validate";
  if (write) queueResults(context, held.writes, held.ledger, read.grid.sheets.some((s) => s.name === LEDGER_SHEET));
  const marked = marks.finish();
  summary?.finish();
  await context.sync();
  return {
    report,
    written: write ? held.writes.length : 0,
    marks: marked,
    summary: mode !== "summary" ? "none" : summary ? "written" : locked ? "protected" : "foreign",
  };
}
