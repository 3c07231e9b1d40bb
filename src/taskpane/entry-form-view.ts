import type Decimal from "decimal.js";
import type { RubricItem } from "../core";
import type { Clause } from "../core/rubric/clause-schema";
import type { FormResult, FormValues } from "../core/entry-form/entry-form";
import { buildEntryForm, evaluateEntryForm } from "../core/entry-form/entry-form";
import type { FormOutcome } from "../excel/pane";
import { el } from "./dom";
import { fieldControl } from "./entry-fields";
import type { Translate } from "./i18n";

export interface FormState {
  readonly result: FormResult;
  readonly outcome: FormOutcome;
  /** The deduction and bonus before the item's caps, to say when a cap bit. */
  readonly uncapped: { readonly deduction: Decimal; readonly bonus: Decimal };
}

export interface EntryFormView {
  readonly element: HTMLElement;
  /** No clause could be made a field: nothing to fill in or write. */
  readonly empty: boolean;
  /** Reads the inputs and evaluates them with the core's form model. */
  state(): FormState;
  reset(): void;
}

/**
 * The item with its 得…分 clauses counted as bonus and nothing else: the
 * core's form lists awards in the reason but sums only deductions and
 * bonuses, so the amount earned is read this way.
 */
function awardsItem(item: RubricItem): RubricItem {
  const clauses = item.clauses.map((c): Clause => {
    if (!("effect" in c)) return c;
    return { ...c, effect: c.effect === "award" ? "bonus" : "award" } as Clause;
  });
  const only: RubricItem = { ...item, clauses };
  delete only.bonusCap;
  return only;
}

/** The item without its caps: what the chosen clauses add up to before 扣完为止 and the bonus cap. */
function uncappedItem(item: RubricItem): RubricItem {
  const rest: RubricItem = { ...item, points: null };
  delete rest.deductionCap;
  delete rest.bonusCap;
  return rest;
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
      const result = evaluateEntryForm(item, frozen);
      const loose = evaluateEntryForm(uncappedItem(item), frozen);
      const awards = fields.some((f) => f.effect === "award");
      return {
        result,
        outcome: {
          deduction: result.deduction,
          bonus: result.bonus,
          reason: result.reason,
          deducts: fields.some((f) => f.effect === "deduct"),
          adds: fields.some((f) => f.effect === "bonus"),
          ...(awards ? { awarded: evaluateEntryForm(awardsItem(item), frozen).bonus } : {}),
        },
        uncapped: { deduction: loose.deduction, bonus: loose.bonus },
      };
    },
    reset() {
      controls.forEach((c) => c.control.reset());
      changed();
    },
  };
}
