import type { Report } from "../core";
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
 * 生成汇总: the sheet is Kaohe's own, so it is cleared and rewritten, never
 * duplicated. `exists` comes from the recalculation's read of sheet names.
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
