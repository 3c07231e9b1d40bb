import type { Report, WorkbookGrid } from "../core";
import { SUMMARY_SHEET } from "../core";

const HEADER = ["排名", "单位", "组别", "总分", "满分", "加分", "扣分", "工作表", "问题数"];

/** The 汇总 table's rows: header first, then units by group and rank. */
export function summaryRows(report: Report): (string | number)[][] {
  const units = [...report.units].sort((a, b) => a.group.localeCompare(b.group) || a.rank - b.rank);
  return [
    HEADER,
    ...units.map((u) => [
      u.rank,
      u.unit,
      u.group,
      Number(u.total),
      Number(u.max),
      Number(u.bonus),
      Number(u.penalty),
      u.sheet,
      report.findings.filter((f) => f.sheet === u.sheet).length,
    ]),
  ];
}

/**
 * Whether a 汇总 sheet exists and is Kaohe's: one whose first row is
 * Kaohe's header, or one with nothing in it. 汇总 is a common name for a
 * user's own sheet, and Kaohe never clears a sheet it did not make
 * (DESIGN.md §3 Ownership).
 */
export type SummarySheetState = "absent" | "ours" | "foreign";

export function summarySheetState(grid: WorkbookGrid): SummarySheetState {
  const sheet = grid.sheets.find((s) => s.name === SUMMARY_SHEET);
  if (!sheet) return "absent";
  const empty = sheet.values.every((row) => row.every((v) => v === null || v === ""));
  const first = sheet.values[0] ?? [];
  const ours = HEADER.every((h, i) => first[i] === h);
  return empty || ours ? "ours" : "foreign";
}

export const FOREIGN_SUMMARY_MESSAGE =
  `已重新计算，但工作簿中已有一个不是 Kaohe 生成的“${SUMMARY_SHEET}”工作表，为免覆盖未生成汇总；请将其改名后重试 / ` +
  `Scores were written, but a sheet named "${SUMMARY_SHEET}" that Kaohe did not make already exists; rename it and try again`;

/**
 * 生成汇总: the sheet is Kaohe's own, so it is cleared and rewritten, never
 * duplicated. `exists` comes from the recalculation's read of the workbook
 * (summarySheetState), so it costs no round trip of its own.
 */
export async function writeSummary(context: Excel.RequestContext, report: Report, exists: boolean): Promise<void> {
  const sheets = context.workbook.worksheets;
  const sheet = exists ? sheets.getItem(SUMMARY_SHEET) : sheets.add(SUMMARY_SHEET);
  if (exists) sheet.getRange().clear();
  const rows = summaryRows(report);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, HEADER.length);
  range.values = rows;
  range.format.autofitColumns();
  sheet.getRangeByIndexes(0, 0, 1, HEADER.length).format.font.bold = true;
  sheet.activate();
  await context.sync();
}
