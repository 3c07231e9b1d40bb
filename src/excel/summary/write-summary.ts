import type { SummaryTable } from "../../core";
import { SUMMARY_SHEET } from "../../core";
import type { ExcelSupport } from "../requirements";
import { queueSummaryCharts } from "./summary-charts";
import { queueSummaryFormat } from "./summary-format";
import { layoutSummary } from "./summary-layout";
import { queueSummaryPage } from "./summary-page";
import type { SummarySheetState } from "./summary-state";

export interface SummaryPass {
  /** After the observing sync: queues the whole sheet for the writing sync. */
  finish(): void;
}

/**
 * 生成汇总, in two steps around one sync like the marks: the charts already
 * on Kaohe's 汇总 sheet are listed first (a chart survives Range.clear), so
 * that the rewrite can delete them — rewritten, never duplicated. Called
 * only when the sheet is absent or Kaohe's.
 */
export function beginSummary(context: Excel.RequestContext, table: SummaryTable, state: Exclude<SummarySheetState, "foreign">, support: ExcelSupport): SummaryPass {
  const sheets = context.workbook.worksheets;
  const oldCharts = state === "ours" ? sheets.getItem(SUMMARY_SHEET).charts.load("items/name") : undefined;
  return {
    finish() {
      const sheet = state === "ours" ? sheets.getItem(SUMMARY_SHEET) : sheets.add(SUMMARY_SHEET);
      for (const chart of oldCharts?.items ?? []) chart.delete();
      if (state === "ours") sheet.getRange().clear();
      const layout = layoutSummary(table);
      sheet.getRangeByIndexes(0, 0, layout.rows.length, layout.width).values = layout.rows;
      queueSummaryFormat(sheet, layout);
      queueSummaryCharts(sheet, layout);
      if (support.pageLayout) queueSummaryPage(sheet, layout);
      sheet.activate();
    },
  };
}
