import type { RubricItem } from "../core";
import type { FormField } from "../core/entry-form/entry-form";
import { el, uniqueId } from "./dom";
import type { Translate } from "./i18n";

const SIGN: Readonly<Record<FormField["effect"], string>> = { deduct: "−", bonus: "+", award: "+" };

export interface FieldControl {
  readonly element: HTMLElement;
  /** The value evaluateEntryForm takes for the field; undefined when left empty. */
  read(): boolean | number | string | undefined;
  reset(): void;
}

/** A control for one field of the core's form model; `read` gives its value for evaluateEntryForm. */
export function fieldControl(field: FormField, item: RubricItem, t: Translate, changed: () => void): FieldControl {
  const id = uniqueId("field");
  const sign = SIGN[field.effect];
  const clause = item.clauses[field.clause];
  switch (field.kind) {
    case "check": {
      const input = el("input", { attrs: { type: "checkbox", id, "data-clause": String(field.clause) } });
      input.addEventListener("change", changed);
      const label = el("label", { attrs: { for: id } }, el("span", { text: field.label }), el("span", { className: "amount", text: `${sign}${field.points}` }));
      return { element: el("div", { className: "field field-check" }, input, label), read: () => input.checked, reset: () => (input.checked = false) };
    }
    case "count": {
      const per = clause?.kind === "per-occurrence" ? clause.per : t("timesLabel");
      const unit = clause?.kind === "per-step" ? t("stepsOf", { step: clause.step }) : per;
      const hintId = `${id}-hint`;
      const input = el("input", { className: "count", attrs: { type: "number", id, min: "0", step: "1", inputmode: "numeric", placeholder: "0", "aria-describedby": hintId, "data-clause": String(field.clause) } });
      input.addEventListener("input", changed);
      const hint = `${sign}${field.points} / ${unit}${field.max === undefined ? "" : `，${t("atMost", { amount: `${sign}${field.max}` })}`}`;
      const label = el("label", { attrs: { for: id } }, el("span", { text: field.label }));
      return {
        element: el("div", { className: "field field-count" }, label, input, el("span", { className: "hint", text: hint, attrs: { id: hintId } })),
        read: () => (input.value.trim() === "" ? undefined : Number(input.value)),
        reset: () => (input.value = ""),
      };
    }
    case "level": {
      const name = uniqueId("level");
      const radios = [{ label: t("levelNone"), points: "" }, ...field.options].map((option, index) => {
        const radioId = `${name}-${index}`;
        const input = el("input", { attrs: { type: "radio", name, id: radioId, value: String(index - 1), "data-clause": String(field.clause) } });
        input.checked = index === 0;
        input.addEventListener("change", changed);
        const text = option.points === "" ? option.label : `${option.label} ${sign}${option.points}`;
        return { input, element: el("div", { className: "radio" }, input, el("label", { text, attrs: { for: radioId } })) };
      });
      const element = el("fieldset", { className: "field field-level" }, el("legend", { text: field.label }), ...radios.map((r) => r.element));
      return {
        element,
        read: () => {
          const chosen = Number(radios.find((r) => r.input.checked)?.input.value ?? "-1");
          return chosen < 0 ? undefined : chosen;
        },
        reset: () => radios.forEach((r, i) => (r.input.checked = i === 0)),
      };
    }
    case "rate": {
      const input = el("input", { className: "count", attrs: { type: "number", id, min: "0", max: "100", step: "any", inputmode: "decimal", placeholder: "%", "data-clause": String(field.clause) } });
      input.addEventListener("input", changed);
      const label = el("label", { attrs: { for: id } }, el("span", { text: field.label }));
      return { element: el("div", { className: "field field-count" }, label, input), read: () => (input.value.trim() === "" ? undefined : Number(input.value)), reset: () => (input.value = "") };
    }
    case "judgement": {
      const input = el("input", { className: "count", attrs: { type: "number", id, min: "0", step: "any", inputmode: "decimal", placeholder: "0", "data-clause": String(field.clause) } });
      input.addEventListener("input", changed);
      const label = el("label", { attrs: { for: id } }, el("span", { text: `${t("judgementLabel")}：${field.label}` }), el("span", { className: "amount", text: sign }));
      return { element: el("div", { className: "field field-count" }, label, input), read: () => (input.value.trim() === "" ? undefined : input.value.trim()), reset: () => (input.value = "") };
    }
  }
}
