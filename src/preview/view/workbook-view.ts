import type { CellRange } from "../../core";
import { toA1 } from "../../core";
import type { FakeDocument, FakeSheet } from "../fake-excel";
import { parseBox } from "../fake-excel";
import type { LoadedWorkbook } from "../load/load-workbook";
import { placeCharts } from "./chart-view";
import { displayText } from "./cell-display";
import { cellAfterKey } from "./grid-keys";
import { renderSheetGrid } from "./sheet-grid";

export interface WorkbookElements {
  readonly tabs: HTMLElement;
  readonly scroller: HTMLElement;
  readonly nameBox: HTMLElement;
  readonly valueBox: HTMLElement;
  readonly noteBox: HTMLElement;
}

export interface WorkbookView {
  show(loaded: LoadedWorkbook): void;
}

function selectionOn(doc: FakeDocument, sheet: FakeSheet): CellRange | undefined {
  return doc.selection && doc.selection.sheet === sheet.name ? parseBox(doc.selection.address) : undefined;
}

function sameCell(a: CellRange, b: CellRange | undefined): boolean {
  return b !== undefined && a.top === b.top && a.left === b.left;
}

/** Scrolls just enough to show the selected cell below the sticky column letters and beside the row numbers. */
function reveal(scroller: HTMLElement, table: HTMLTableElement, cell: HTMLElement): void {
  const view = scroller.getBoundingClientRect();
  const box = cell.getBoundingClientRect();
  const top = view.top + (table.tHead?.getBoundingClientRect().height ?? 0);
  const left = view.left + (table.querySelector("tbody th")?.getBoundingClientRect().width ?? 0);
  if (box.top < top) scroller.scrollTop -= top - box.top;
  else if (box.bottom > view.bottom) scroller.scrollTop += Math.min(box.bottom - view.bottom, box.top - top);
  if (box.left < left) scroller.scrollLeft -= left - box.left;
  else if (box.right > view.right) scroller.scrollLeft += Math.min(box.right - view.right, box.left - left);
}

/**
 * The workbook beside the pane: sheet tabs (the visible sheets), the active
 * sheet as a grid, and a bar with the selected cell's address, value and
 * note. Clicking a cell (or moving with the arrow keys) selects it, which
 * fires Excel's selection event for the pane. Redrawn after every change.
 */
export function createWorkbookView(parts: WorkbookElements): WorkbookView {
  let loaded: LoadedWorkbook | undefined;
  let shown: CellRange | undefined;
  let pending = false;
  /** doc.writes already looked at: only what the last action wrote is brought into view. */
  let writesSeen = 0;
  const lastCell = new Map<string, string>();

  function select(sheet: string, a1: string): void {
    lastCell.set(sheet, a1);
    loaded?.doc.select(sheet, a1);
  }

  function drawTabs(doc: FakeDocument, active: FakeSheet): void {
    const tabs = doc.sheets.filter((s) => s.visibility === "Visible").map((s) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.className = "sheet-tab";
      tab.setAttribute("role", "tab");
      tab.dataset.sheet = s.name;
      tab.textContent = s.name;
      const on = s === active;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      tab.addEventListener("click", () => select(s.name, lastCell.get(s.name) ?? "A1"));
      return tab;
    });
    parts.tabs.replaceChildren(...tabs);
  }

  function draw(): void {
    pending = false;
    if (!loaded) return;
    const { doc, look } = loaded;
    const active = doc.active();
    if (!active) return;
    drawTabs(doc, active);
    const selection = selectionOn(doc, active);
    const canvas = document.createElement("div");
    canvas.className = "grid-canvas";
    const table = renderSheetGrid(active, look.get(active.name), doc.comments.filter((c) => c.sheet === active), selection);
    canvas.append(table);
    const top = parts.scroller.scrollTop;
    const left = parts.scroller.scrollLeft;
    parts.scroller.replaceChildren(canvas);
    parts.scroller.dataset.sheet = active.name;
    parts.scroller.setAttribute("aria-label", `工作表 ${active.name}`);
    placeCharts(canvas, table, active);
    parts.scroller.scrollTop = top;
    parts.scroller.scrollLeft = left;
    const a1 = selection ? toA1(selection.top, selection.left) : "";
    const cell = selection ? active.cell(selection.top, selection.left) : undefined;
    parts.nameBox.textContent = a1 ? `${active.name}!${a1}` : active.name;
    parts.valueBox.textContent = cell?.formula ?? displayText(cell);
    const note = a1 ? (active.notes.get(a1)?.content ?? doc.comments.find((c) => c.sheet === active && c.row === selection?.top && c.col === selection.left)?.content) : undefined;
    parts.noteBox.textContent = note ?? "";
    parts.noteBox.hidden = note === undefined;
    const chosen = table.querySelector<HTMLElement>("td.selected");
    if (chosen && selection && !sameCell(selection, shown)) reveal(parts.scroller, table, chosen);
    else revealWritten(doc, active.name, table);
    shown = selection;
  }

  /**
   * After an action wrote values on the sheet in view, scroll the rightmost
   * column it wrote into view: on a 1366-pixel screen the 得分 column of an
   * official table sits right of what the grid shows beside the pane.
   */
  function revealWritten(doc: FakeDocument, sheet: string, table: HTMLTableElement): void {
    const fresh = doc.writes.slice(writesSeen);
    writesSeen = doc.writes.length;
    const boxes = fresh.flatMap((w) => (w.kind === "values" && w.sheet === sheet && w.box ? [w.box] : []));
    const right = boxes.reduce<CellRange | undefined>((best, box) => (best === undefined || box.right > best.right ? box : best), undefined);
    const cell = right ? table.querySelector<HTMLElement>(`td[data-cell="${toA1(right.top, right.right)}"]`) : null;
    if (cell) reveal(parts.scroller, table, cell);
  }

  function redraw(): void {
    if (pending) return;
    pending = true;
    queueMicrotask(draw);
  }

  parts.scroller.addEventListener("click", (event) => {
    const td = (event.target as Element).closest<HTMLElement>("td[data-cell]");
    const sheet = loaded?.doc.active()?.name;
    if (td?.dataset.cell && sheet) select(sheet, td.dataset.cell);
  });

  parts.scroller.addEventListener("keydown", (event) => {
    const doc = loaded?.doc;
    const sheet = doc?.active();
    const next = doc && sheet ? cellAfterKey(sheet, selectionOn(doc, sheet), event.key) : undefined;
    if (!next || !sheet) return;
    event.preventDefault();
    select(sheet.name, next);
  });

  parts.tabs.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const tabs = [...parts.tabs.querySelectorAll<HTMLButtonElement>(".sheet-tab")];
    const index = tabs.findIndex((t) => t.getAttribute("aria-selected") === "true");
    const next = tabs[(index + (event.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
    next?.click();
    queueMicrotask(() => parts.tabs.querySelector<HTMLButtonElement>('.sheet-tab[aria-selected="true"]')?.focus());
  });

  let unsubscribe: (() => void) | undefined;
  return {
    show(next) {
      unsubscribe?.();
      loaded = next;
      lastCell.clear();
      writesSeen = next.doc.writes.length;
      unsubscribe = next.doc.onChange(redraw);
      redraw();
    },
  };
}
