import { toA1 } from "../../core";
import type { SummaryLayout } from "./summary-layout";

export const CHART_SERIES_NAME = "折算总分";

/**
 * One bar chart per group beside its block (ExcelApi 1.1 charts; the
 * category axis from the unit column by setXAxisValues, 1.7, since a chart's
 * source must be one rectangle and 单位 and 折算总分 are not adjacent).
 */
export function queueSummaryCharts(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  layout.blocks.forEach((placed, i) => {
    const { chart: box, block } = placed;
    if (!box || placed.totalColumn < 0) return;
    const count = block.rows.length;
    const totals = sheet.getRangeByIndexes(placed.firstDataRow, placed.totalColumn, count, 1);
    const chart = sheet.charts.add(Excel.ChartType.barClustered, totals, Excel.ChartSeriesBy.columns);
    chart.name = `考核排名${i + 1}`;
    chart.title.text = `${block.group} 排名（${CHART_SERIES_NAME}）`;
    chart.legend.visible = false;
    chart.dataLabels.showValue = true;
    const series = chart.series.getItemAt(0);
    series.name = CHART_SERIES_NAME;
    series.setXAxisValues(sheet.getRangeByIndexes(placed.firstDataRow, 1, count, 1));
    // A bar chart draws its first category at the bottom: reversed, rank 1 is on top as in the table.
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.setPosition(toA1(box.top, box.left), toA1(box.bottom, box.right));
  });
}
