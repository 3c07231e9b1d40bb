import type { CommandRecord } from "../excel/last-command";
import { rememberCommand } from "../excel/last-command";
import type { KaoheAction } from "../excel/run-actions";
import { runKaoheAction } from "../excel/run-actions";
import { translator } from "../taskpane/i18n";
import { outcomeText } from "../taskpane/outcome-text";
import { showStatus } from "./status-dialog";

/** Reporting is best effort: a read-only document cannot save settings, a host may refuse a dialog. */
async function quietly(what: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    console.error(`Kaohe: ${what}`, error);
  }
}

/**
 * One ribbon button: run the action (runKaoheAction never rejects), keep
 * its outcome in the document's settings for the pane, show it briefly,
 * and always call event.completed() — or Excel shows the command as still
 * running until it times out.
 */
export function command(action: KaoheAction, now: () => Date = () => new Date()) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      const outcome = await runKaoheAction(action);
      const messageEn = outcomeText(action, outcome, "en-US", translator("en-US"));
      const record: CommandRecord = { at: now().toISOString(), action, ok: outcome.ok, message: outcome.message, messageEn };
      await quietly("saving the outcome", () => rememberCommand(record));
      await quietly("showing the outcome", () => showStatus(record.message, globalThis.location?.href));
    } finally {
      event.completed();
    }
  };
}
