import type { EntryProblem, EntryTarget, SelectedEntry } from "../host/pane";
import type { StoredChoice } from "../core";
import { NO_STORED_CHOICE } from "../core";
import { planEntry, readSelectedEntry, writeEntry } from "../host/pane";
import type { HostPort } from "../host/port";
import type { Failure } from "../host/actions/run-action";
import { el } from "./dom";
import { describeTarget, formError, resultLine } from "./entry-text";
import type { EntryFormView } from "./entry-form-view";
import { createEntryForm } from "./entry-form-view";
import type { Translate } from "./i18n";
import { icon } from "./icons";
import type { Progress } from "./progress";
import type { StringKey } from "./strings-zh-cn";

const WHY: Readonly<Record<Extract<SelectedEntry, { kind: "none" }>["why"], StringKey>> = {
  "own-sheet": "whyOwnSheet",
  "no-table": "whyNoTable",
  "outside-table": "whyOutsideTable",
  "not-item-row": "whyNotItemRow",
};

const PROBLEM: Readonly<Record<EntryProblem, StringKey>> = {
  NO_DEDUCTION_COLUMN: "problemNoDeduction",
  NO_BONUS_COLUMN: "problemNoBonus",
  NO_POINTS: "problemNoPoints",
  NO_ENTRY_COLUMN: "problemNoEntry",
};

export interface EntryPanel {
  readonly element: HTMLElement;
  /** Reads the selection again and shows its item's form (or why there is none). */
  refresh(): Promise<void>;
}

/**
 * The 录入 section: the selected item row's rule text and clauses as a form,
 * what the form comes to (deduction, bonus, reason) and 写入, which writes
 * it into the row's cells. Values the rules cannot produce are refused with
 * the form's errors.
 */
export function createEntryPanel(t: Translate, progress: Progress, host: HostPort, storedChoice: () => StoredChoice = () => NO_STORED_CHOICE): EntryPanel {
  const headingId = "kaohe-entry-heading";
  const reread = el("button", { className: "button subtle", attrs: { type: "button", "data-busy": "", "aria-label": t("entryRefresh"), title: t("entryRefresh") } }, icon("refresh"), el("span", { text: t("refresh") }));
  const body = el("div", { className: "entry-body" }, el("p", { className: "muted", text: t("entryHint") }));
  const message = el("p", { className: "entry-message", attrs: { role: "status", "aria-live": "polite" } });
  const element = el(
    "section",
    { className: "entry", attrs: { "aria-labelledby": headingId } },
    el("div", { className: "section-head" }, el("h2", { text: t("entryHeading"), attrs: { id: headingId } }), reread),
    body,
    message,
  );
  let sequence = 0;

  function say(text: string, ok: boolean): void {
    message.textContent = text;
    message.classList.toggle("is-error", !ok);
  }

  let shownRow = "";

  function showNone(selected: Extract<SelectedEntry, { kind: "none" }> | Failure): void {
    if (!selected.ok) {
      body.replaceChildren(el("p", { className: "text-error", text: selected.message }));
      return;
    }
    body.replaceChildren(
      el("p", { className: "muted", text: t("selectedCell", { where: selected.address }) }),
      el("p", { text: t(WHY[selected.why]) }),
      el("p", { className: "muted", text: t("entryHint") }),
    );
  }

  function showItem(target: EntryTarget, address: string, locked: boolean): void {
    const result = el("div", { className: "entry-result", attrs: { "aria-live": "polite" } });
    const errors = el("ul", { className: "entry-errors", attrs: { role: "alert" } });
    const cell = target.cells.deduction ?? target.cells.bonus ?? target.cells.score ?? "";
    const write = el("button", { className: "button primary", attrs: { type: "button", "data-busy": "", "data-entry": "write", "aria-label": `${t("write")} ${target.sheet}!${cell}` } }, icon("write"), el("span", { text: t("write") }));
    const reset = el("button", { className: "button", attrs: { type: "button", "data-entry": "reset" } }, el("span", { text: t("reset") }));
    // 写入 waits for a change: an untouched form would clear the row's entry.
    let touched = false;
    const form: EntryFormView = createEntryForm(target.item, t, () => {
      touched = true;
      update();
    });
    function update(): void {
      const state = form.state();
      result.replaceChildren(...resultLine(t, target, state));
      errors.replaceChildren(...state.result.errors.map((e) => el("li", { text: formError(t, e) })));
      write.disabled = locked || !touched || state.result.errors.length > 0;
    }
    reset.addEventListener("click", () => form.reset());
    write.addEventListener("click", () => {
      const state = form.state();
      if (state.result.errors.length > 0) {
        update();
        return;
      }
      const plan = planEntry(target, state.result);
      if ("problem" in plan) {
        say(t(PROBLEM[plan.problem]), false);
        return;
      }
      void progress.track(t("writing"), async () => {
        const done = await writeEntry(host, plan);
        if (!done.ok) {
          say(done.message, false);
          return;
        }
        const what = plan.cells.map((c) => `${c.cell}=${c.value === "" ? t("empty") : String(c.value)}`).join(t("listSeparator"));
        const reason = target.cells.reason !== undefined ? t("reasonInColumn") : done.note === "unsupported" ? t("reasonNoNotes") : plan.note ? t("reasonInNote") : "";
        const where = `${target.sheet}!${plan.cells[0]?.cell ?? ""}`;
        say(`${t("written", { where, what })}${reason}${t("fullStop")}${t("recalcHint")}`, true);
        await load(true);
      });
    });
    const notes = [...(locked ? [el("p", { className: "text-error", text: t("protectedSheet") })] : []), ...(target.matrix ? [el("p", { className: "muted", text: t("matrixHint") })] : [])];
    const controls = form.empty ? [] : [result, errors, el("div", { className: "button-row" }, write, reset)];
    body.replaceChildren(...describeTarget(t, target, address), ...notes, form.element, ...controls);
    update();
  }

  async function load(keepMessage: boolean): Promise<void> {
    const mine = ++sequence;
    const selected = await readSelectedEntry(host, storedChoice());
    if (mine !== sequence) return; // a newer selection has been read meanwhile
    const row = selected.ok && selected.kind === "item" ? `${selected.target.sheet}!${selected.target.row}` : "";
    if (!keepMessage || row !== shownRow) message.textContent = "";
    shownRow = row;
    if (selected.ok && selected.kind === "item") showItem(selected.target, selected.address, selected.protected);
    else showNone(selected);
  }

  reread.addEventListener("click", () => void load(false));
  return { element, refresh: () => load(false) };
}
