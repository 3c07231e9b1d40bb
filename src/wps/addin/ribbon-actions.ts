import type { KaoheAction, KaoheOutcome } from "../../host/actions/run-action";
import { runHostAction } from "../../host/actions/run-action";
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
 * host and gives back the outcome's message (the caller shows it), which
 * the last-command setting keeps too, as the Excel ribbon does.
 */
export async function runRibbonAction(app: EtApplication, id: string): Promise<string | undefined> {
  const action = RIBBON_ACTIONS[id];
  if (!action) return undefined;
  const host = createWpsHost(app);
  const outcome: KaoheOutcome = await runHostAction(host, action);
  await host.saveSetting("kaohe.lastCommand", JSON.stringify({ action, ok: outcome.ok, message: outcome.message }));
  return outcome.message;
}
