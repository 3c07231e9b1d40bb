import type { CommandRecord } from "../host/last-command";
import { readLastCommand } from "../host/last-command";
import type { HostPort } from "../host/port";

/**
 * The last ribbon command's record. The ribbon's commands run in another
 * runtime and save it in a document setting; the host's readSetting
 * refreshes its copy first where it can.
 */
export function lastCommand(host: HostPort): Promise<CommandRecord | undefined> {
  return readLastCommand(host);
}

/**
 * Calls `changed` when the settings change, where the host tells
 * (`watchSettings`, from the entry point), and whenever the pane gets the
 * focus back; 刷新 does the same by hand.
 */
export function watchCommands(changed: () => void, watchSettings?: (changed: () => void) => void): void {
  try {
    watchSettings?.(changed);
  } catch {
    // Hosts without the event: the pane re-reads on focus and on 刷新.
  }
  window.addEventListener("focus", changed);
}
