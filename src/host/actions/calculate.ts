import type { Finding, Report } from "../../core";
import { buildReport, LEDGER_SHEET, ledgerRows, MARKS_SHEET, scoreWorkbook, SUMMARY_SHEET } from "../../core";
import { changedTables } from "../hidden-tables";
import { holdBackProtected } from "../hold-back";
import { desiredMarks } from "../marks/desired-marks";
import { beginMarkPass } from "../marks/mark-pass";
import type { MarkSummary } from "../marks/mark-summary";
import type { HostCapabilities, HostSession, HostWrites, ProgressStep } from "../port";
import { hostChoices, scoreOptionsOf } from "../score-options";
import { summarySheetState } from "../summary/summary-state";
import { planSummarySheet } from "../summary/summary-sheet";
import { hostSummaryTable } from "../summary-table";

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

/**
 * One scoring action on any host, in three steps of the session (read,
 * observe, apply — Excel: four round trips, whatever the workbook's size):
 * score every table by the rubric chosen for it, hold back writes to
 * protected sheets, plan the marks from the findings, and, for 生成汇总, the
 * 汇总 sheet by the CLI's own calls. The adapter only moves the data.
 */
export async function calculate(session: HostSession, capabilities: HostCapabilities, mode: CalculateMode, progress?: (step: ProgressStep) => void): Promise<CalculateOutcome> {
  progress?.("reading");
  const read = await session.read();
  progress?.("scoring");
  const choices = hostChoices(read.grid);
  const options = scoreOptionsOf(choices);
  // The marks record is Kaohe's, not a scoresheet (the core knows only `_kaohe` and 汇总).
  const score = scoreWorkbook({ sheets: read.grid.sheets.filter((s) => s.name !== MARKS_SHEET) }, options);
  const held = holdBackProtected(score.writes, score.ledger, read.grid, read.protectedSheets);
  const grouped = mode === "summary" ? hostSummaryTable(read.grid, options, choices.groups) : undefined;
  const findings: Finding[] = [...score.findings, ...held.findings, ...(grouped?.findings ?? [])];
  const report = buildReport(score.units, findings);
  const marks = beginMarkPass(read, desiredMarks(report.findings, read.protectedSheets), capabilities.marks);
  progress?.("observing");
  const observed = await session.observe(marks.cells);
  const state = mode === "summary" ? summarySheetState(read.grid) : "absent";
  const locked = state === "ours" && read.protectedSheets.has(SUMMARY_SHEET);
  const summary = grouped && state !== "foreign" && !locked ? planSummarySheet(grouped.table, state === "ours" ? "replace" : "add") : undefined;
  const write = mode !== "validate";
  const marked = marks.plan(observed);
  const writes: HostWrites = {
    cells: write ? held.writes.map((w) => ({ sheet: w.sheet, cell: w.cell, value: w.value })) : [],
    hiddenTables: changedTables(read.grid, [...(write ? [{ name: LEDGER_SHEET, rows: ledgerRows(held.ledger) }] : []), marked.record]),
    fills: marked.fills,
    notes: marked.notes,
    ...(summary ? { summary } : {}),
  };
  progress?.("writing");
  const applied = await session.apply(writes);
  const shadedOnly = applied ? applied.notesNotAdded : 0;
  return {
    report,
    written: write ? held.writes.length : 0,
    marks: shadedOnly > 0 ? { ...marked.summary, shadedOnly } : marked.summary,
    summary: mode !== "summary" ? "none" : summary ? "written" : locked ? "protected" : "foreign",
  };
}
