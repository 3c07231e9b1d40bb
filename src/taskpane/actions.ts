import type { KaoheAction } from "../host/actions/run-action";
import { el } from "./dom";
import type { Translate } from "./i18n";
import type { IconName } from "./icons";
import { icon } from "./icons";
import type { StringKey } from "./strings-zh-cn";

interface ActionButton {
  readonly action: KaoheAction;
  readonly label: StringKey;
  readonly hint: StringKey;
  readonly icon: IconName;
  readonly primary?: boolean;
}

/** The five actions, in the ribbon's order. */
const BUTTONS: readonly ActionButton[] = [
  { action: "recalculate", label: "recalculate", hint: "recalculateHint", icon: "calculate", primary: true },
  { action: "validate", label: "validate", hint: "validateHint", icon: "check" },
  { action: "summary", label: "summary", hint: "summaryHint", icon: "table" },
  { action: "clearMarks", label: "clearMarks", hint: "clearMarksHint", icon: "eraser" },
  { action: "undo", label: "undo", hint: "undoHint", icon: "undo" },
];

/** The action buttons; each calls `run`. They carry data-busy, so a running action disables them all. */
export function createActions(t: Translate, run: (action: KaoheAction) => void): HTMLElement {
  const headingId = "kaohe-actions-heading";
  const buttons = BUTTONS.map((b) => {
    const hintId = `kaohe-hint-${b.action}`;
    const button = el(
      "button",
      { className: b.primary ? "button primary" : "button", attrs: { type: "button", "data-busy": "", "data-action": b.action, "aria-describedby": hintId, title: t(b.hint) } },
      icon(b.icon),
      el("span", { text: t(b.label) }),
    );
    button.addEventListener("click", () => run(b.action));
    return el("li", {}, button, el("span", { className: "sr-only", text: t(b.hint), attrs: { id: hintId } }));
  });
  return el(
    "section",
    { className: "actions", attrs: { "aria-labelledby": headingId } },
    el("h2", { className: "sr-only", text: t("actionsHeading"), attrs: { id: headingId } }),
    el("ul", { className: "action-list" }, ...buttons),
  );
}
