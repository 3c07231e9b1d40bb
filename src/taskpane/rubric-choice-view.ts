import type { GroupsChoice, Report, RubricChoice, StoredChoice, TableChoice } from "../core";
import { choiceLabel, choiceReasonText, confidenceLabel, groupsFileChoice, rubricFileChoice, rubricName, sameForAll, withAllChoice, withGroupsChoice, withTableChoice } from "../core";
import type { FileChoiceResult } from "../core/choice/rubric-file";
import { bundledCatalog } from "../catalog/bundled";
import type { WorkbookOverview } from "../host/pane";
import { el, uniqueId } from "./dom";
import type { PaneLocale, Translate } from "./i18n";
import { choiceValue, pickerValue, rubricOptions, storedFor } from "./rubric-options";

/** Stores a new choice in the workbook; resolves once stored and the pane has re-read the workbook. */
export type StoreChoice = (update: (stored: StoredChoice) => StoredChoice, what: string) => Promise<void>;

export interface RubricChoiceView {
  readonly element: HTMLElement;
  show(overview: WorkbookOverview): void;
}

function selectOf(label: string, options: readonly { value: string; label: string }[], value: string): HTMLSelectElement {
  const select = el("select", { className: "picker", attrs: { "aria-label": label, "data-busy": "" } });
  select.replaceChildren(...options.map((o) => new Option(o.label, o.value, o.value === value, o.value === value)));
  return select;
}

function totalsList(t: Translate, report: Report): HTMLElement {
  const items = report.units.map((u) =>
    el("li", { attrs: { "data-unit": u.unit, "data-unit-total": u.total } }, t("unitTotal", { unit: u.unit, total: `${u.total}${u.grade ? ` · ${u.grade}` : ""}${u.veto ? ` · ${t("vetoMark")}` : ""}` })),
  );
  return el("details", { className: "unit-totals" }, el("summary", { text: t("unitTotals") }), el("ul", {}, ...items));
}

/**
 * 评分细则: which rubric scores each table (once when all agree), how sure
 * the match is and why, a picker to change it — another bundled rubric,
 * the sheet's own rules, or a rubric file the user opens (validated here;
 * refused with the schema's item-named messages, nothing changed) — and
 * the groups file 生成汇总 ranks by. Every change is stored in the workbook.
 */
