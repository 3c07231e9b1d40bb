import type { RubricItem } from "../core";
import type { FormResult, FormValues } from "../core/entry-form/entry-form";
import { buildEntryForm, evaluateEntryForm } from "../core/entry-form/entry-form";
import { el } from "./dom";
import { fieldControl } from "./entry-fields";
import type { Translate } from "./i18n";

/** The form as filled: the core's evaluation, numbers and caps included (nothing is recomputed here). */
export interface FormState {
  readonly result: FormResult;
}

export interface EntryFormView {
  readonly element: HTMLElement;
  /** No clause could be made a field: nothing to fill in or write. */
  readonly empty: boolean;
  /** Reads the inputs and evaluates them with the core's form model. */
  state(): FormState;
  reset(): void;
}

/** The item's clauses as a small form: checkboxes, counts, a level, a judged amount. */
export function createEntryForm(item: RubricItem, t: Translate, changed: () => void): EntryFormView {
  const fields = buildEntryForm(item);
  const controls = fields.map((field) => ({ field, control: fieldControl(field, item, t, changed) }));
  const checklist = item.clauses.some((c) => c.kind === "checklist");
  const element =
    fields.length === 0
      ? el("p", { className: "muted", text: t(checklist ? "checklistHint" : "noFields") })
      : el("fieldset", { className: "entry-fields" }, el("legend", { text: t("formLegend") }), ...controls.map((c) => c.control.element));
  return {
    element,
    empty: fields.length === 0,
    state() {
      const values: Record<number, boolean | number | string> = {};
      for (const { field, control } of controls) {
        const value = control.read();
        if (value !== undefined) values[field.clause] = value;
      }
      const frozen: FormValues = values;
      return { result: evaluateEntryForm(item, frozen) };
    },
    reset() {
      controls.forEach((c) => c.control.reset());
      changed();
    },
  };
}
