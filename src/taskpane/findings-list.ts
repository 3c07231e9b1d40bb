import type { Report, ReportFinding } from "../core";
import { el } from "./dom";
import type { PaneLocale, Translate } from "./i18n";
import { icon } from "./icons";

const SEVERITIES = ["error", "warning", "info"] as const;

export interface FindingsView {
  readonly element: HTMLElement;
  show(report: Report): void;
}

/**
 * A finding's unit: its own where the core says (a matrix column's finding
 * belongs to that column's unit), else the one unit on its sheet; a sheet
 * with several and no unit given: the sheet's name.
 */
function unitOf(report: Report, f: ReportFinding & { readonly unit?: string }, workbook: string): string {
  if (f.unit !== undefined && f.unit !== "") return f.unit;
  const sheet = f.sheet;
  if (sheet === "") return workbook;
  const units = [...new Set(report.units.filter((u) => u.sheet === sheet).map((u) => u.unit))];
  return units.length === 1 && units[0] !== undefined ? units[0] : sheet;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Findings grouped by severity, then by unit, with counts. Each is a button
 * (so Enter and Space work as a click) that selects its cell in Excel.
 */
export function createFindings(t: Translate, locale: PaneLocale, select: (f: ReportFinding) => Promise<boolean>): FindingsView {
  const headingId = "kaohe-findings-heading";
  const count = el("span", { className: "muted" });
  const notice = el("p", { className: "notice text-error", attrs: { role: "status" } });
  notice.hidden = true;
  const body = el("div", { className: "findings-body" });
  const element = el(
    "section",
    { className: "findings", attrs: { "aria-labelledby": headingId } },
    el("div", { className: "section-head" }, el("h2", { text: t("findingsHeading"), attrs: { id: headingId } }), count),
    notice,
    body,
  );

  function findingButton(f: ReportFinding): HTMLElement {
    const where = f.sheet === "" ? t("workbookWide") : `${f.sheet}!${f.cell || "—"}`;
    const message = locale === "zh-CN" ? f.message : f.messageEn;
    const button = el(
      "button",
      { className: `finding finding-${f.severity}`, attrs: { type: "button", "data-sheet": f.sheet, "data-cell": f.cell, "aria-label": t("goToCell", { where, message }) } },
      el("span", { className: "finding-message", text: message }),
      el("span", { className: "finding-where", text: `${where} · ${f.code}` }),
    );
    button.addEventListener("click", () => {
      notice.hidden = true;
      void select(f).then((selected) => {
        if (selected) return;
        notice.textContent = t("selectFailed", { where });
        notice.hidden = false;
      });
    });
    return el("li", {}, button);
  }

  return {
    element,
    show(report) {
      notice.hidden = true;
      count.textContent = report.findings.length > 0 ? t("findingsCount", { count: report.findings.length }) : "";
      if (report.findings.length === 0) {
        body.replaceChildren(el("p", { className: "muted", text: t("findingsNone") }));
        return;
      }
      const blocks = SEVERITIES.flatMap((severity) => {
        const ofSeverity = report.findings.filter((f) => f.severity === severity);
        if (ofSeverity.length === 0) return [];
        const units = [...groupBy(ofSeverity, (f) => unitOf(report, f, t("workbookWide")))].map(([unit, list]) =>
          el(
            "div",
            { className: "unit-group" },
            el("h3", {}, el("span", { text: unit }), el("span", { className: "badge", text: String(list.length) })),
            el("ul", { className: "finding-list" }, ...list.map(findingButton)),
          ),
        );
        const details = el(
          "details",
          { className: `severity severity-${severity}`, attrs: { "data-severity": severity } },
          el("summary", {}, icon(severity), el("span", { text: t(severity) }), el("span", { className: "badge", text: String(ofSeverity.length) })),
          ...units,
        );
        details.open = true;
        return [details];
      });
      body.replaceChildren(...blocks);
    },
  };
}
