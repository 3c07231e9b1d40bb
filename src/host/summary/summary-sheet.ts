import type { SummaryTable } from "../../core";
import { SUMMARY_SHEET } from "../../core";
import type { SheetBlockStyle, SheetChart, SummarySheetWrite } from "../port";
import type { PlacedBlock, SummaryLayout } from "./summary-layout";
import { layoutSummary } from "./summary-layout";

export const CHART_SERIES_NAME = "折算总分";
const HEADER_FILL = "#D9E7F5";
/** Column widths in points: rank, unit, then every score column. */
const WIDTH_RANK = 36;
const WIDTH_UNIT = 120;
const WIDTH_SCORE = 64;

/** Scores print with two decimals ("0.##" would print 96 as "96."); rank and counts as integers. */
function numberFormatFor(header: string): string {
  if (header === "排名" || header === "待处理问题") return "0";
  if (header === "单位" || header === "等次" || header === "一票否决") return "General";
  return "0.00";
}

function blockStyles(placed: PlacedBlock): SheetBlockStyle[] {
  const { block } = placed;
  const cols = block.header.length;
  const styles: SheetBlockStyle[] = [
    { top: placed.titleRow, left: 0, rows: 1, cols: 1, bold: true, fontSize: 12 },
    { top: placed.headerRow, left: 0, rows: 1, cols, bold: true, fill: HEADER_FILL, wrap: true, align: "center", verticalCenter: true },
  ];
  if (block.rows.length > 0) styles.push({ top: placed.firstDataRow, left: 0, rows: block.rows.length, cols, columnFormats: block.header.map(numberFormatFor) });
  styles.push({ top: placed.headerRow, left: 0, rows: block.rows.length + 1, cols, borders: true });
  return styles;
}

/** One bar chart per group beside its block, rank 1 on top, ranking 折算总分 by 单位. */
function blockChart(placed: PlacedBlock, index: number): SheetChart[] {
  const { chart: box, block } = placed;
  if (!box || placed.totalColumn < 0) return [];
  return [
    {
      name: `考核排名${index + 1}`,
      title: `${block.group} 排名（${CHART_SERIES_NAME}）`,
      seriesName: CHART_SERIES_NAME,
      firstRow: placed.firstDataRow,
      count: block.rows.length,
      valueCol: placed.totalColumn,
      categoryCol: 1,
      box,
    },
  ];
}

/**
 * The whole 汇总 sheet as data, for any host to draw: the cells from A1,
 * title and signature styles, each block's header, number formats and
 * borders, column widths, a chart per group, and the print area (the
 * charts inside it). `mode` "replace" rewrites Kaohe's own sheet.
 */
export function planSummarySheet(table: SummaryTable, mode: SummarySheetWrite["mode"]): SummarySheetWrite {
  const layout: SummaryLayout = layoutSummary(table);
  const styles: SheetBlockStyle[] = [
    { top: 0, left: 0, rows: 1, cols: layout.width, align: "acrossSelection", bold: true, fontSize: 16 },
    { top: 1, left: 0, rows: 1, cols: 1, italic: true, fontSize: 9, fontColor: "#7F7F7F" },
    ...layout.blocks.flatMap(blockStyles),
  ];
  return {
    name: SUMMARY_SHEET,
    mode,
    rows: layout.rows,
    width: layout.width,
    columnWidths: [WIDTH_RANK, WIDTH_UNIT, ...Array<number>(Math.max(0, layout.width - 2)).fill(WIDTH_SCORE)],
    styles,
    charts: layout.blocks.flatMap(blockChart),
    printArea: { lastRow: layout.lastRow, lastColumn: layout.lastColumn },
    activate: true,
  };
}
