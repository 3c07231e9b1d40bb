import type { WorkbookGrid } from "../../core";
import { SUMMARY_SHEET } from "../../core";
import { SUMMARY_SIGNATURE } from "./summary-text";

/** The first row of the one-table 汇总 earlier builds wrote: still Kaohe's to rewrite. */
const EARLIER_HEADER = ["排名", "单位", "组别", "总分", "满分", "加分", "扣分", "工作表", "问题数"];

export type SummarySheetState = "absent" | "ours" | "foreign";

/** Whether a 汇总 sheet exists and is Kaohe's: one carrying Kaohe's signature line, or one with nothing in it. */
export function summarySheetState(grid: WorkbookGrid): SummarySheetState {
  const sheet = grid.sheets.find((s) => s.name === SUMMARY_SHEET);
  if (!sheet) return "absent";
  const empty = sheet.values.every((row) => row.every((v) => v === null || v === ""));
  const signed = sheet.values[1]?.[0] === SUMMARY_SIGNATURE;
  const first = sheet.values[0] ?? [];
  const earlier = EARLIER_HEADER.every((h, i) => first[i] === h);
  return empty || signed || earlier ? "ours" : "foreign";
}