export function createRubricChoice(t: Translate, locale: PaneLocale, store: StoreChoice): RubricChoiceView {
  const headingId = "kaohe-rubric-heading";
  const body = el("div", { className: "rubric-body" });
  const problems = el("ul", { className: "notice text-error", attrs: { role: "alert", "data-rubric-problems": "" } });
  problems.hidden = true;
  const element = el("section", { className: "rubric-choice", attrs: { "aria-labelledby": headingId } }, el("div", { className: "section-head" }, el("h2", { text: t("rubricHeading"), attrs: { id: headingId } })), problems, body);

  function refuse(lines: readonly string[]): void {
    problems.replaceChildren(...lines.map((line) => el("li", { text: line })));
    problems.hidden = false;
  }

  /**
   * A visible "open a file" control with its own <input type=file> (the
   * picker's "open a file…" option clicks it): the file is read here, in
   * the pane, and validated before anything is stored.
   */
  function fileControl<T>(label: string, key: string, read: (text: string) => FileChoiceResult<T>, use: (choice: T) => void): { control: HTMLElement; open(): void } {
    const input = el("input", { className: "file-input", attrs: { type: "file", accept: ".json,application/json", "data-choice-file": key } });
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      input.value = "";
      if (!file) return;
      void file.text().then((text) => {
        const result = read(text);
        if (result.ok) use(result.choice);
        else refuse([t("fileRefused", { name: file.name }), ...result.errors]);
      });
    });
    return { control: el("label", { className: "button subtle file-button" }, el("span", { text: label }), input), open: () => input.click() };
  }

  function rubricPicker(scope: TableChoice | "all", stored: StoredChoice, label: string): HTMLElement[] {
    const current = storedFor(stored, scope);
    const key = scope === "all" ? "all" : `${scope.sheet}!${scope.anchor}`;
    const select = selectOf(label, rubricOptions(t, current), choiceValue(current));
    select.dataset.rubricPicker = key;
    const apply = (choice: RubricChoice, what: string): void => void store((s) => (scope === "all" ? withAllChoice(s, choice) : withTableChoice(s, scope, choice)), what);
    const file = fileControl(t("optionOpenFile"), key, (text) => rubricFileChoice(text, bundledCatalog()), (choice) => apply(choice, choice.kind === "custom" ? rubricName(choice.rubric) : ""));
    select.addEventListener("change", () => {
      problems.hidden = true;
      const picked = pickerValue(select.value, current);
      const what = select.selectedOptions[0]?.text ?? "";
      select.value = choiceValue(current); // the stored choice shows until the new one is stored
      if (picked?.kind === "choice") apply(picked.choice, what);
      else if (picked?.kind === "file") file.open();
    });
    return [select, file.control];
  }

  function groupsPicker(stored: StoredChoice): HTMLElement {
    const current = stored.groups && stored.groups.kind !== "unreadable" ? stored.groups : undefined;
    const options = [{ value: "", label: t("groupsNone") }, ...bundledCatalog().groups.map((g) => ({ value: `bundled:${g.id}`, label: g.title }))];
    if (current?.kind === "custom") options.push({ value: "custom", label: t("optionCustom", { title: current.file.title }) });
    options.push({ value: "file", label: t("optionOpenGroups") });
    const value = current === undefined ? "" : current.kind === "bundled" ? `bundled:${current.id}` : "custom";
    const select = selectOf(t("groupsLabel"), options, value);
    select.dataset.groupsPicker = "";
    const apply = (groups: GroupsChoice | undefined, what: string): void => void store((s) => withGroupsChoice(s, groups), what);
    const file = fileControl(t("optionOpenGroups"), "groups", groupsFileChoice, (choice) => apply(choice, choice.kind === "custom" ? choice.file.title : ""));
    select.addEventListener("change", () => {
      problems.hidden = true;
      const picked = select.value;
      select.value = value;
      if (picked === "") apply(undefined, t("groupsNone"));
      else if (picked.startsWith("bundled:")) apply({ kind: "bundled", id: picked.slice("bundled:".length) }, options.find((o) => o.value === picked)?.label ?? "");
      else if (picked === "file") file.open();
    });
    const id = uniqueId("groups");
    select.id = id;
    return el("div", { className: "picker-row" }, el("label", { text: t("groupsLabel"), attrs: { for: id } }), select, file.control);
  }

  function tableLine(choice: TableChoice, stored: StoredChoice, title: string, scope: TableChoice | "all"): HTMLElement {
    return el(
      "div",
      { className: "rubric-line", attrs: { "data-rubric-line": scope === "all" ? "all" : `${choice.sheet}!${choice.anchor}`, "data-rubric-id": choice.rubric?.id ?? "" } },
      el("span", { className: "muted block", text: title }),
      el("strong", { className: "block", text: choiceLabel(choice, locale), attrs: { "data-rubric-label": "" } }),
      el("span", { className: "muted block", text: `${t("confidence", { level: confidenceLabel(choice, locale) })} · ${choiceReasonText(choice, locale)}` }),
      ...rubricPicker(scope, stored, `${t("chooseRubric")}：${title}`),
    );
  }

  return {
    element,
    show(overview) {
      const tables = overview.choices.tables;
      const shared = sameForAll(overview.choices);
      const lines: HTMLElement[] = [];
      if (shared) lines.push(tableLine(shared, overview.stored, t("rubricAll"), "all"));
      else for (const c of tables) lines.push(tableLine(c, overview.stored, t("rubricTable", { sheet: c.sheet, anchor: c.anchor, unit: c.unit }), c));
      body.replaceChildren(...lines, groupsPicker(overview.stored), totalsList(t, overview.report));
      element.hidden = tables.length === 0;
    },
  };
}
