/**
 * The outcome of the last ribbon command, kept in the document's settings:
 * a function command has no UI of its own, and the pane (a separate
 * runtime) shows it when opened — read it with readLastCommand() after
 * Office.context.document.settings.refreshAsync().
 */
import type { KaoheAction } from "./run-actions";

export const LAST_COMMAND_SETTING = "kaohe.lastCommand";

export interface CommandRecord {
  /** ISO time the command finished. */
  readonly at: string;
  readonly action: KaoheAction;
  readonly ok: boolean;
  /** The outcome's one-line Chinese message. */
  readonly message: string;
  /** The same in English, for a pane or preview shown in en-US (absent in records of earlier builds). */
  readonly messageEn?: string;
}

/** Sets and saves the record; saving is best effort (a read-only document cannot save settings). */
export function rememberCommand(record: CommandRecord): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(LAST_COMMAND_SETTING, JSON.stringify(record));
  return new Promise((resolve) => settings.saveAsync(() => resolve()));
}

function isRecord(value: unknown): value is CommandRecord {
  const r = value as Partial<CommandRecord> | null;
  return typeof r?.at === "string" && typeof r.action === "string" && typeof r.ok === "boolean" && typeof r.message === "string";
}

/** The last command's record, or undefined when there is none or it is unreadable. */
export function readLastCommand(): CommandRecord | undefined {
  const raw: unknown = Office.context.document.settings.get(LAST_COMMAND_SETTING);
  if (typeof raw !== "string") return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
