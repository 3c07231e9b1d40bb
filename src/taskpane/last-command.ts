import type { CommandRecord } from "../excel/last-command";
import { readLastCommand } from "../excel/last-command";

/**
 * The last ribbon command's record. The ribbon's commands run in another
 * runtime and save it in the document's settings, so the pane's copy is
 * refreshed first where the host allows (Settings.refreshAsync).
 */
export async function lastCommand(): Promise<CommandRecord | undefined> {
  try {
    const settings = Office.context.document.settings;
    if (typeof settings.refreshAsync === "function") await new Promise<void>((resolve) => settings.refreshAsync(() => resolve()));
    return readLastCommand();
  } catch {
    return undefined;
  }
}

/** Calls `changed` when the settings change (co-authoring, or another runtime of the add-in where the host tells). */
export function watchCommands(changed: () => void): void {
  try {
    Office.context.document.settings.addHandlerAsync(Office.EventType.SettingsChanged, changed);
  } catch {
    // Hosts without the event: the pane re-reads on focus and on 刷新.
  }
  window.addEventListener("focus", changed);
}
