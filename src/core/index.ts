/** The core's public surface: plain data in, plain data out. */
export type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "./grid/sheet-grid";
export { toA1, parseA1, columnLetters } from "./grid/a1";
export type { Finding, FindingCode, FindingParams, FindingParamsByCode, Severity } from "./findings/finding";
export { finding, findingParam, ofUnit, SEVERITY } from "./findings/finding";
export { findingMessage } from "./findings/messages";
export type { Locale } from "./findings/messages";
export { scoreWorkbook } from "./score-workbook";
export { scoreWorkbooks } from "./score-workbooks";
export type { SourcedWorkbook, WorkbooksScore } from "./score-workbooks";
export type { ScoreOptions, WorkbookScore } from "./score-workbook";
export type { Rubric, RubricItem } from "./rubric/rubric-schema";
export { parseRubricFile } from "./rubric/parse-rubric-file";
export { buildReport, decimalString } from "./report/build-report";
export type { Report, ReportUnit, ReportItem, ReportFinding } from "./report/build-report";
export { LEDGER_SHEET, MARKS_SHEET, SETTINGS_SHEET, SUMMARY_SHEET, isOwnSheet, ledgerRows, readLedger } from "./ownership/ledger";
export type { LedgerEntry } from "./ownership/ledger";
export type { CellWrite } from "./ownership/plan-writes";
export type { UnitResult } from "./scoring/unit-result";
export { buildSummaryTable } from "./summary/summary-table";
export type { SummaryBlock, SummaryTable } from "./summary/summary-table";
export { groupUnits } from "./summary/summarize-units";
export type { GroupedUnit, SourcedUnit } from "./summary/summarize-units";
export { buildCatalog, catalogData, catalogIds, EMPTY_CATALOG } from "./rubric/catalog";
export type { Catalog, CatalogSource } from "./rubric/catalog";
export type { GroupsFile, TargetsFile, AdoptionScaleFile } from "./rubric/data-schemas";
export { chooseRubrics, choiceFor, confidenceOf, tableRef } from "./choice/choose-rubrics";
export type { MatchStats } from "./choice/choose-rubrics";
export type {
  ChoiceReason,
  ConfidenceLevel,
  GroupsChoice,
  RubricChoice,
  RubricChoices,
  StoredChoice,
  TableChoice,
  TableRef,
  UnreadableChoice,
} from "./choice/rubric-choice";
export { NO_STORED_CHOICE, tableKey } from "./choice/rubric-choice";
export { readStoredChoice, storedChoiceRows, withAllChoice, withGroupsChoice, withTableChoice, SETTINGS_MARKER, SETTINGS_PIECE } from "./choice/stored-choice";
export { choiceLabel, choiceReasonText, confidenceLabel, rubricName } from "./choice/choice-text";
export { scoreOptionsFor } from "./choice/score-options";
