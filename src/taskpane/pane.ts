import type { StoredChoice } from "../core";
import { NO_STORED_CHOICE } from "../core";
import type { KaoheAction } from "../host/actions/run-action";
import { runHostAction } from "../host/actions/run-action";
import { storeChoice } from "../host/actions/store-choice";
import { inspectWorkbook } from "../host/pane";
import type { HostPort } from "../host/port";
import { isHostFailure } from "../host/port";
import { createActions } from "./actions";
import { el } from "./dom";
import { createEntryPanel } from "./entry-panel";
import { createFindings } from "./findings-list";
import { paneLocale, translator } from "./i18n";
import { lastCommand, watchCommands } from "./last-command";
import { ACTION_LABEL, outcomeText } from "./outcome-text";
import { createProgress } from "./progress";
import { createRubricChoice } from "./rubric-choice-view";
import { createStatus } from "./status";

/** What the entry point (taskpane.ts for Excel, the WPS add-in, the preview) gives the pane. */
export interface PaneHost {
  /** The spreadsheet, through the host port: the only way the pane reaches it. */
  readonly port: HostPort;
  /** The host's UI language ("zh-CN", "en-US"). */
  readonly displayLanguage: string;
  /** Calls back when the document's settings change (another runtime's ribbon command), where the host tells. */
  readonly watchSettings?: (changed: () => void) => void;
}

/**
 * Builds the pane inside `root` and starts it: the workbook's status, the
 * five actions, the 录入 form for the selected row and the findings list.
 * Every host is reached through `host.port`; mounting again (a new
 * document) starts over.
 */
export function mountPane(root: HTMLElement, host: PaneHost): void {
  const port = host.port;
  const locale = paneLocale(host.displayLanguage);
  const t = translator(locale);
  root.lang = locale;
  const progress = createProgress(root);
  const status = createStatus(t, locale, () => void refreshAll());
  const findings = createFindings(t, locale, (f) => port.select({ sheet: f.sheet, cell: f.cell }));
  let stored: StoredChoice = NO_STORED_CHOICE;
  const entry = createEntryPanel(t, progress, port, () => stored);
  const outcome = el("p", { className: "outcome", attrs: { role: "status", "aria-live": "polite", "data-outcome": "" } });
  const rubric = createRubricChoice(t, locale, (update, what) =>
    progress.track(t("storingChoice"), async () => {
      const result = await port.session("write", (session) => storeChoice(session, update));
      const failed = isHostFailure(result);
      outcome.textContent = failed ? result.message : t("choiceStored", { what });
      outcome.classList.toggle("text-error", failed);
      await refreshOverview(true);
    }),
  );
  const actions = createActions(t, (action) => void perform(action));
  root.replaceChildren(el("header", { className: "pane-header" }, el("h1", { text: t("title") })), status.element, rubric.element, actions, progress.element, outcome, entry.element, findings.element);

  async function refreshOverview(showFindings: boolean): Promise<void> {
    const overview = await inspectWorkbook(port);
    status.showOverview(overview);
    if (!overview.ok) return;
    stored = overview.stored;
    rubric.show(overview);
    if (showFindings) findings.show(overview.report);
  }

  async function refreshCommand(): Promise<void> {
    status.showLastCommand(await lastCommand(port));
  }

  async function refreshAll(): Promise<void> {
    await progress.track(t("reading"), () => Promise.all([refreshOverview(true), refreshCommand(), entry.refresh()]));
  }

  async function perform(action: KaoheAction): Promise<void> {
    await progress.track(t("runningAction", { action: t(ACTION_LABEL[action]) }), async () => {
      const result = await runHostAction(port, action);
      const text = outcomeText(action, result, locale, t);
      status.showLastRun({ action, ok: result.ok, text, at: new Date() });
      outcome.textContent = text;
      outcome.classList.toggle("text-error", !result.ok);
      if (result.ok && "report" in result) findings.show(result.report);
      await refreshOverview(result.ok && !("report" in result));
    });
    await entry.refresh();
  }

  void refreshAll();
  void port.watchSelection(() => void entry.refresh());
  watchCommands(() => void refreshCommand(), host.watchSettings);
}
