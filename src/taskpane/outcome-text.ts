import type { KaoheAction, KaoheOutcome } from "../host/actions/run-action";
import type { PaneLocale, Translate } from "./i18n";
import type { StringKey } from "./strings-zh-cn";

/** Each action's button label, which is also its name in messages. */
export const ACTION_LABEL: Readonly<Record<KaoheAction, StringKey>> = {
  recalculate: "recalculate",
  validate: "validate",
  summary: "summary",
  clearMarks: "clearMarks",
  undo: "undo",
};

/**
 * One line saying what an action did. In Chinese it is src/excel's own
 * message, the same the ribbon's status box shows; in English it is built
 * from the outcome's numbers.
 */
export function outcomeText(action: KaoheAction, outcome: KaoheOutcome, locale: PaneLocale, t: Translate): string {
  if (!outcome.ok || locale === "zh-CN") return outcome.message;
  if ("report" in outcome) {
    const { report, written, marks } = outcome;
    const errors = report.findings.filter((f) => f.severity === "error").length;
    const head = t("calcDone", { action: t(ACTION_LABEL[action]), units: report.units.length, findings: report.findings.length, errors });
    const wrote = action === "validate" ? "" : t("calcWritten", { count: written });
    const marked = marks.marked > 0 ? t("calcMarked", { count: marks.marked }) : "";
    return `${head}${wrote}${marked}.`;
  }
  if (action === "undo") {
    const restored = outcome.undo?.restored ?? 0;
    return restored === 0 && outcome.marks.cleared === 0 ? t("nothingToUndo") : t("undone", { count: restored });
  }
  return t("clearedMarks", { count: outcome.marks.cleared });
}
