import type { CommandRecord } from "../host/last-command";
import type { WorkbookOverview } from "../host/pane";
import type { Failure, KaoheAction } from "../host/actions/run-action";
import { el } from "./dom";
import type { PaneLocale, Translate } from "./i18n";
import { icon } from "./icons";
import { ACTION_LABEL } from "./outcome-text";

export interface LastRun {
  readonly action: KaoheAction;
  readonly ok: boolean;
  readonly text: string;
  readonly at: Date;
}

export interface StatusView {
  readonly element: HTMLElement;
  showOverview(overview: WorkbookOverview | Failure): void;
  showLastRun(run: LastRun): void;
  showLastCommand(record: CommandRecord | undefined): void;
}

function when(at: Date, locale: PaneLocale): string {
  const sameDay = at.toDateString() === new Date().toDateString();
  const time = at.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" });
  return sameDay ? time : `${at.toLocaleDateString(locale)} ${time}`;
}

function row(label: string, value: HTMLElement): HTMLElement[] {
  return [el("dt", { text: label }), el("dd", {}, value)];
}

/** The workbook's status: units and tables found, the pane's last run, the last ribbon command. */
export function createStatus(t: Translate, locale: PaneLocale, onRefresh: () => void): StatusView {
  const units = el("div", { text: t("reading"), attrs: { "data-status": "overview" } });
  const lastRun = el("div", { text: t("neverRun"), attrs: { "data-status": "last-run" } });
  const lastCommand = el("div", { text: t("noCommand"), attrs: { "data-status": "last-command" } });
  const refresh = el("button", { className: "button subtle icon-only", attrs: { type: "button", "data-busy": "", "aria-label": t("refreshStatus"), title: t("refreshStatus") } }, icon("refresh"));
  refresh.addEventListener("click", onRefresh);
  const headingId = "kaohe-status-heading";
  const element = el(
    "section",
    { className: "status", attrs: { "aria-labelledby": headingId } },
    el("div", { className: "section-head" }, el("h2", { text: t("statusHeading"), attrs: { id: headingId } }), refresh),
    el("dl", {}, ...row(t("unitsLabel"), units), ...row(t("lastRunLabel"), lastRun), ...row(t("lastCommandLabel"), lastCommand)),
  );
  let ranHere = false;
  return {
    element,
    showOverview(overview) {
      if (!overview.ok) {
        units.replaceChildren(el("span", { className: "text-error", text: overview.message }));
        return;
      }
      if (overview.tables === 0) units.replaceChildren(el("span", { className: "text-warning", text: t("noTables") }));
      else units.replaceChildren(el("span", { text: t("overview", { units: overview.units.length, tables: overview.tables }) }), el("span", { className: "muted block", text: overview.units.join("、") }));
      if (!ranHere) {
        const facts = [overview.written > 0 ? t("ledgerWritten", { count: overview.written }) : t("notCalculated")];
        if (overview.summary) facts.push(t("summaryExists"));
        lastRun.replaceChildren(el("span", { className: "muted", text: facts.join("；") }));
      }
    },
    showLastRun(run) {
      ranHere = true;
      lastRun.replaceChildren(
        el("span", { className: "when", text: `${when(run.at, locale)} ${t(ACTION_LABEL[run.action])}` }),
        el("span", { className: run.ok ? "block" : "block text-error", text: run.text }),
      );
    },
    showLastCommand(record) {
      if (!record) {
        lastCommand.replaceChildren(el("span", { className: "muted", text: t("noCommand") }));
        return;
      }
      lastCommand.replaceChildren(
        el("span", { className: "when", text: `${when(new Date(record.at), locale)} ${t(ACTION_LABEL[record.action])}` }),
        el("span", { className: record.ok ? "block" : "block text-error", text: (locale === "en-US" ? record.messageEn : undefined) ?? record.message }),
      );
    },
  };
}
