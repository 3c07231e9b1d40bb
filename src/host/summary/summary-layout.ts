import type { CellRange } from "../../core";
import type { SummaryBlock, SummaryTable } from "../../core";
import { NO_UNITS_TEXT, SUMMARY_SIGNATURE, SUMMARY_TITLE } from "./summary-text";

/** A chart beside its block: at least this many rows tall, this many columns wide. */
export const CHART_MIN_ROWS = 12;
export const CHART_COLUMNS = 7;

export interface PlacedBlock {
  readonly block: SummaryBlock;
  readonly titleRow: number;
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** 0-based column of 折算总分, the value the chart ranks. */
  readonly totalColumn: number;
  readonly chart: CellRange | null;
}

export interface SummaryLayout {
  /** Columns of the widest block. */
  readonly width: number;
  /** Every cell of the sheet from A1, `width` wide: one range write. */
  readonly rows: (string | number)[][];
  readonly blocks: readonly PlacedBlock[];
  /** Last row and column used, charts included: the print area. */
  readonly lastRow: number;
  readonly lastColumn: number;
}

const TOTAL_HEADER = "折算总分";

/**
 * Where everything goes: the title and signature lines, then per group a
 * title row, the header and the ranked rows, with the group's chart to the
 * right of it. A block is given the chart's height when it is shorter, so
 * charts never overlap.
 */
export function layoutSummary(table: SummaryTable): SummaryLayout {
  const width = Math.max(2, ...table.blocks.map((b) => b.header.length));
  const rows: (string | number)[][] = [];
  const put = (row: number, values: readonly (string | number)[]): void => {
    while (rows.length <= row) rows.push(Array<string | number>(width).fill(""));
    values.forEach((v, c) => ((rows[row] as (string | number)[])[c] = v));
  };
  put(0, [SUMMARY_TITLE]);
  put(1, [SUMMARY_SIGNATURE]);
  if (table.blocks.length === 0) put(3, [NO_UNITS_TEXT]);
  const blocks: PlacedBlock[] = [];
  let next = 3;
  for (const block of table.blocks) {
    const titleRow = next;
    const firstDataRow = titleRow + 2;
    put(titleRow, [`${block.group}（${block.rows.length} 个单位）`]);
    put(titleRow + 1, block.header);
    block.rows.forEach((r, i) => put(firstDataRow + i, r));
    const lastDataRow = firstDataRow + block.rows.length - 1;
    const left = width + 1;
    const chart = block.rows.length === 0 ? null : { top: titleRow, left, bottom: Math.max(titleRow + CHART_MIN_ROWS - 1, lastDataRow), right: left + CHART_COLUMNS - 1 };
    blocks.push({ block, titleRow, headerRow: titleRow + 1, firstDataRow, totalColumn: block.header.indexOf(TOTAL_HEADER), chart });
    next = Math.max(lastDataRow, chart?.bottom ?? 0) + 2;
  }
  const lastRow = Math.max(rows.length - 1, ...blocks.map((b) => b.chart?.bottom ?? 0));
  const lastColumn = blocks.some((b) => b.chart) ? width + CHART_COLUMNS : width - 1;
  return { width, rows, blocks, lastRow, lastColumn };
}
