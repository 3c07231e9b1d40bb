import type { StoredChoice } from "../core";
import { NO_STORED_CHOICE } from "../core";
import { inspectWorkbook, storeRubricChoice, watchSelection } from "../excel/pane";
import type { KaoheAction } from "../excel/run-actions";
import { runKaoheAction, selectCell } from "../excel/run-actions";
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

/**
 * Builds the pane inside `root` and starts it: the workbook's status, the
 * five actions, the 录入 form for the selected row and the findings list.
 * Everything Excel is reached through src/excel; mounting again (a new
 * document) starts over.
 */
export function mountPane(root: HTMLElement): void {
  const locale = paneLocale(Office.context.displayLanguage);
  const t = translator(locale);
  root.lang = locale;
  const progress = createProgress(root);
  const status = createStatus(t, locale, () => void refreshAll());
  const findings = createFindings(t, locale, (f) => selectCell(f.sheet, f.cell));
  let stored: StoredChoice = NO_STORED_CHOICE;
  const entry = createEntryPanel(t, progress, () => stored);
  const outcome = el("p", { className: "outcome", attrs: { role: "status", "aria-live": "polite", "data-outcome": "" } });
  const rubric = createRubricChoice(t, locale, (update, what) =>
    progress.track(t("storingChoice"), async () => {
      const result = await storeRubricChoice(update);
      outcome.textContent = result.ok ? t("choiceStored", { what }) : result.message;
      outcome.classList.toggle("text-error", !result.ok);
      await refreshOverview(true);
    }),
  );
  const actions = createActions(t, (action) => void perform(action));
  root.replaceChildren(el("header", { className: "pane-header" }, el("h1", { text: t("title") })), status.element, rubric.element, actions, progress.element, outcome, entry.element, findings.element);

  async function refreshOverview(showFindings: boolean): Promise<void> {
    const overview = await inspectWorkbook();
    status.showOverview(overview);
    if (!overview.ok) return;
    stored = overview.stored;
    rubric.show(overview);
    if (showFindings) findings.show(overview.report);
  }

  async function refreshCommand(): Promise<void> {
    status.showLastCommand(await lastCommand());
  }

  async function refreshAll(): Promise<void> {
    await progress.track(t("reading"), () => Promise.all([refreshOverview(true), refreshCommand(), entry.refresh()]));
  }

  async function perform(action: KaoheAction): Promise<void> {
    await progress.track(t("runningAction", { action: t(ACTION_LABEL[action]) }), async () => {
      const result = await runKaoheAction(action);
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
  void watchSelection(() => void entry.refresh());
  watchCommands(() => void refreshCommand());
}
