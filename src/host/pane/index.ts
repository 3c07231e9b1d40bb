/**
 * What the task pane needs of a host besides the five actions
 * (actions/run-action.ts), planned once over the port: a read-only look at
 * the workbook, the item row under the selection, and writing the 录入
 * form's entry. Each resolves to an outcome, never a rejected promise.
 */
export type { WorkbookOverview } from "./inspect-workbook";
export { inspectWorkbook } from "./inspect-workbook";
export type { EntryCells, EntryTarget, NotAnItem } from "./locate-entry";
export { locateEntry } from "./locate-entry";
export type { EntryProblem, EntryWrite, FormOutcome } from "./plan-entry";
export { noteWithReason, planEntry, REASON_PREFIX } from "./plan-entry";
export type { SelectedEntry } from "./selected-entry";
export { readSelectedEntry } from "./selected-entry";
export type { EntryWritten } from "./write-entry";
export { writeEntry } from "./write-entry";
