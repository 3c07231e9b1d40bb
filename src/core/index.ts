/** The core's public surface: plain data in, plain data out. */
export type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "./grid/sheet-grid";
export { toA1, parseA1, columnLetters } from "./grid/a1";
export type { Finding, FindingCode, Severity } from "./findings/finding";
export { finding } from "./findings/finding";
export { findingMessage } from "./findings/messages";
export type { Locale } from "./findings/messages";
export { scoreWorkbook } from "./score-workbook";
export type { ScoreOptions, WorkbookScore } from "./score-workbook";
export type { Rubric, RubricItem } from "./rubric/rubric-schema";
export { parseRubricFile } from "./rubric/parse-rubric-file";
export { buildReport, decimalString } from "./report/build-report";
export type { Report, ReportUnit, ReportItem, ReportFinding } from "./report/build-report";
export { LEDGER_SHEET, SUMMARY_SHEET, ledgerRows, readLedger } from "./ownership/ledger";
export type { LedgerEntry } from "./ownership/ledger";
export type { CellWrite } from "./ownership/plan-writes";
export type { UnitResult } from "./scoring/unit-result";
