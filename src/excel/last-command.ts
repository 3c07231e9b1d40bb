/**
 * The outcome of the last ribbon command, kept in the document's settings:
 * a function command has no UI of its own, and the pane (a separate
 * runtime) shows it when opened — read it with readLastCommand() after
 * Office.context.document.settings.refreshAsync().
 */
import type { CommandRecord } from "../host/last-command";
import { LAST_COMMAND_SETTING, parseCommandRecord } from "../host/last-command";

export type { CommandRecord } from "../host/last-command";
export { LAST_COMMAND_SETTING } from "../host/last-command";

/** Sets and saves the record; saving is best effort (a read-only document cannot save settings). */
export function rememberCommand(record: CommandRecord): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(LAST_COMMAND_SETTING, JSON.stringify(record));
  return new Promise((resolve) => settings.saveAsync(() => resolve()));
}

/** The last command's record, or undefined when there is none or it is unreadable. */
export function readLastCommand(): CommandRecord | undefined {
  return parseCommandRecord(Office.context.document.settings.get(LAST_COMMAND_SETTING));
}
