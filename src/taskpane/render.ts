import type { Report, ReportFinding } from "../core";

const SEVERITY_LABEL: Record<ReportFinding["severity"], string> = { error: "错误", warning: "警告", info: "提示" };
const SEVERITY_ORDER: readonly ReportFinding["severity"][] = ["error", "warning", "info"];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = "", className = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function renderUnits(table: HTMLTableElement, report: Report): void {
  const body = table.tBodies[0];
  if (!body) return;
  body.replaceChildren(
    ...report.units.map((u) => {
      const row = el("tr");
      row.append(el("td", String(u.rank)), el("td", u.unit), el("td", u.total));
      return row;
    }),
  );
  table.hidden = report.units.length === 0;
}

/** Findings grouped by severity, each a keyboard-operable item that selects its cell. */
export function renderFindings(container: HTMLElement, report: Report, onSelect: (f: ReportFinding) => void): void {
  container.replaceChildren();
  if (report.findings.length === 0) {
    container.append(el("p", "未发现问题。", "muted"));
    return;
  }
  for (const severity of SEVERITY_ORDER) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    container.append(el("h3", `${SEVERITY_LABEL[severity]}（${group.length}）`));
    const list = el("ul", "", "findings");
    for (const f of group) {
      const item = el("li", "", severity);
      item.tabIndex = 0;
      item.append(el("div", f.message), el("div", `${f.sheet}!${f.cell || "—"} · ${f.code}`, "cell"));
      item.addEventListener("click", () => onSelect(f));
      item.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          onSelect(f);
        }
      });
      list.append(item);
    }
    container.append(list);
  }
}
