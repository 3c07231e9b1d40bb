import type { CellRange } from "../../core";
import type { FakeChartData, FakeSheet } from "../fake-excel";
import { displayText } from "./cell-display";

function column(sheet: FakeSheet, box: CellRange | null): string[] {
  if (!box) return [];
  const out: string[] = [];
  for (let r = box.top; r <= box.bottom; r++) out.push(displayText(sheet.cell(r, box.left)));
  return out;
}

/** A bar chart as Kaohe builds them for 汇总: one series, categories from setXAxisValues, value labels. */
function chartElement(sheet: FakeSheet, chart: FakeChartData): HTMLElement {
  const values = column(sheet, chart.source).map(Number);
  const names = column(sheet, chart.xValues);
  const max = Math.max(0, ...values.filter(Number.isFinite));
  // A bar chart draws its first category at the bottom unless the axis is reversed.
  const order = values.map((_, i) => i);
  if (!chart.reversePlotOrder) order.reverse();
  const figure = document.createElement("figure");
  figure.className = "chart";
  figure.dataset.chart = chart.name;
  const caption = document.createElement("figcaption");
  caption.textContent = chart.title || chart.name;
  figure.append(caption);
  const list = document.createElement("ol");
  list.className = "bars";
  for (const i of order) {
    const li = document.createElement("li");
    const name = document.createElement("span");
    name.className = "bar-name";
    name.textContent = names[i] ?? String(i + 1);
    const track = document.createElement("span");
    track.className = "bar-track";
    const bar = document.createElement("span");
    bar.className = "bar";
    bar.style.width = `${max > 0 ? Math.max(0, ((values[i] ?? 0) / max) * 100) : 0}%`;
    track.append(bar);
    li.append(name, track);
    if (chart.showValue) {
      const label = document.createElement("span");
      label.className = "bar-value";
      label.textContent = displayText(sheet.cell((chart.source.top ?? 0) + i, chart.source.left));
      li.append(label);
    }
    list.append(li);
  }
  figure.append(list);
  return figure;
}

/** Lays each chart over the cells its position names, as Excel floats it over the sheet. */
export function placeCharts(canvas: HTMLElement, table: HTMLTableElement, sheet: FakeSheet): void {
  const origin = canvas.getBoundingClientRect();
  for (const chart of sheet.charts) {
    const element = chartElement(sheet, chart);
    const from = chart.position ? table.querySelector<HTMLElement>(`td[data-cell="${chart.position.from}"]`) : null;
    const to = chart.position ? table.querySelector<HTMLElement>(`td[data-cell="${chart.position.to}"]`) : null;
    if (from && to) {
      const a = from.getBoundingClientRect();
      const b = to.getBoundingClientRect();
      element.classList.add("floating");
      element.style.left = `${a.left - origin.left}px`;
      element.style.top = `${a.top - origin.top}px`;
      element.style.width = `${b.right - a.left}px`;
      element.style.height = `${b.bottom - a.top}px`;
    }
    canvas.append(element);
  }
}
