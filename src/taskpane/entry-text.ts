import type { FormError } from "../core/entry-form/entry-form";
import type { EntryTarget } from "../host/pane";
import { el } from "./dom";
import type { FormState } from "./entry-form-view";
import type { Translate } from "./i18n";

/** The row's heading, its path, points, rule text and what its cells hold now. */
export function describeTarget(t: Translate, target: EntryTarget, address: string): HTMLElement[] {
  const { item } = target;
  const kind = target.sectionKind === "bonus" ? t("bonusSection") : target.sectionKind === "penalty" ? t("penaltySection") : "";
  const points = item.points === null ? t("noPoints") : t("points", { points: item.points });
  // A "—" in the 加分标准 column means no bonus rule.
  const rule = [item.rule, item.bonusRule ?? ""].filter((r) => !/^[\s—–\-－/]*$/.test(r)).join("\n");
  const current = [
    target.cells.deduction !== undefined ? `${t("deduction")} ${target.current.deduction || t("empty")}` : "",
    target.cells.bonus !== undefined ? `${t("bonus")} ${target.current.bonus || t("empty")}` : "",
    target.mode === "typed-score" ? `${t("score")} ${target.current.score || t("empty")}` : "",
  ].filter((s) => s !== "");
  // From the 扣分说明 column, or the whole note on the entry cell (the form's line starts 扣分说明：).
  const reason = target.current.reason.trim();
  return [
    el("p", { className: "entry-row", attrs: { "data-entry": "row" } }, el("strong", { text: t("rowOf", { unit: target.unit, row: target.row + 1 }) }), el("span", { className: "muted", text: ` · ${address}` })),
    el("p", { className: "entry-path", text: item.path.join(" › ") }),
    el("p", { className: "entry-points" }, el("span", { className: "badge neutral", text: points }), ...(kind ? [el("span", { className: "badge neutral", text: kind })] : [])),
    el("div", { className: "entry-rule", attrs: { "data-entry": "rule" } }, el("span", { className: "label", text: t("ruleLabel") }), el("p", { text: rule || t("empty") })),
    el(
      "p",
      { className: "entry-current", attrs: { "data-entry": "current" } },
      el("span", { className: "label", text: t("currentLabel") }),
      el("span", { text: current.join(" · ") || t("empty") }),
      ...(reason ? [el("span", { className: "block muted", text: `${target.cells.reason !== undefined ? t("reason") : t("noteLabel")}：${reason}` })] : []),
    ),
  ];
}

/** What the form comes to: the amounts (and the score where the typed score is the entry), then the reason. */
export function resultLine(t: Translate, target: EntryTarget, state: FormState): HTMLElement[] {
  const { result } = state;
  const amounts = result.amounts;
  const capped = amounts.deductionCapBit !== undefined ? t("capNote", { cap: amounts.deductionCapBit }) : "";
  const bonusCapped = amounts.bonusCapBit !== undefined ? t("capNote", { cap: amounts.bonusCapBit }) : "";
  // Where the typed score is the entry, the score is what gets written.
  const parts =
    target.mode === "typed-score" && amounts.score !== null
      ? [`${t("score")} ${amounts.score.toFixed()}${capped}`]
      : [`${t("deduction")} ${amounts.deduction.toFixed()}${capped}`, `${t("bonus")} ${amounts.bonus.toFixed()}${bonusCapped}`];
  return [
    el("span", { className: "label", text: t("resultLabel") }),
    el("strong", { attrs: { "data-entry": "amounts" }, text: parts.join(" · ") }),
    el("span", { className: "block", attrs: { "data-entry": "reason" }, text: result.reason || t("nothingChosen") }),
  ];
}

/** A form error in the pane's language, from the core's coded error. */
export function formError(t: Translate, error: FormError): string {
  switch (error.code) {
    case "COUNT_NOT_WHOLE":
      return t("errCountNotWhole", { label: error.label });
    case "NO_OPTION":
      return t("errNoOption", { label: error.label, option: error.option });
    case "RATE_NOT_NUMBER":
      return t("errRateNotNumber", { label: error.label });
    case "AMOUNT_NOT_NUMBER":
      return t("errAmountNotNumber", { label: error.label });
  }
}
