import type { PlacedBlock, SummaryLayout } from "./summary-layout";

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

/** Thin borders round and inside the range; inside borders only where the range has an inside. */
function queueBorders(range: Excel.Range, rows: number, columns: number): void {
  const sides: Excel.BorderIndex[] = [Excel.BorderIndex.edgeTop, Excel.BorderIndex.edgeBottom, Excel.BorderIndex.edgeLeft, Excel.BorderIndex.edgeRight];
  if (rows > 1) sides.push(Excel.BorderIndex.insideHorizontal);
  if (columns > 1) sides.push(Excel.BorderIndex.insideVertical);
  for (const side of sides) {
    const border = range.format.borders.getItem(side);
    border.style = Excel.BorderLineStyle.continuous;
    border.color = "#000000";
  }
}

function queueBlock(sheet: Excel.Worksheet, placed: PlacedBlock): void {
  const { block } = placed;
  const columns = block.header.length;
  const title = sheet.getRangeByIndexes(placed.titleRow, 0, 1, 1).format.font;
  title.bold = true;
  title.size = 12;
  const header = sheet.getRangeByIndexes(placed.headerRow, 0, 1, columns);
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  header.format.horizontalAlignment = Excel.HorizontalAlignment.center;
  header.format.verticalAlignment = Excel.VerticalAlignment.center;
  if (block.rows.length > 0) {
    const data = sheet.getRangeByIndexes(placed.firstDataRow, 0, block.rows.length, columns);
    data.numberFormat = block.rows.map(() => block.header.map(numberFormatFor));
  }
  queueBorders(sheet.getRangeByIndexes(placed.headerRow, 0, block.rows.length + 1, columns), block.rows.length + 1, columns);
}

/** Title, signature, each block's formats and the column widths: what makes the sheet print as a report. */
export function queueSummaryFormat(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  const title = sheet.getRangeByIndexes(0, 0, 1, layout.width);
  title.format.horizontalAlignment = Excel.HorizontalAlignment.centerAcrossSelection; // no merge to undo on the next run
  title.format.font.bold = true;
  title.format.font.size = 16;
  const signature = sheet.getRangeByIndexes(1, 0, 1, 1).format.font;
  signature.italic = true;
  signature.size = 9;
  signature.color = "#7F7F7F";
  layout.blocks.forEach((b) => queueBlock(sheet, b));
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = WIDTH_RANK;
  sheet.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = WIDTH_UNIT;
  if (layout.width > 2) sheet.getRangeByIndexes(0, 2, 1, layout.width - 2).format.columnWidth = WIDTH_SCORE;
}
