import type { CommandRecord } from "../host/last-command";
import { rememberCommand } from "../host/last-command";
import type { KaoheAction } from "../host/actions/run-action";
import { runHostAction } from "../host/actions/run-action";
import type { HostPort } from "../host/port";
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
 * One ribbon button: run the action over the entry's host port (runHostAction never rejects), keep
 * its outcome in the document's settings for the pane, show it briefly,
 * and always call event.completed() — or Excel shows the command as still
 * running until it times out.
 */
export function command(action: KaoheAction, makeHost: () => HostPort, now: () => Date = () => new Date()) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      const host = makeHost();
      const outcome = await runHostAction(host, action);
      const messageEn = outcomeText(action, outcome, "en-US", translator("en-US"));
      const record: CommandRecord = { at: now().toISOString(), action, ok: outcome.ok, message: outcome.message, messageEn };
      await quietly("saving the outcome", () => rememberCommand(host, record));
      await quietly("showing the outcome", () => showStatus(record.message, globalThis.location?.href));
    } finally {
      event.completed();
    }
  };
}
