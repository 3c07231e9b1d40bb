import type { KaoheAction, KaoheOutcome } from "../../host/actions/run-action";
import { runHostAction } from "../../host/actions/run-action";
import { rememberCommand } from "../../host/last-command";
import { translator } from "../../taskpane/i18n";
import { outcomeText } from "../../taskpane/outcome-text";
import type { EtApplication } from "../et-model";
import { createWpsHost } from "../wps-host";

/** The ribbon's buttons (ribbon.xml ids) and the action each runs. */
export const RIBBON_ACTIONS: Readonly<Record<string, KaoheAction>> = {
  recalculate: "recalculate",
  validate: "validate",
  summary: "summary",
  clearMarks: "clearMarks",
  undo: "undo",
};

/**
 * What a ribbon button does without the pane: runs its action over the ET
 * host and gives back the outcome's message (the caller shows it). The
 * outcome is kept as the last command's record (host/last-command.ts, in
 * PluginStorage over the WPS host), as the Excel ribbon keeps it, so the
 * pane shows it when opened.
 */
export async function runRibbonAction(app: EtApplication, id: string, now: () => Date = () => new Date()): Promise<string | undefined> {
  const action = RIBBON_ACTIONS[id];
  if (!action) return undefined;
  const host = createWpsHost(app);
  const outcome: KaoheOutcome = await runHostAction(host, action);
  const messageEn = outcomeText(action, outcome, "en-US", translator("en-US"));
  try {
    await rememberCommand(host, { at: now().toISOString(), action, ok: outcome.ok, message: outcome.message, messageEn });
  } catch (error) {
    // Keeping the record is best effort: the outcome is still shown.
    console.error("Kaohe: saving the outcome", error);
  }
  return outcome.message;
}
