import type { CellRange } from "../../core";
import { columnLetters, toA1 } from "../../core";
import type { FakeCommentData, FakeSheet } from "../fake-excel";
import type { SheetLook } from "../load/sheet-look";
import { DEFAULT_WIDTH_PX } from "../load/sheet-look";
import { displayText } from "./cell-display";

/** The most the preview draws of one sheet: past this, Excel is the place to look. */
const MAX_ROWS = 1000;
const MAX_COLS = 60;
/** Points → pixels (Kaohe sets 汇总's widths in points). */
const PX_PER_POINT = 4 / 3;
const ROW_HEAD_PX = 40;

export interface GridArea {
  readonly rows: number;
  readonly cols: number;
}

/** The used range, charts included, with a little room after it. */
export function gridArea(sheet: FakeSheet): GridArea {
  const used = sheet.usedBox(false);
  let bottom = used?.bottom ?? 0;
  let right = used?.right ?? 0;
  for (const chart of sheet.charts) {
    const to = chart.position?.to;
    const match = to ? /^([A-Z]+)(\d+)$/.exec(to) : null;
    if (!match?.[1] || !match[2]) continue;
    bottom = Math.max(bottom, Number(match[2]) - 1);
    right = Math.max(right, [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1);
  }
  return { rows: Math.min(bottom + 3, MAX_ROWS), cols: Math.min(right + 2, MAX_COLS) };
}

function mergeMaps(merges: readonly CellRange[]): { anchors: Map<string, CellRange>; covered: Set<string> } {
  const anchors = new Map<string, CellRange>();
  const covered = new Set<string>();
  for (const m of merges) {
    anchors.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { anchors, covered };
}

function isEmpty(sheet: FakeSheet, row: number, col: number, covered: ReadonlySet<string>): boolean {
  const next = sheet.cell(row, col);
  return !covered.has(`${row},${col}`) && (next === undefined || (next.value === "" && next.formula === undefined));
}

function columnWidth(sheet: FakeSheet, look: SheetLook | undefined, col: number): number {
  const set = sheet.columnWidths.get(col);
  if (set !== undefined) return Math.round(set * PX_PER_POINT);
  return look?.widths[col] ?? DEFAULT_WIDTH_PX;
}

const ALIGN: Readonly<Record<string, string>> = { left: "left", Left: "left", center: "center", Center: "center", centerContinuous: "center", CenterAcrossSelection: "center", right: "right", Right: "right" };

function cellElement(sheet: FakeSheet, look: SheetLook | undefined, row: number, col: number, merge: CellRange | undefined, comments: readonly FakeCommentData[]): HTMLTableCellElement {
  const a1 = toA1(row, col);
  const cell = sheet.cell(row, col);
  const td = document.createElement("td");
  td.dataset.cell = a1;
  if (merge) {
    td.rowSpan = merge.bottom - merge.top + 1;
    td.colSpan = merge.right - merge.left + 1;
  }
  td.textContent = displayText(cell);
  const style = look?.cells.get(a1);
  if (typeof cell?.value === "number") td.classList.add("number");
  if (cell?.bold ?? style?.bold) td.classList.add("bold");
  if (style?.wrap || cell?.format?.wrapText === true) td.classList.add("wrap");
  const align = String(cell?.format?.horizontalAlignment ?? style?.align ?? "");
  if (ALIGN[align]) td.style.textAlign = ALIGN[align];
  if (cell?.fill) {
    td.style.backgroundColor = cell.fill.color;
    td.dataset.fill = cell.fill.color;
  }
  const fontColor = cell?.format?.["font.color"];
  if (typeof fontColor === "string") td.style.color = fontColor;
  const note = sheet.notes.get(a1)?.content ?? comments.find((c) => c.row === row && c.col === col)?.content;
  if (note !== undefined) {
    td.classList.add("has-note");
    td.dataset.note = note;
    td.title = note;
  }
  if (cell?.formula !== undefined) td.classList.add("formula");
  return td;
}

/**
 * One sheet as an HTML table, the way Excel draws it: column letters, row
 * numbers, merged cells spanning, fills, bold, notes marked by a red corner
 * (their text on hover and in the bar above), the selection outlined.
 */
export function renderSheetGrid(sheet: FakeSheet, look: SheetLook | undefined, comments: readonly FakeCommentData[], selection: CellRange | undefined): HTMLTableElement {
  const area = gridArea(sheet);
  const { anchors, covered } = mergeMaps(sheet.merges);
  const table = document.createElement("table");
  table.className = "sheet-grid";
  const cols = document.createElement("colgroup");
  const head = document.createElement("col");
  head.style.width = `${ROW_HEAD_PX}px`;
  cols.append(head);
  let total = ROW_HEAD_PX;
  for (let c = 0; c < area.cols; c++) {
    const col = document.createElement("col");
    const width = columnWidth(sheet, look, c);
    col.style.width = `${width}px`;
    total += width;
    cols.append(col);
  }
  table.append(cols);
  // A fixed layout needs a definite width; long text is then clipped at its column, not widening it.
  table.style.width = `${total}px`;
  const thead = table.createTHead().insertRow();
  thead.append(document.createElement("th"));
  for (let c = 0; c < area.cols; c++) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = columnLetters(c);
    thead.append(th);
  }
  const body = table.createTBody();
  for (let r = 0; r < area.rows; r++) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = String(r + 1);
    tr.append(th);
    for (let c = 0; c < area.cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const merge = anchors.get(`${r},${c}`);
      const td = cellElement(sheet, look, r, c, merge, comments);
      // As in Excel, text runs on over empty cells to its right instead of being cut at its border.
      if (!merge && !td.classList.contains("wrap") && !td.classList.contains("number") && td.textContent !== "" && isEmpty(sheet, r, c + 1, covered)) td.classList.add("spill");
      if (selection && r === selection.top && c === selection.left) {
        td.classList.add("selected");
        td.setAttribute("aria-selected", "true");
      }
      tr.append(td);
    }
  }
  return table;
}
